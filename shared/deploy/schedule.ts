/**
 * Which plan steps may run, pure: a step waits for nothing but earlier waves; it is blocked when a
 * lane it takes a value from (or its own lane, in an earlier pass) failed or was itself blocked.
 */
import type { HotTemplate, Plan, PlanInput, PlanStep } from '../compile/types';

export function parameterNamesOf(template: HotTemplate | undefined): string[] {
  const params = template?.['parameters'];
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return [];
  return Object.keys(params);
}

/** The plan inputs a step's template actually declares. */
export function inputsOfStep(
  plan: Plan,
  step: PlanStep,
  template: HotTemplate | undefined,
): PlanInput[] {
  const declared = new Set(parameterNamesOf(template));
  return plan.inputs.filter((i) => i.lane === step.lane && declared.has(i.parameter));
}

/** Lanes whose failure blocks `step`: its own lane (an earlier pass failed), a lane it takes a value from, or a step it depends on. */
export function blockersOf(
  step: PlanStep,
  inputs: readonly PlanInput[],
  failedOrBlocked: ReadonlySet<string>,
): string[] {
  const blockers = new Set<string>();
  if (failedOrBlocked.has(step.lane)) blockers.add(step.lane);
  for (const input of inputs) if (failedOrBlocked.has(input.fromLane)) blockers.add(input.fromLane);
  for (const dep of step.dependsOn ?? []) if (failedOrBlocked.has(dep.lane)) blockers.add(dep.lane);
  return [...blockers].sort();
}

/** Destroy order: waves reversed, each stack once (its last pass), in the order it was first met backwards. */
export function destroyWaves(plan: Plan): PlanStep[][] {
  const seen = new Set<string>();
  const waves: PlanStep[][] = [];
  for (const wave of [...plan.waves].reverse()) {
    const steps: PlanStep[] = [];
    for (const step of wave) {
      if (seen.has(step.lane)) continue;
      seen.add(step.lane);
      steps.push(step);
    }
    if (steps.length > 0) waves.push(steps);
  }
  return waves;
}
