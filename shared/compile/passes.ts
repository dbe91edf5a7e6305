import type { DepGraph } from './depGraph';
import { isCyclic, stronglyConnected } from '../design/graph';

/**
 * Splitting lanes into passes.
 *
 * A lane is one stack. When lanes depend on each other in a cycle (east needs west's gateway IP, west needs
 * east's) while the resources do not, a lane's stack is deployed in passes: pass 1 creates the resources that
 * need nothing from the other lanes of the cycle (transitively), later passes update the same stack to a larger
 * template once the other lanes' outputs exist. The algorithm, for any number of lanes:
 *
 * 1. The lane graph has an edge L -> M when a resource (or output) of L references one of M. Its strongly
 *    connected components are the groups of lanes that depend on each other in a cycle.
 * 2. Each node n of the resource graph (acyclic: a resource cycle is an error and stops planning) gets a round,
 *    computed dependencies first: round(n) = max over its dependencies t of
 *      round(t)      when t is in the same lane (Heat orders it inside the stack),
 *      round(t) + 1  when t is in another lane of the same lane component (that lane must deploy first),
 *      0             when t is in a lane of another component (the component order takes care of it).
 *    This is a longest path with 0/1 weights: each node sits in the earliest round its inputs allow.
 * 3. A lane's passes are the distinct rounds of its nodes, in order; node n is created in pass
 *    (index of round(n) among its lane's rounds) + 1. A lane outside any lane cycle has one round, so one pass.
 *    Pass p of a lane deploys every node of the lane whose pass is <= p (templates only grow).
 * 4. Steps (lane, pass) depend on the lane's previous pass and, for every cross-lane edge n -> t, step
 *    (lane(n), pass(n)) depends on (lane(t), pass(t)). Inside a lane component, rounds strictly decrease along
 *    every such dependency; between components they follow the components' topological order; so the step graph
 *    is acyclic and its longest-path levels are the waves (see plan.ts).
 */
export interface Passes {
  /** Node index -> its pass (1-based). */
  nodePass: number[];
  /** Lane id -> number of passes (1 for lanes without nodes). */
  lanePasses: Map<string, number>;
}

/** Passes for an acyclic resource graph; `undefined` when the resource graph has a cycle. */
export function assignPasses(graph: DepGraph, lanes: readonly string[]): Passes | undefined {
  const { nodes, deps } = graph;
  const order = stronglyConnected(nodes.length, deps);
  if (order.some((c) => isCyclic(c, deps))) return undefined;

  const laneIndex = new Map(lanes.map((l, i) => [l, i]));
  const laneDeps = lanes.map(() => new Set<number>());
  nodes.forEach((n, i) => {
    for (const t of deps[i]!) {
      const a = laneIndex.get(n.lane)!;
      const b = laneIndex.get(nodes[t]!.lane)!;
      if (a !== b) laneDeps[a]!.add(b);
    }
  });
  const laneComponent = new Array<number>(lanes.length).fill(0);
  stronglyConnected(
    lanes.length,
    laneDeps.map((s) => [...s]),
  ).forEach((c, ci) => c.forEach((l) => (laneComponent[l] = ci)));

  const round = new Array<number>(nodes.length).fill(0);
  for (const [n] of order) {
    const lane = nodes[n!]!.lane;
    let r = 0;
    for (const t of deps[n!]!) {
      const tLane = nodes[t]!.lane;
      if (tLane === lane) r = Math.max(r, round[t]!);
      else if (laneComponent[laneIndex.get(tLane)!] === laneComponent[laneIndex.get(lane)!])
        r = Math.max(r, round[t]! + 1);
    }
    round[n!] = r;
  }

  const laneRounds = new Map<string, number[]>(lanes.map((l) => [l, []]));
  nodes.forEach((n, i) => laneRounds.get(n.lane)!.push(round[i]!));
  const laneRoundPass = new Map<string, Map<number, number>>();
  const lanePasses = new Map<string, number>();
  for (const [lane, rounds] of laneRounds) {
    const distinct = [...new Set(rounds)].sort((a, b) => a - b);
    laneRoundPass.set(lane, new Map(distinct.map((r, i) => [r, i + 1])));
    lanePasses.set(lane, Math.max(1, distinct.length));
  }
  const nodePass = nodes.map((n, i) => laneRoundPass.get(n.lane)!.get(round[i]!)!);
  return { nodePass, lanePasses };
}
