import type { HotMap } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { ImportCodes } from './codes';
import type { ReadFile } from './fileRefs';
import { uniqueName } from '../hot';
import { assemble, type ImportOptions, type ImportResult } from './importTemplates';
import { layoutDesign } from './layout';
import { linkNested } from './nestedLink';
import { readChildLane, remoteStackOf, type RemoteStack } from './nestedStacks';
import { parseTemplateText } from './parseText';
import { readLane } from './readLane';

export interface NestedImportOptions extends ImportOptions {
  /** Lane id for the parent's own resources, if it has any besides the remote stacks (default `parent`). */
  parentLaneId?: string;
  /** OpenStack region the parent stack is deployed in (default `RegionOne`). */
  parentRegionName?: string;
}

/**
 * A model-2 parent template (one `OS::Heat::Stack` per region with `context.region_name` and
 * `template: {get_file: ...}`) -> a design: one lane per remote stack (lane id = the stack's resource id), child
 * templates read through `readFile` (paths as written in the parent), stack outputs wired into other stacks'
 * parameters become cross-region references, the parent's parameters design parameters, its outputs design outputs.
 *
 * Resources of the parent that are not remote stacks are what the parent stack itself would create, in the region
 * the parent is deployed in: they go to a lane of their own (`parentLaneId`, region `parentRegionName`), with a warning
 * to check that region.
 */
export async function importNested(
  parent: string | HotMap,
  readFile: ReadFile,
  options: NestedImportOptions = {},
): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  let template: unknown = parent;
  if (typeof parent === 'string') {
    const parsed = parseTemplateText(parent, 'the parent template');
    diagnostics.push(...parsed.diagnostics);
    if (parsed.template === undefined) {
      diagnostics.push(
        diag(
          ImportCodes.NOTHING,
          'error',
          'The parent template could not be read; no design was made.',
          { path: [] },
        ),
      );
      return { design: null, diagnostics };
    }
    template = parsed.template;
  }
  const parentRegion = options.parentRegionName ?? 'RegionOne';
  const probe = readLane(
    { laneId: options.parentLaneId ?? 'parent', regionName: parentRegion, template },
    [],
  );
  const stackIds = Object.keys(probe.resources);
  const parentId = uniqueName(options.parentLaneId ?? 'parent', new Set(stackIds), 'lane');
  const parentLane = readLane(
    { laneId: parentId, regionName: parentRegion, template },
    diagnostics,
  );

  const stacks: RemoteStack[] = [];
  for (const [id, resource] of Object.entries(parentLane.resources)) {
    const stack = remoteStackOf(id, resource, parentLane, diagnostics);
    if (stack === undefined) continue;
    stacks.push(stack);
    delete parentLane.resources[id];
  }
  if (parentLane.usable && stacks.length === 0) {
    diagnostics.push(
      diag(
        ImportCodes.PARENT_LANE,
        'warning',
        `The template has no OS::Heat::Stack with context.region_name, so it is not a model-2 parent; it was imported as one region, "${parentId}" (${parentRegion}).`,
        { lane: parentId },
      ),
    );
  }
  const children = stacks.map((s) => readChildLane(s, readFile, diagnostics));
  const own = Object.keys(parentLane.resources);
  parentLane.hidden = stacks.length > 0 && own.length === 0;
  if (stacks.length > 0 && own.length > 0) {
    diagnostics.push(
      diag(
        ImportCodes.PARENT_LANE,
        'warning',
        `The parent template also creates ${own.join(', ')}, which ${own.length > 1 ? 'are' : 'is'} no remote stack; ${own.length > 1 ? 'they' : 'it'} went to lane "${parentId}" in region ${parentRegion} (where the parent stack would be deployed): change that lane's region if the parent runs elsewhere.`,
        { lane: parentId },
      ),
    );
  }
  const lanes = [parentLane, ...children];
  const design = assemble(lanes, { ...options, readFile }, diagnostics, () => {
    linkNested(parentLane, stacks, children, diagnostics);
    return [];
  });
  if (design !== null && options.layout !== false) design.layout = await layoutDesign(design);
  return { design, diagnostics };
}
