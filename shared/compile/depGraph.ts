import type { Design } from '../design/model';
import { resourceReferences, valueReferences, type ResourceRefs } from '../design/refs';
import type { Placement } from './placement';

/**
 * The dependency graph the planner works on: one node per placed resource and one per placed design output
 * (an output is a sink: it needs values but nothing needs it). `deps[n]` lists the nodes `n` depends on,
 * through get_resource, get_attr (anywhere in intrinsics) or depends_on; references to missing resources are
 * left out (validation reports them).
 */
export interface DepNode {
  kind: 'resource' | 'output';
  id: string;
  lane: string;
}

export interface DepGraph {
  nodes: DepNode[];
  /** Resource id -> node index. */
  resourceNode: Map<string, number>;
  /** Output name -> node index. */
  outputNode: Map<string, number>;
  deps: number[][];
}

export function buildDepGraph(
  design: Design,
  placement: Placement,
  byResource?: ResourceRefs,
): DepGraph {
  const nodes: DepNode[] = [];
  const resourceNode = new Map<string, number>();
  const outputNode = new Map<string, number>();
  for (const [id, lane] of placement.resourceLane) {
    resourceNode.set(id, nodes.length);
    nodes.push({ kind: 'resource', id, lane });
  }
  for (const [name, lane] of placement.outputLane) {
    outputNode.set(name, nodes.length);
    nodes.push({ kind: 'output', id: name, lane });
  }
  const deps = nodes.map(() => [] as number[]);
  const add = (from: number, target: string) => {
    const to = resourceNode.get(target);
    const list = deps[from]!;
    if (to !== undefined && !list.includes(to)) list.push(to);
  };
  for (const [id, from] of resourceNode) {
    for (const ref of byResource?.get(id) ?? resourceReferences(id, design.resources[id]!))
      add(from, ref.target);
  }
  for (const [name, from] of outputNode) {
    valueReferences(design.outputs[name]!.value, ['value'], (ref) => add(from, ref.target));
  }
  return { nodes, resourceNode, outputNode, deps };
}
