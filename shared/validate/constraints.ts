import type { HeatConstraint } from '../catalog/types';
import type { HotValue } from '../design/model';

/** A Python-style regular expression as JavaScript understands it, anchored like Heat's allowed_pattern. */
function patternOf(pattern: string): RegExp | undefined {
  try {
    return new RegExp(
      `^(?:${pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>')})$`,
      'u',
    );
  } catch {
    try {
      return new RegExp(`^(?:${pattern})$`);
    } catch {
      return undefined;
    }
  }
}

const asNumber = (v: HotValue): number | undefined => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
};

const sizeOf = (v: HotValue): number | undefined =>
  typeof v === 'string'
    ? [...v].length
    : Array.isArray(v)
      ? v.length
      : v !== null && typeof v === 'object'
        ? Object.keys(v).length
        : undefined;

const bounds = (b: { min?: number; max?: number }) =>
  b.min !== undefined && b.max !== undefined
    ? `between ${b.min} and ${b.max}`
    : b.min !== undefined
      ? `at least ${b.min}`
      : `at most ${b.max}`;

/**
 * Why a literal value breaks a constraint, or `undefined` when it satisfies it (or the constraint cannot be
 * checked without a cloud, like custom_constraint on a name). Mirrors heat/engine/constraints.py.
 */
export function constraintViolation(value: HotValue, c: HeatConstraint): string | undefined {
  if ('range' in c) {
    const n = asNumber(value);
    if (n === undefined) return undefined;
    const { min, max } = c.range;
    return (min !== undefined && n < min) || (max !== undefined && n > max)
      ? `${n} is not ${bounds(c.range)}`
      : undefined;
  }
  if ('length' in c) {
    const size = sizeOf(value);
    if (size === undefined) return undefined;
    const { min, max } = c.length;
    return (min !== undefined && size < min) || (max !== undefined && size > max)
      ? `its length ${size} is not ${bounds(c.length)}`
      : undefined;
  }
  if ('modulo' in c) {
    const n = asNumber(value);
    if (n === undefined) return undefined;
    const { step, offset } = c.modulo;
    const remainder = n - step * Math.floor(n / step);
    return step !== 0 && remainder !== offset
      ? `${n} is not a multiple of ${step}${offset !== 0 ? ` plus ${offset}` : ''}`
      : undefined;
  }
  if ('allowed_values' in c) {
    const allowed = c.allowed_values;
    const ok = (v: HotValue) => allowed.some((a) => a === v || String(a) === String(v));
    const items = Array.isArray(value) ? value : [value];
    const bad = items.find((v) => (v === null || typeof v !== 'object') && !ok(v));
    return bad === undefined
      ? undefined
      : `'${String(bad)}' is not one of ${allowed.map((a) => `'${String(a)}'`).join(', ')}`;
  }
  if ('allowed_pattern' in c) {
    if (typeof value !== 'string') return undefined;
    const re = patternOf(c.allowed_pattern);
    return re !== undefined && !re.test(value)
      ? `'${value}' does not match the pattern ${c.allowed_pattern}`
      : undefined;
  }
  return undefined;
}
