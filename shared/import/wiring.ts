import type { HotValue } from '../design/model';
import { clone, intrinsicOf, visitHot } from '../hot';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import type { LaneTemplate } from './lane';
import { mapGetParams, mapGroupParameters } from './rewrite';

/** The description the compiler gives a cross-region parameter: `Isotherm: output <name> of region <lane>`. */
const COMPILER_HINT = /^Isotherm: output (\S+) of region (\S+)$/;

/** A literal attribute segment, or a get_param of a literal name/path (the compiler allows both). */
function isStaticSegment(a: HotValue): boolean {
  if (typeof a === 'string' || typeof a === 'number') return true;
  const f = intrinsicOf(a);
  return (
    f?.fn === 'get_param' &&
    (typeof f.args === 'string' ||
      (Array.isArray(f.args) &&
        f.args.every((x) => typeof x === 'string' || typeof x === 'number')))
  );
}

/** `{get_resource: id}` or `{get_attr: [id, segment...]}` (what the compiler emits as a cross-region output). */
export function plainReference(value: HotValue | undefined): { target: string } | undefined {
  const f = intrinsicOf(value);
  if (f?.fn === 'get_resource' && typeof f.args === 'string') return { target: f.args };
  if (
    f?.fn === 'get_attr' &&
    Array.isArray(f.args) &&
    typeof f.args[0] === 'string' &&
    f.args.slice(1).every(isStaticSegment)
  )
    return { target: f.args[0] };
  return undefined;
}

/** Does `value` hold a get_param of `name`? */
export function usesParam(value: HotValue | undefined, name: string): boolean {
  let found = false;
  visitHot(value, (node) => {
    const f = intrinsicOf(node);
    if (f?.fn === 'get_param' && (f.args === name || (Array.isArray(f.args) && f.args[0] === name)))
      found = true;
  });
  return found;
}

/** The reference that replaces `{get_param: [name, ...path]}`, or undefined when it cannot carry the path. */
export function substitute(ref: HotValue, path: HotValue[]): HotValue | undefined {
  if (path.length === 0) return clone(ref);
  const f = intrinsicOf(ref);
  if (f?.fn === 'get_attr' && Array.isArray(f.args))
    return { get_attr: [...clone(f.args), ...path] };
  return undefined;
}

/** A parameter of `lane` that is filled by output `output` of `source`. */
export interface Wire {
  lane: LaneTemplate;
  param: string;
  source: LaneTemplate;
  output: string;
}

function candidatesFor(
  param: string,
  def: Record<string, HotValue>,
  lane: LaneTemplate,
  lanes: readonly LaneTemplate[],
): Omit<Wire, 'lane' | 'param'>[] {
  const hint = typeof def.description === 'string' ? COMPILER_HINT.exec(def.description) : null;
  // hand-written pairs: a parameter without default; the compiler's own: any (it gives a default when the source is conditional)
  if (hint === null && 'default' in def) return [];
  const found: Omit<Wire, 'lane' | 'param'>[] = [];
  for (const source of lanes) {
    if (source === lane || (hint !== null && source.id !== hint[2])) continue;
    const output = hint !== null ? hint[1]! : param;
    const body = source.outputs[output];
    const ref = plainReference(body?.value);
    if (body === undefined || ref === undefined || !(ref.target in source.resources)) continue;
    if (hint === null && body.condition !== undefined) continue;
    found.push({ source, output });
  }
  return found;
}

function pathsOf(lane: LaneTemplate, param: string): HotValue[][] {
  const paths: HotValue[][] = [];
  mapGetParams(lane, (name, path, node) => {
    if (name === param) paths.push(path);
    return node;
  });
  return paths;
}

/**
 * Find the cross-region pairs: a parameter of lane B (without default, or described by the compiler) named like an
 * output of lane A whose value is a plain get_attr/get_resource. The parameters are taken out of their lanes here
 * (so they do not take part in merging); `applyWiring` later puts the references in.
 */
export function findWiring(lanes: readonly LaneTemplate[], diagnostics: Diagnostic[]): Wire[] {
  const wires: Wire[] = [];
  for (const lane of lanes) {
    for (const [param, def] of Object.entries(lane.parameters)) {
      const candidates = candidatesFor(param, def, lane, lanes);
      if (candidates.length === 0) continue;
      const where = { region: lane.id, path: ['parameters', param] };
      if (candidates.length > 1) {
        const from = candidates.map((c) => c.source.id).join(', ');
        diagnostics.push(
          diag(
            ImportCodes.NOT_WIRED,
            'warning',
            `Parameter "${param}" of region ${lane.id} matches an output of several regions (${from}); it stays a parameter. Replace its uses with the reference you mean.`,
            where,
          ),
        );
        continue;
      }
      const { source, output } = candidates[0]!;
      const ref = source.outputs[output]!.value;
      if (usesParam(lane.conditions, param)) {
        diagnostics.push(
          diag(
            ImportCodes.NOT_WIRED,
            'warning',
            `Parameter "${param}" of region ${lane.id} looks like output "${output}" of region ${source.id}, but a condition uses it (conditions cannot hold get_attr); it stays a parameter.`,
            where,
          ),
        );
        continue;
      }
      if (pathsOf(lane, param).some((path) => substitute(ref, path) === undefined)) {
        diagnostics.push(
          diag(
            ImportCodes.NOT_WIRED,
            'warning',
            `Parameter "${param}" of region ${lane.id} looks like output "${output}" of region ${source.id}, but it is used with a path that a get_resource cannot carry; it stays a parameter.`,
            where,
          ),
        );
        continue;
      }
      delete lane.parameters[param];
      lane.parameterGroups = lane.parameterGroups.map((g) =>
        mapGroupParameters(g, (p) => (p === param ? undefined : p)),
      );
      wires.push({ lane, param, source, output });
    }
  }
  return wires;
}

/** Replace each wired parameter's uses with the source output's reference; the consumed outputs go. */
export function applyWiring(wires: readonly Wire[], diagnostics: Diagnostic[]): void {
  for (const { lane, param, source, output } of wires) {
    const ref = source.outputs[output]!.value;
    mapGetParams(lane, (name, path) => (name === param ? substitute(ref, path) : undefined));
    diagnostics.push(
      diag(
        ImportCodes.WIRED,
        'info',
        `Parameter "${param}" of region ${lane.id} is filled by output "${output}" of region ${source.id}: it became the cross-region reference ${JSON.stringify(ref)}.`,
        { lane: lane.id, path: ['parameters', param] },
      ),
    );
  }
  for (const { source, output } of wires) delete source.outputs[output];
}
