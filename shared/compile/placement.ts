import type { Design } from '../design/model';
import { listResources, type ResourceList } from '../design/resourceList';
import { valueReferences } from '../design/refs';
import { diag, type Diagnostic } from '../util/diagnostics';
import { COMPILE_CODES } from './codes';

/** Which lane each resource and each design output belongs to in the compiled templates. */
export interface Placement {
  /** Lane ids in swimlane order (first occurrence wins when an id repeats). */
  lanes: string[];
  /** Resource id -> lane id, for resources whose lane exists. */
  resourceLane: Map<string, string>;
  /** Output name -> lane id (`output.region`, else the one lane its references point to). */
  outputLane: Map<string, string>;
  diagnostics: Diagnostic[];
}

export function placeDesign(
  design: Design,
  resources: ResourceList = listResources(design),
): Placement {
  const lanes = [...new Set(design.regions.map((r) => r.id))];
  const known = new Set(lanes);
  const resourceLane = new Map<string, string>();
  for (const [id, r] of resources) {
    if (known.has(r.region)) resourceLane.set(id, r.region);
  }
  const outputLane = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const [name, output] of Object.entries(design.outputs)) {
    if (output.region !== undefined) {
      if (known.has(output.region)) outputLane.set(name, output.region);
      continue; // an unknown output region is reported by validate (E_UNKNOWN_REGION)
    }
    const referenced: string[] = [];
    valueReferences(output.value, ['value'], (ref) => {
      const lane = resourceLane.get(ref.target);
      if (lane !== undefined && !referenced.includes(lane)) referenced.push(lane);
    });
    const lane = referenced[0] ?? lanes[0];
    if (lane === undefined) continue;
    outputLane.set(name, lane);
    if (referenced.length > 1) {
      diagnostics.push(
        diag(
          COMPILE_CODES.W_OUTPUT_SPANS_REGIONS,
          'warning',
          `Output '${name}' uses resources of regions ${referenced.join(', ')}; it is placed in region ${lane} and receives the other values as parameters. Set 'region:' on the output to choose its region.`,
          { path: ['outputs', name] },
        ),
      );
    }
  }
  return { lanes, resourceLane, outputLane, diagnostics };
}
