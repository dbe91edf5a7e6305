/**
 * A plain template as YAML without js-yaml's dumper, for templates holding strings of megabytes: js-yaml tests
 * every string against regular expressions whose backtracking exhausts the stack on such strings (RangeError).
 * One top-level key a line, each value in flow style with JSON-quoted strings: valid YAML 1.2, read back
 * exactly (infinities and NaN as `.inf` and `.nan`), and read by Heat's YAML reader the same way.
 */
import { isMap } from '../hot/value';

function flow(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return Object.is(value, -0) ? '-0.0' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (isMap(value))
    return `{${Object.keys(value)
      .map((k) => `${JSON.stringify(k)}: ${flow(value[k])}`)
      .join(', ')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** `template` as YAML, one top-level key a line, every value in flow style. */
export function flowYaml(template: Record<string, unknown>): string {
  return Object.keys(template)
    .map((k) => `${JSON.stringify(k)}: ${flow(template[k])}\n`)
    .join('');
}

/** Does `value` hold a string longer than `chars` (walked without recursion)? */
export function holdsLongString(value: unknown, chars: number): boolean {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length > chars) return true;
    } else if (Array.isArray(v)) stack.push(...v);
    else if (isMap(v)) for (const k of Object.keys(v)) stack.push(k, v[k]);
  }
  return false;
}
