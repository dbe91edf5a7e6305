import type { Catalog } from '../catalog/types';
import { typeSchema } from '../catalog/catalog';
import { DEFAULT_HEAT_TEMPLATE_VERSION, emptyDesign, type Design, type HotMap, type HotValue } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { checkFileReferences, type ReadFile } from './fileRefs';
import { canonical, isMap, uniqueName } from './hotValue';
import type { LaneTemplate } from './lane';
import { layoutDesign } from './layout';
import { mergeConditions, mergeOutputs, mergeParameters, uniquifyResources } from './merge';
import { readLane } from './readLane';
import { newestVersion } from './versions';
import { applyWiring, findWiring, type Wire } from './wiring';

export interface TemplateInput {
  /** Lane id. */
  regionId: string;
  /** OpenStack region name. */
  regionName: string;
  /** The parsed template (anything: it is restored, not trusted). */
  template: HotMap | unknown;
  /** clouds.yaml cloud of the lane. */
  cloud?: string;
}

export interface ImportOptions {
  /** Design name (default `imported`). */
  name?: string;
  /** When given, resource types not in it get a warning. */
  catalog?: Catalog;
  /** Reads files the templates refer to (get_file, file-named types); when absent every such file is reported missing. */
  readFile?: ReadFile;
  /** Compute `design.layout` with elkjs (default true). */
  layout?: boolean;
}

export interface ImportResult {
  /** null when nothing could be imported at all. */
  design: Design | null;
  diagnostics: Diagnostic[];
}

/** One lane per input, in order: the design that compiles back to the same templates. */
export async function importTemplates(inputs: readonly TemplateInput[], options: ImportOptions = {}): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const lanes = readLanes(inputs, diagnostics);
  const design = assemble(lanes, options, diagnostics);
  if (design !== null && options.layout !== false) design.layout = await layoutDesign(design);
  return { design, diagnostics };
}

/** Restore each input into a lane with a unique, non-empty id. */
export function readLanes(inputs: readonly TemplateInput[], diagnostics: Diagnostic[]): LaneTemplate[] {
  const ids = new Set<string>();
  return inputs.map((input, i) => {
    const wanted = typeof input.regionId === 'string' && input.regionId.trim() !== '' ? input.regionId.trim() : `region${i + 1}`;
    const id = uniqueName(wanted, String(i + 1), ids);
    if (id !== input.regionId) {
      diagnostics.push(diag(ImportCodes.LANE_RENAMED, 'warning', `Region id "${String(input.regionId)}" is ${ids.has(wanted) ? 'used twice' : 'not usable'}; the lane is called "${id}".`, { region: id }));
    }
    ids.add(id);
    return readLane({ ...input, regionId: id, regionName: typeof input.regionName === 'string' ? input.regionName : '' }, diagnostics);
  });
}

/**
 * Merge restored lanes into one design (null when no lane was usable). `link` recovers the cross-region references
 * once resource ids are unique (default: parameter/output pairs, see wiring.ts); the wires it returns are applied
 * after the parameters are merged.
 */
export function assemble(
  lanes: LaneTemplate[],
  options: ImportOptions,
  diagnostics: Diagnostic[],
  link: (lanes: LaneTemplate[], diagnostics: Diagnostic[]) => Wire[] = findWiring,
): Design | null {
  if (!lanes.some((l) => l.usable)) {
    diagnostics.push(diag(ImportCodes.NOTHING, 'error', lanes.length === 0 ? 'Nothing to import: give at least one template.' : 'None of the inputs is a HOT template; no design was made.'));
    return null;
  }
  uniquifyResources(lanes, diagnostics);
  const wires = link(lanes, diagnostics);
  const parameters = mergeParameters(lanes, diagnostics);
  applyWiring(wires, diagnostics);
  const conditions = mergeConditions(lanes, diagnostics);
  const design = emptyDesign(options.name ?? generatedName(lanes.filter((l) => l.usable)) ?? 'imported');
  design.regions = lanes.filter((l) => l.hidden !== true).map((l) => ({ id: l.id, region_name: l.regionName, ...(l.cloud !== undefined ? { cloud: l.cloud } : {}) }));
  design.heat_template_version = mergeVersion(lanes, diagnostics);
  const description = mergeDescription(lanes, diagnostics);
  if (description !== undefined) design.description = description;
  design.parameters = parameters;
  const groups = mergeGroups(lanes);
  if (groups.length > 0) design.parameter_groups = groups;
  if (Object.keys(conditions).length > 0) design.conditions = conditions;
  for (const lane of lanes) Object.assign(design.resources, lane.resources);
  design.outputs = mergeOutputs(lanes, (id) => design.resources[id]?.region, diagnostics);
  const bases = new Map(lanes.map((l) => [l.id, l.fileBase ?? '']));
  checkFileReferences(design, options.readFile, (region) => bases.get(region) ?? '', diagnostics);
  if (options.catalog !== undefined) checkTypes(design, options.catalog, diagnostics);
  return design;
}

function mergeVersion(lanes: readonly LaneTemplate[], diagnostics: Diagnostic[]): string {
  const versions = lanes.flatMap((l) => (l.version !== undefined ? [l.version] : []));
  const newest = newestVersion(versions) ?? DEFAULT_HEAT_TEMPLATE_VERSION;
  const distinct = [...new Set(versions)];
  if (distinct.length > 1) {
    diagnostics.push(diag(ImportCodes.VERSION_MERGED, 'info', `The templates use different heat_template_versions (${distinct.join(', ')}); the design uses the newest, ${newest}, for every region.`, { path: ['heat_template_version'] }));
  }
  return newest;
}

/** The description the compiler writes when a design has none: `Isotherm design <name>, region <lane>` (or the parent's). */
const GENERATED_DESCRIPTION = /^Isotherm design (.+?)(?:, region \S+|: one stack per region)$/;

/** The design name a compiler-written description carries, if all lanes agree. */
function generatedName(lanes: readonly LaneTemplate[]): string | undefined {
  const names = new Set(lanes.map((l) => (l.description === undefined ? undefined : GENERATED_DESCRIPTION.exec(l.description)?.[1])));
  return names.size === 1 ? [...names][0] : undefined;
}

function mergeDescription(lanes: readonly LaneTemplate[], diagnostics: Diagnostic[]): string | undefined {
  const described = lanes.filter((l) => l.description !== undefined && !GENERATED_DESCRIPTION.test(l.description));
  const first = described[0];
  if (first === undefined) return undefined;
  const others = described.filter((l) => l.description !== first.description);
  if (others.length > 0) {
    diagnostics.push(diag(ImportCodes.DESCRIPTION_MERGED, 'info', `The templates have different descriptions; the design keeps the one of ${first.hidden === true ? 'the parent template' : `region ${first.id}`} (dropped: ${others.map((l) => l.id).join(', ')}).`, { path: ['description'] }));
  }
  return first.description;
}

/**
 * parameter_groups of all lanes: groups with the same label and description are one group (each lane's template
 * holds the part of it the lane uses), their parameter lists merged keeping every lane's order; other groups are
 * kept once each.
 */
function mergeGroups(lanes: readonly LaneTemplate[]): HotValue[] {
  const groups: HotValue[] = [];
  const byKey = new Map<string, { group: HotMap; lists: HotValue[][] }>();
  for (const group of lanes.flatMap((l) => l.parameterGroups)) {
    if (isMap(group) && Array.isArray(group.parameters) && typeof group.label === 'string') {
      const key = canonical({ ...group, parameters: null });
      const seen = byKey.get(key);
      if (seen !== undefined) {
        seen.lists.push(group.parameters);
        continue;
      }
      const entry = { group: { ...group }, lists: [group.parameters] };
      byKey.set(key, entry);
      groups.push(entry.group);
    } else if (!groups.some((g) => canonical(g) === canonical(group))) {
      groups.push(group);
    }
  }
  for (const { group, lists } of byKey.values()) group.parameters = mergeSequences(lists);
  return groups;
}

/**
 * One list holding every item of `lists`, in an order that keeps each list's order where they agree (a topological
 * sort of "comes before", ties broken by first appearance): subsequences of one list merge back into it.
 */
export function mergeSequences(lists: readonly (readonly HotValue[])[]): HotValue[] {
  const keys: string[] = [];
  const items = new Map<string, HotValue>();
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  for (const list of lists) {
    list.forEach((item, i) => {
      const k = canonical(item);
      if (!items.has(k)) {
        items.set(k, item);
        keys.push(k);
        after.set(k, new Set());
        before.set(k, 0);
      }
      const prev = i > 0 ? canonical(list[i - 1]!) : undefined;
      if (prev !== undefined && prev !== k && !after.get(prev)!.has(k)) {
        after.get(prev)!.add(k);
        before.set(k, before.get(k)! + 1);
      }
    });
  }
  const out: HotValue[] = [];
  const done = new Set<string>();
  while (done.size < keys.length) {
    // the first item nothing pending comes before; on contradicting orders, the first item left
    const next = keys.find((k) => !done.has(k) && before.get(k) === 0) ?? keys.find((k) => !done.has(k))!;
    done.add(next);
    out.push(items.get(next)!);
    for (const k of after.get(next)!) before.set(k, before.get(k)! - 1);
  }
  return out;
}

function checkTypes(design: Design, catalog: Catalog, diagnostics: Diagnostic[]): void {
  for (const [id, resource] of Object.entries(design.resources)) {
    if (!resource.type.includes('::') || typeSchema(catalog, resource.type) !== undefined) continue;
    diagnostics.push(
      diag(ImportCodes.UNKNOWN_TYPE, 'warning', `Resource "${id}" has the type ${resource.type}, which the catalog (Heat ${catalog.heatVersion}) does not know; it is kept as it is, but the inspector cannot show its properties. Connect to a cloud that has it, or check the name.`, { resource: id, region: resource.region, path: ['type'] }),
    );
  }
}
