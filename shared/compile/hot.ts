import type { HotMap, HotValue } from '../design/model';
import { intrinsicOf } from '../design/refs';

/** Helpers for reading HOT values: maps, intrinsic functions, get_param and condition references. */

export function isHotMap(v: HotValue | undefined): v is HotMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own-property test, for maps whose keys come from files (`constructor`, `__proto__`...). */
export function hasOwn(map: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

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

/** `{fn: args}` when `value` is a single-key map whose key is a known intrinsic function. */
export function intrinsicCall(
  value: HotValue | undefined,
): { fn: string; args: HotValue } | undefined {
  const call = intrinsicOf(value);
  return call !== undefined && INTRINSIC_FUNCTIONS.has(call.fn) ? call : undefined;
}

/** Calls `visit(name, path)` for every `get_param` anywhere in `value` (name = first element of a list argument). */
export function visitGetParams(
  value: HotValue | undefined,
  path: (string | number)[],
  visit: (name: HotValue, path: (string | number)[]) => void,
): void {
  walkGetParams(value, [...path], visit);
}

/** The walk behind `visitGetParams`: `path` is one array pushed and popped on the way (copied only at a hit). */
function walkGetParams(
  value: HotValue | undefined,
  path: (string | number)[],
  visit: (name: HotValue, path: (string | number)[]) => void,
): void {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkGetParams(value[i], path, visit);
      path.pop();
    }
    return;
  }
  const call = intrinsicOf(value);
  if (call?.fn === 'get_param') {
    const args = call.args;
    if (Array.isArray(args)) {
      visit(args[0] ?? null, [...path, 'get_param', 0]);
      path.push('get_param');
      for (let i = 1; i < args.length; i++) {
        path.push(i);
        walkGetParams(args[i], path, visit);
        path.pop();
      }
      path.pop();
    } else {
      visit(args, [...path, 'get_param']);
    }
    return;
  }
  for (const k of Object.keys(value)) {
    path.push(k);
    walkGetParams(value[k], path, visit);
    path.pop();
  }
}

/** Names of the parameters `value` reads with get_param (only literal names; pseudo parameters excluded). */
export function parameterNamesIn(
  value: HotValue | undefined,
  into: Set<string> = new Set(),
): Set<string> {
  if (value === null || value === undefined || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const v of value) parameterNamesIn(v, into);
    return into;
  }
  const call = intrinsicOf(value);
  if (call?.fn === 'get_param') {
    const args = call.args;
    const name = Array.isArray(args) ? args[0] : args;
    if (typeof name === 'string' && !PSEUDO_PARAMETERS.has(name)) into.add(name);
    if (Array.isArray(args)) for (const a of args.slice(1)) parameterNamesIn(a, into);
    return into;
  }
  for (const v of Object.values(value)) parameterNamesIn(v, into);
  return into;
}

/**
 * Condition names a condition expression refers to. In HOT, `not`, `and` and `or` take either condition
 * expressions or names of other conditions; a bare string that names a known condition is such a reference.
 */
export function conditionNamesIn(
  expr: HotValue | undefined,
  known: ReadonlySet<string>,
  into: Set<string> = new Set(),
): Set<string> {
  if (typeof expr === 'string') {
    if (known.has(expr)) into.add(expr);
    return into;
  }
  const call = intrinsicOf(expr);
  if (call === undefined) return into;
  if (call.fn === 'not') conditionNamesIn(call.args, known, into);
  if ((call.fn === 'and' || call.fn === 'or') && Array.isArray(call.args)) {
    for (const a of call.args) conditionNamesIn(a, known, into);
  }
  return into;
}

/** Condition names used by `if` anywhere inside `value` (its first argument). */
export function ifConditionNamesIn(
  value: HotValue | undefined,
  known: ReadonlySet<string>,
  into: Set<string> = new Set(),
): Set<string> {
  if (value === null || value === undefined || typeof value !== 'object') return into;
  if (Array.isArray(value)) {
    for (const v of value) ifConditionNamesIn(v, known, into);
    return into;
  }
  const call = intrinsicOf(value);
  if (call?.fn === 'if' && Array.isArray(call.args)) conditionNamesIn(call.args[0], known, into);
  for (const v of Object.values(value)) ifConditionNamesIn(v, known, into);
  return into;
}
