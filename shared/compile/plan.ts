import type { DepGraph } from './depGraph';
import type { Passes } from './passes';
import type { PlanStep } from './types';

/** A step (lane, pass) and the steps it must wait for. */
interface StepNode {
  lane: string;
  pass: number;
  deps: Set<string>;
}

const stepKey = (lane: string, pass: number) => `${pass}\u0000${lane}`;

/**
 * The waves of a plan: step (lane, pass) depends on the lane's previous pass and on the step that creates each
 * resource of another lane it references (see passes.ts for why this graph is acyclic). A step's wave is the
 * length of its longest chain of dependencies, so every step runs as early as it can and the steps of one wave
 * are independent of each other. Steps inside a wave follow the swimlane order.
 */
export function planWaves(
  graph: DepGraph,
  passes: Passes,
  lanes: readonly string[],
  stackOf: (lane: string) => string,
): PlanStep[][] {
  const laneOrder = new Map(lanes.map((l, i) => [l, i]));
  const steps = new Map<string, StepNode>();
  for (const lane of lanes) {
    const count = passes.lanePasses.get(lane) ?? 1;
    for (let p = 1; p <= count; p++) {
      steps.set(stepKey(lane, p), {
        lane,
        pass: p,
        deps: new Set(p > 1 ? [stepKey(lane, p - 1)] : []),
      });
    }
  }
  graph.nodes.forEach((n, i) => {
    const from = steps.get(stepKey(n.lane, passes.nodePass[i]!))!;
    for (const t of graph.deps[i]!) {
      const target = graph.nodes[t]!;
      if (target.lane !== n.lane) from.deps.add(stepKey(target.lane, passes.nodePass[t]!));
    }
  });

  // Kahn's algorithm: a step's level is 1 + the highest level among its dependencies. The step graph is acyclic
  // by construction (passes.ts); were it not, the steps left over would land in one last wave, and the plan
  // properties tested in compile.property.test.ts would catch it.
  const level = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const missing = new Map<string, number>();
  for (const [key, s] of steps) {
    missing.set(key, s.deps.size);
    for (const d of s.deps) dependents.set(d, [...(dependents.get(d) ?? []), key]);
  }
  const ready = [...steps.keys()].filter((k) => missing.get(k) === 0);
  for (const k of ready) level.set(k, 0);
  for (let head = 0; head < ready.length; head++) {
    const k = ready[head]!;
    for (const next of dependents.get(k) ?? []) {
      level.set(next, Math.max(level.get(next) ?? 0, level.get(k)! + 1));
      missing.set(next, missing.get(next)! - 1);
      if (missing.get(next) === 0) ready.push(next);
    }
  }
  const last = Math.max(-1, ...level.values()) + 1;
  const levelOf = (key: string) => level.get(key) ?? last;

  const waves: PlanStep[][] = [];
  for (const [key, s] of steps) {
    const l = levelOf(key);
    while (waves.length <= l) waves.push([]);
    waves[l]!.push({
      lane: s.lane,
      stack: stackOf(s.lane),
      pass: s.pass,
      dependsOn: [...s.deps]
        .map((d) => ({ lane: steps.get(d)!.lane, pass: steps.get(d)!.pass }))
        .sort((a, b) => laneOrder.get(a.lane)! - laneOrder.get(b.lane)! || a.pass - b.pass),
    });
  }
  for (const wave of waves)
    wave.sort((a, b) => laneOrder.get(a.lane)! - laneOrder.get(b.lane)! || a.pass - b.pass);
  return waves;
}
