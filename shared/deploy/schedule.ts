/**
 * Which plan steps may run, pure: a step waits for nothing but earlier waves; it is blocked when a
 * lane it takes a value from (or its own lane, in an earlier pass) failed or was itself blocked.
 */
import type { HotTemplate, Plan, PlanInput, PlanStep } from '../compile/types';

/** The template a step deploys: the last pass uses `templates[region]`, earlier ones `passTemplates[region][pass-1]`. */
export function templateOfStep(
  compiled: {
    templates: Record<string, HotTemplate>;
    passTemplates: Record<string, HotTemplate[]>;
  },
  plan: Plan,
  step: PlanStep,
): HotTemplate | undefined {
  const planned = plan.stacks.find((s) => s.region === step.region);
  const passes = planned?.passes ?? 1;
  if (step.pass >= passes) return compiled.templates[step.region];
  return compiled.passTemplates[step.region]?.[step.pass - 1] ?? compiled.templates[step.region];
}

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
  return plan.inputs.filter((i) => i.region === step.region && declared.has(i.parameter));
}

/** Lanes whose failure blocks `step`: its own lane (an earlier pass failed), a lane it takes a value from, or a step it depends on. */
export function blockersOf(
  step: PlanStep,
  inputs: readonly PlanInput[],
  failedOrBlocked: ReadonlySet<string>,
): string[] {
  const blockers = new Set<string>();
  if (failedOrBlocked.has(step.region)) blockers.add(step.region);
  for (const input of inputs)
    if (failedOrBlocked.has(input.fromRegion)) blockers.add(input.fromRegion);
  for (const dep of step.dependsOn ?? [])
    if (failedOrBlocked.has(dep.region)) blockers.add(dep.region);
  return [...blockers].sort();
}

export function resourceCountOf(template: HotTemplate | undefined): number {
  const resources = template?.['resources'];
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) return 0;
  return Object.keys(resources).length;
}

/** Destroy order: waves reversed, each stack once (its last pass), in the order it was first met backwards. */
export function destroyWaves(plan: Plan): PlanStep[][] {
  const seen = new Set<string>();
  const waves: PlanStep[][] = [];
  for (const wave of [...plan.waves].reverse()) {
    const steps: PlanStep[] = [];
    for (const step of wave) {
      if (seen.has(step.region)) continue;
      seen.add(step.region);
      steps.push(step);
    }
    if (steps.length > 0) waves.push(steps);
  }
  return waves;
}
