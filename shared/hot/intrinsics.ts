import type { HotValue } from './value';
import { hasOwn, isMap } from './value';

/** THE table of HOT's intrinsic functions, and how to recognise a call. */

/** Heat's pseudo parameters: always defined, never declared. */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'OS::stack_name',
  'OS::stack_id',
  'OS::project_id',
]);

/** Every intrinsic function name of HOT up to 2021-04-16 (and the CFN ones Heat accepts in HOT). */
export const INTRINSIC_FUNCTIONS: ReadonlySet<string> = new Set([
  'get_param',
  'get_resource',
  'get_attr',
  'get_file',
  'str_replace',
  'str_replace_strict',
  'str_replace_vstrict',
  'list_join',
  'str_split',
  'repeat',
  'digest',
  'resource_facade',
  'map_merge',
  'map_replace',
  'yaql',
  'if',
  'equals',
  'not',
  'and',
  'or',
  'contains',
  'list_concat',
  'list_concat_unique',
  'filter',
  'make_url',
  'Fn::Select',
  'Fn::GetAZs',
  'Ref',
  'Fn::GetAtt',
  'Fn::Join',
  'Fn::Split',
  'Fn::Replace',
  'Fn::Base64',
  'Fn::MemberListToMap',
  'Fn::ResourceFacade',
]);

export interface IntrinsicCall {
  fn: string;
  args: HotValue;
}

/**
 * The single-key map `{fn: args}` if `value` is one (whatever the key). Every walker asks this of every map, so
 * it lists no keys: it stops at the second own key.
 */
export function intrinsicOf(value: HotValue | undefined): IntrinsicCall | undefined {
  if (!isMap(value)) return undefined;
  let fn: string | undefined;
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    if (fn !== undefined) return undefined;
    fn = key;
  }
  return fn === undefined ? undefined : { fn, args: value[fn]! };
}

/**
 * `intrinsicOf(value)` when its function is one of `fns`, else undefined. A walker looking for a few functions
 * asks this of every map: the keys are looked up first, so the other maps cost no allocation.
 */
export function intrinsicIn(
  value: HotValue | undefined,
  fns: readonly string[],
): IntrinsicCall | undefined {
  if (!isMap(value)) return undefined;
  for (const fn of fns) if (hasOwn(value, fn)) return intrinsicOf(value);
  return undefined;
}

/** `{fn: args}` when `value` is a single-key map whose key is a known intrinsic function. */
export function intrinsicCall(value: HotValue | undefined): IntrinsicCall | undefined {
  const call = intrinsicOf(value);
  return call !== undefined && INTRINSIC_FUNCTIONS.has(call.fn) ? call : undefined;
}
