import { stackNameOf, type Design } from '../design/model';
import { listResources, type ResourceList } from '../design/resourceList';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';

/** Lanes: duplicate ids, two lanes deploying the same stack, empty lanes, resources and outputs in unknown lanes. */
export function validateLanes(
  design: Design,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const stacks = new Map<string, string>();
  for (const [i, lane] of design.regions.entries()) {
    if (seen.has(lane.id)) {
      out.push(
        diag(
          CODES.E_DUPLICATE_ID,
          'error',
          `Region '${lane.id}' is declared twice: rename one of the lanes.`,
          { lane: lane.id, path: ['regions', i] },
        ),
      );
      continue;
    }
    seen.add(lane.id);
    const stack = stackNameOf(design, lane);
    const key = JSON.stringify([lane.cloud ?? '', lane.region_name, stack]);
    const other = stacks.get(key);
    if (other !== undefined) {
      out.push(
        diag(
          CODES.E_DUPLICATE_STACK,
          'error',
          `Regions '${other}' and '${lane.id}' would both deploy stack '${stack}' in ${lane.region_name}${lane.cloud !== undefined ? ` of cloud ${lane.cloud}` : ''}: give one of them another stack name.`,
          {
            lane: lane.id,
            path: ['regions', lane.id, 'stack'],
          },
        ),
      );
    } else {
      stacks.set(key, lane.id);
    }
  }
  const used = new Set<string>();
  for (const [id, r] of resources) {
    used.add(r.region);
    if (!seen.has(r.region)) {
      out.push(
        diag(
          CODES.E_UNKNOWN_REGION,
          'error',
          `Resource '${id}' is in region '${r.region}', which the design does not declare: move it to one of ${[...seen].join(', ') || '(no region yet)'} or add the region.`,
          { resource: id, path: ['region'] },
        ),
      );
    }
  }
  for (const [name, o] of Object.entries(design.outputs)) {
    if (o.region !== undefined && !seen.has(o.region)) {
      out.push(
        diag(
          CODES.E_UNKNOWN_REGION,
          'error',
          `Output '${name}' names region '${o.region}', which the design does not declare.`,
          { path: ['outputs', name, 'region'] },
        ),
      );
    }
  }
  for (const id of seen) {
    if (!used.has(id))
      out.push(
        diag(
          CODES.W_EMPTY_REGION,
          'warning',
          `Region '${id}' has no resource: its stack would be empty. Drag a resource onto it or remove it.`,
          { lane: id },
        ),
      );
  }
  return out;
}
