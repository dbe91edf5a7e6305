import type { Catalog } from '../catalog/types';
import { typeSchema } from '../catalog/catalog';
import { emptyDesign, NULL_SECTIONS, type Design, type HotMap } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import { checkFileReferences, type ReadFile } from './fileRefs';
import { uniqueName } from '../hot';
import type { LaneTemplate } from './lane';
import { layoutDesign } from './layout';
import { mergeConditions, mergeOutputs, mergeParameters, uniquifyResources } from './merge';
import { generatedName, mergeDescription, mergeGroups, mergeVersion } from './mergeSections';
import { readLane } from './readLane';
import { applyWiring, findWiring, type Wire } from './wiring';

export interface TemplateInput {
  /** Lane id. */
  laneId: string;
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
export async function importTemplates(
  inputs: readonly TemplateInput[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const lanes = readLanes(inputs, diagnostics);
  const design = assemble(lanes, options, diagnostics);
  if (design !== null && options.layout !== false) design.layout = await layoutDesign(design);
  return { design, diagnostics };
}

/** Restore each input into a lane with a unique, non-empty id. */
export function readLanes(
  inputs: readonly TemplateInput[],
  diagnostics: Diagnostic[],
): LaneTemplate[] {
  const ids = new Set<string>();
  return inputs.map((input, i) => {
    const wanted =
      typeof input.laneId === 'string' && input.laneId.trim() !== ''
        ? input.laneId.trim()
        : `region${i + 1}`;
    const id = uniqueName(wanted, ids, String(i + 1));
    if (id !== input.laneId) {
      diagnostics.push(
        diag(
          ImportCodes.LANE_RENAMED,
          'warning',
          `Region id "${String(input.laneId)}" is ${ids.has(wanted) ? 'used twice' : 'not usable'}; the lane is called "${id}".`,
          { lane: id },
        ),
      );
    }
    ids.add(id);
    return readLane(
      {
        ...input,
        laneId: id,
        regionName: typeof input.regionName === 'string' ? input.regionName : '',
      },
      diagnostics,
    );
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
    diagnostics.push(
      diag(
        ImportCodes.NOTHING,
        'error',
        lanes.length === 0
          ? 'Nothing to import: give at least one template.'
          : 'None of the inputs is a HOT template; no design was made.',
        { path: [] },
      ),
    );
    return null;
  }
  uniquifyResources(lanes, diagnostics);
  const wires = link(lanes, diagnostics);
  const parameters = mergeParameters(lanes, diagnostics);
  applyWiring(wires, diagnostics);
  const conditions = mergeConditions(lanes, diagnostics);
  const design = emptyDesign(
    options.name ?? generatedName(lanes.filter((l) => l.usable)) ?? 'imported',
  );
  design.regions = lanes
    .filter((l) => l.hidden !== true)
    .map((l) => ({
      id: l.id,
      region_name: l.regionName,
      ...(l.cloud !== undefined ? { cloud: l.cloud } : {}),
    }));
  design.heat_template_version = mergeVersion(lanes, diagnostics);
  const description = mergeDescription(lanes, diagnostics);
  if (description !== undefined) design.description = description;
  design.parameters = parameters;
  const groups = mergeGroups(lanes);
  const nullSection = (key: NonNullable<LaneTemplate['nullSections']>[number]) =>
    lanes.some((l) => l.nullSections?.includes(key) === true);
  const nullSections = NULL_SECTIONS.filter(nullSection);
  if (nullSections.length > 0) design.nullSections = nullSections;
  if (groups.length > 0) design.parameter_groups = groups;
  else if (nullSection('parameter_groups')) design.parameter_groups = null;
  if (Object.keys(conditions).length > 0) design.conditions = conditions;
  else if (nullSection('conditions')) design.conditions = null;
  for (const lane of lanes) Object.assign(design.resources, lane.resources);
  design.outputs = mergeOutputs(lanes, (id) => design.resources[id]?.region, diagnostics);
  const bases = new Map(lanes.map((l) => [l.id, l.fileBase ?? '']));
  checkFileReferences(design, options.readFile, (lane) => bases.get(lane) ?? '', diagnostics);
  if (options.catalog !== undefined) checkTypes(design, options.catalog, diagnostics);
  return design;
}

function checkTypes(design: Design, catalog: Catalog, diagnostics: Diagnostic[]): void {
  for (const [id, resource] of Object.entries(design.resources)) {
    if (!resource.type.includes('::') || typeSchema(catalog, resource.type) !== undefined) continue;
    diagnostics.push(
      diag(
        ImportCodes.UNKNOWN_TYPE,
        'warning',
        `Resource "${id}" has the type ${resource.type}, which the catalog (Heat ${catalog.heatVersion}) does not know; it is kept as it is, but the inspector cannot show its properties. Connect to a cloud that has it, or check the name.`,
        { resource: id, lane: resource.region, path: ['type'] },
      ),
    );
  }
}
