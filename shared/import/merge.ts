import type { DesignOutput, HotMap, HotValue } from '../design/model';
import { valueReferences } from '../design/refs';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { canonical, uniqueName } from '../hot';
import type { LaneTemplate } from './lane';
import { renameConditions, renameParameters, renameResources } from './rewrite';

/** Resource ids must be unique across the design: a later lane's clashing id gets `_<lane>` and its references follow. */
export function uniquifyResources(lanes: readonly LaneTemplate[], diagnostics: Diagnostic[]): void {
  const taken = new Set<string>();
  for (const lane of lanes) {
    const own = new Set(Object.keys(lane.resources));
    const renames = new Map<string, string>();
    for (const id of own) {
      if (!taken.has(id)) continue;
      const to = uniqueName(id, new Set([...taken, ...own, ...renames.values()]), lane.id);
      renames.set(id, to);
      diagnostics.push(
        diag(
          ImportCodes.RESOURCE_RENAMED,
          'info',
          `Resource "${id}" of region ${lane.id} was renamed "${to}": another region already has a resource with that id. Its references in region ${lane.id} follow.`,
          { resource: to, lane: lane.id },
        ),
      );
    }
    renameResources(lane, renames);
    for (const id of Object.keys(lane.resources)) taken.add(id);
  }
}

/**
 * Merge one namespace (parameters or conditions) across lanes: equal definitions become one entry; a name defined
 * differently by a later lane is renamed there (`<name>_<lane>`), and `rename` rewrites that lane's uses.
 */
function mergeNamespace(
  lanes: readonly LaneTemplate[],
  entriesOf: (lane: LaneTemplate) => Record<string, HotValue>,
  rename: (lane: LaneTemplate, renames: Map<string, string>) => void,
  report: (lane: LaneTemplate, from: string, to: string) => Diagnostic,
  diagnostics: Diagnostic[],
): Record<string, HotValue> {
  const merged: Record<string, HotValue> = {};
  for (const lane of lanes) {
    const entries = entriesOf(lane);
    const renames = new Map<string, string>();
    const taken = new Set([...Object.keys(merged), ...Object.keys(entries)]);
    for (const [name, def] of Object.entries(entries)) {
      if (!(name in merged) || canonical(merged[name]) === canonical(def)) continue;
      const to = uniqueName(name, taken, lane.id);
      taken.add(to);
      renames.set(name, to);
    }
    if (renames.size > 0) {
      rename(lane, renames);
      for (const [from, to] of renames) diagnostics.push(report(lane, from, to));
    }
    for (const [name, def] of Object.entries(entriesOf(lane)))
      if (!(name in merged)) merged[name] = def;
  }
  return merged;
}

export function mergeParameters(
  lanes: readonly LaneTemplate[],
  diagnostics: Diagnostic[],
): Record<string, HotMap> {
  return mergeNamespace(
    lanes,
    (lane) => lane.parameters,
    renameParameters,
    (lane, from, to) =>
      diag(
        ImportCodes.PARAMETER_RENAMED,
        'info',
        `Parameter "${from}" of region ${lane.id} differs from the one of an earlier region; it was renamed "${to}" and its uses in region ${lane.id} follow.`,
        { lane: lane.id, path: ['parameters', to] },
      ),
    diagnostics,
  ) as Record<string, HotMap>;
}

export function mergeConditions(lanes: readonly LaneTemplate[], diagnostics: Diagnostic[]): HotMap {
  return mergeNamespace(
    lanes,
    (lane) => lane.conditions,
    renameConditions,
    (lane, from, to) =>
      diag(
        ImportCodes.CONDITION_RENAMED,
        'info',
        `Condition "${from}" of region ${lane.id} differs from the one of an earlier region; it was renamed "${to}" and its uses in region ${lane.id} follow.`,
        { lane: lane.id, path: ['conditions', to] },
      ),
    diagnostics,
  );
}

/**
 * Design outputs: every lane's outputs, names made unique (a later lane's clash gets `_<lane>`), with `region` set
 * whenever the references of the value would not place the output in its own lane (several lanes, no reference, or a
 * reference into another lane after wiring). Outputs of a hidden lane (a model-2 parent) go where their references
 * point, else to the first region.
 */
export function mergeOutputs(
  lanes: readonly LaneTemplate[],
  laneOf: (resourceId: string) => string | undefined,
  diagnostics: Diagnostic[],
): Record<string, DesignOutput> {
  const merged: Record<string, DesignOutput> = {};
  const all = new Set(lanes.flatMap((l) => Object.keys(l.outputs)));
  const visible = lanes.filter((l) => l.hidden !== true);
  for (const lane of lanes) {
    for (const [name, output] of Object.entries(lane.outputs)) {
      let to = name;
      if (name in merged) {
        to = uniqueName(name, new Set([...all, ...Object.keys(merged)]), lane.id);
        diagnostics.push(
          diag(
            ImportCodes.OUTPUT_RENAMED,
            'info',
            `Output "${name}" of region ${lane.id} was renamed "${to}": an earlier region has an output with that name.`,
            { lane: lane.id, path: ['outputs', to] },
          ),
        );
      }
      const laneIds: string[] = [];
      valueReferences(output.value, [], (r) => {
        const l = laneOf(r.target);
        if (l !== undefined && !laneIds.includes(l)) laneIds.push(l);
      });
      const home = lane.hidden === true ? (laneIds[0] ?? visible[0]?.id ?? lane.id) : lane.id;
      const inferable = visible.length === 1 || (laneIds.length === 1 && laneIds[0] === home);
      merged[to] = inferable ? output : { ...output, region: home };
    }
  }
  return merged;
}
