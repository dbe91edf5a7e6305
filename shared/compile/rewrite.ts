import type { HotValue } from '../design/model';
import { intrinsicIn, transformHot, visitHot } from '../hot';
import { REFERENCE_FUNCTIONS, valueReferences } from '../design/refs';

/** A cross-region reference found while rewriting: `{kind: [target, ...attribute]}` read from region `fromRegion`. */
export interface CrossRefSite {
  kind: 'get_resource' | 'get_attr';
  target: string;
  /** get_attr path, already rewritten for the source region. */
  attribute?: HotValue[];
  /** Lane of `target` (where the output will live). */
  fromLane: string;
  /** Lane whose template holds the reference (where the parameter will live). */
  toLane: string;
}

export interface Rewriter {
  /** Lane of an existing resource, undefined for unknown resources (left alone: validation reports them). */
  laneOf(resource: string): string | undefined;
  /** The parameter name replacing this cross-region reference. */
  resolve(site: CrossRefSite): string;
  /** A get_attr argument of a cross-region reference itself refers to a third region. */
  unsupported(site: CrossRefSite): void;
}

/**
 * `value` as it must read in the template of `lane`: every get_resource / get_attr whose resource lives in
 * another lane, nested anywhere (inside str_replace, list_join, if, repeat, map_merge, yaql, ...), becomes
 * `{get_param: <name>}`. Everything else is copied as it is. Mirrors `valueReferences` in shared/design/refs.ts.
 */
export function rewriteValue(value: HotValue, lane: string, rw: Rewriter): HotValue {
  return transformHot(value, (node) => rewriteCall(node, lane, rw));
}

/**
 * Passes each cross-region reference of `value` in `lane` to `rw.resolve` (or `rw.unsupported`), in the order
 * `rewriteValue` does, without building the rewritten value: visitHot walks the nodes transformHot would see.
 */
export function visitCrossRefs(value: HotValue, lane: string, rw: Rewriter): void {
  visitHot(value, (node) => (rewriteCall(node, lane, rw) === undefined ? undefined : 'skip'));
}

/** The replacement of one node when it is a get_resource / get_attr call, else undefined (descend). */
function rewriteCall(node: HotValue, lane: string, rw: Rewriter): HotValue | undefined {
  const call = intrinsicIn(node, REFERENCE_FUNCTIONS);
  if (call?.fn === 'get_resource' && typeof call.args === 'string') {
    const from = rw.laneOf(call.args);
    if (from === undefined || from === lane) return { get_resource: call.args };
    return {
      get_param: rw.resolve({
        kind: 'get_resource',
        target: call.args,
        fromLane: from,
        toLane: lane,
      }),
    };
  }
  if (call?.fn === 'get_attr' && Array.isArray(call.args) && typeof call.args[0] === 'string') {
    const target = call.args[0];
    const from = rw.laneOf(target);
    const rest = call.args.slice(1);
    if (from === undefined || from === lane)
      return { get_attr: [target, ...rest.map((a) => rewriteValue(a, lane, rw))] };
    const site: CrossRefSite = {
      kind: 'get_attr',
      target,
      fromLane: from,
      toLane: lane,
      attribute: rest,
    };
    let thirdLane = false;
    valueReferences(rest, [], (ref) => {
      const l = rw.laneOf(ref.target);
      if (l !== undefined && l !== from) thirdLane = true;
    });
    if (thirdLane) rw.unsupported(site);
    else site.attribute = rest.map((a) => rewriteValue(a, from, rw));
    return { get_param: rw.resolve(site) };
  }
  return undefined;
}
