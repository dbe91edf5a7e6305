import type { HotValue } from '../design/model';
import { intrinsicCall, isMap } from '../hot';

/** The kinds of value a literal or an intrinsic function yields, as far as it is known before Heat runs. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'list' | 'map';

const RESULT_KINDS: Record<string, ValueKind> = {
  get_resource: 'string',
  get_file: 'string',
  str_replace: 'string',
  str_replace_strict: 'string',
  str_replace_vstrict: 'string',
  list_join: 'string',
  digest: 'string',
  make_url: 'string',
  str_split: 'list',
  list_concat: 'list',
  list_concat_unique: 'list',
  repeat: 'list',
  filter: 'list',
  map_merge: 'map',
  map_replace: 'map',
  equals: 'boolean',
  not: 'boolean',
  and: 'boolean',
  or: 'boolean',
  contains: 'boolean',
};

/** What `value` yields: the literal's kind, an intrinsic's known result, or `undefined` (resolved by Heat). */
export function kindOf(value: HotValue): ValueKind | undefined {
  if (value === null) return undefined;
  const call = intrinsicCall(value);
  if (call !== undefined) return RESULT_KINDS[call.fn];
  if (Array.isArray(value)) return 'list';
  if (isMap(value)) return 'map';
  return typeof value as 'string' | 'number' | 'boolean';
}

const BOOLEAN_STRINGS = new Set([
  't',
  'true',
  'on',
  'y',
  'yes',
  '1',
  'f',
  'false',
  'off',
  'n',
  'no',
  '0',
]);

/**
 * Does a value of this kind fit a property of Heat type `type`? Literals are checked the way Heat converts
 * them (numbers and booleans become strings, numeric strings become numbers); an intrinsic's string result may
 * still turn out numeric at run time, so only a structural mismatch (text vs list vs map) is reported for it.
 */
export function fitsType(
  value: HotValue,
  kind: ValueKind,
  type: string,
  literal: boolean,
): boolean {
  switch (type) {
    case 'string':
      return kind === 'string' || kind === 'number' || kind === 'boolean';
    case 'integer':
      if (kind === 'number') return Number.isInteger(value);
      if (kind === 'string') return !literal || /^\s*[-+]?\d+\s*$/.test(value as string);
      return kind === 'boolean' && !literal;
    case 'number':
      if (kind === 'number') return true;
      if (kind === 'string')
        return !literal || (String(value).trim() !== '' && Number.isFinite(Number(value)));
      return kind === 'boolean' && !literal;
    case 'boolean':
      if (kind === 'boolean') return true;
      if (kind === 'string') return !literal || BOOLEAN_STRINGS.has(String(value).toLowerCase());
      if (kind === 'number') return value === 0 || value === 1;
      return false;
    case 'list':
      return kind === 'list';
    case 'map':
      return kind === 'map';
    case 'comma_delimited_list':
      return kind === 'list' || kind === 'string';
    default:
      return true; // json, any, and types this version does not know
  }
}
