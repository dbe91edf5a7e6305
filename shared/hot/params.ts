import { intrinsicIn, intrinsicOf, PSEUDO_PARAMETERS } from './intrinsics';
import type { HotValue, PathSegment } from './value';
import { visitHot } from './visit';

/** What HOT values read: get_param names and condition names (on THE visitor). */

const GET_PARAM = ['get_param'];
const IF = ['if'];

/** Calls `visit(name, path)` for every `get_param` anywhere in `value` (name = first element of a list argument). */
export function visitGetParams(
  value: HotValue | undefined,
  path: PathSegment[],
  visit: (name: HotValue, path: PathSegment[]) => void,
): void {
  visitHot(
    value,
    (node, at) => {
      const call = intrinsicIn(node, GET_PARAM);
      if (call?.fn !== 'get_param') return;
      const args = call.args;
      if (!Array.isArray(args)) {
        visit(args, [...at, 'get_param']);
        return 'skip';
      }
      visit(args[0] ?? null, [...at, 'get_param', 0]);
      args.slice(1).forEach((a, i) => visitGetParams(a, [...at, 'get_param', i + 1], visit));
      return 'skip';
    },
    path,
  );
}

/** Names of the parameters `value` reads with get_param (only literal names; pseudo parameters excluded). */
export function parameterNamesIn(
  value: HotValue | undefined,
  into: Set<string> = new Set(),
): Set<string> {
  visitGetParams(value, [], (name) => {
    if (typeof name === 'string' && !PSEUDO_PARAMETERS.has(name)) into.add(name);
  });
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
  const pending: (HotValue | undefined)[] = [expr];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (known.has(next)) into.add(next);
      continue;
    }
    const call = intrinsicOf(next);
    if (call?.fn === 'not') pending.push(call.args);
    if ((call?.fn === 'and' || call?.fn === 'or') && Array.isArray(call.args))
      pending.push(...[...call.args].reverse());
  }
  return into;
}

/** Condition names used by `if` anywhere inside `value` (its first argument). */
export function ifConditionNamesIn(
  value: HotValue | undefined,
  known: ReadonlySet<string>,
  into: Set<string> = new Set(),
): Set<string> {
  visitHot(value, (node) => {
    const call = intrinsicIn(node, IF);
    if (call?.fn === 'if' && Array.isArray(call.args)) conditionNamesIn(call.args[0], known, into);
  });
  return into;
}
