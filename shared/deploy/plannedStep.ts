/**
 * One deploy-step shape: a step of the plan as a run announces it (`plan-started`) and as the
 * confirmation shows it. The zod schema is the one definition; the type is derived from it.
 * `plannedWaves` is the one pure function that builds it from a compiled plan.
 */
import { z } from 'zod';
import type { CompileResult, HotTemplate, PlannedStack, PlanStep } from '../compile/types';

export const stackActionSchema = z.enum(['create', 'update', 'delete']);

export const plannedStepSchema = z.object({
  /** Lane id. */
  lane: z.string(),
  /** OpenStack region name. */
  regionName: z.string(),
  stack: z.string(),
  /** 1-based pass (multi-pass lanes are created, then updated). */
  pass: z.number().int(),
  passes: z.number().int(),
  /** What will happen, as known when the plan starts (`create` may become `update` on resume). */
  action: stackActionSchema,
  /** Number of resources in that pass's template (for progress counts). */
  resources: z.number().int().nonnegative(),
});
export type PlannedStep = z.infer<typeof plannedStepSchema>;

/** What a step needs of a compile: the templates of each pass and the plan. */
export type CompiledPlan = Pick<CompileResult, 'templates' | 'passTemplates' | 'plan'>;

/**
 * The template a step deploys: earlier passes use `passTemplates[region][pass-1]`, the last pass
 * (`passTemplates[region]` holds passes - 1 templates) uses `templates[region]`.
 */
export function templateOfStep(
  compiled: Pick<CompileResult, 'templates' | 'passTemplates'>,
  step: Pick<PlanStep, 'lane' | 'pass'>,
): HotTemplate | undefined {
  return compiled.passTemplates[step.lane]?.[step.pass - 1] ?? compiled.templates[step.lane];
}

export function resourceCountOf(template: HotTemplate | undefined): number {
  const resources = template?.['resources'];
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) return 0;
  return Object.keys(resources).length;
}

/** The planned stack of each lane, by lane id (one lookup table instead of a search per step). */
export function stacksByLane(compiled: CompiledPlan): ReadonlyMap<string, PlannedStack> {
  return new Map(compiled.plan.stacks.map((s) => [s.lane, s]));
}

/** A deploy step updates a stack that exists, or any pass after the first; else it creates. */
export function deployActionOf(step: Pick<PlanStep, 'pass'>, exists: boolean): 'create' | 'update' {
  return exists || step.pass > 1 ? 'update' : 'create';
}

/**
 * The planned steps of waves of plan steps. `action` says what happens to each; a delete is one
 * step of one pass that creates nothing.
 */
export function plannedWaves(
  compiled: CompiledPlan,
  waves: readonly (readonly Pick<PlanStep, 'lane' | 'pass'>[])[],
  action: (step: Pick<PlanStep, 'lane' | 'pass'>) => PlannedStep['action'],
): PlannedStep[][] {
  const stacks = stacksByLane(compiled);
  return waves.map((wave) =>
    wave.map((step) => {
      const planned = stacks.get(step.lane);
      if (planned === undefined) throw new Error(`The plan has no stack for lane ${step.lane}.`);
      const what = action(step);
      const ref = { lane: step.lane, regionName: planned.regionName, stack: planned.stack };
      if (what === 'delete') return { ...ref, pass: 1, passes: 1, action: what, resources: 0 };
      return {
        ...ref,
        pass: step.pass,
        passes: planned.passes,
        action: what,
        resources: resourceCountOf(templateOfStep(compiled, step)),
      };
    }),
  );
}

/** The last pass of every stack, as one wave (what a status run reports). */
export function lastPasses(compiled: CompiledPlan): Pick<PlanStep, 'lane' | 'pass'>[] {
  return compiled.plan.stacks.map((s) => ({ lane: s.lane, pass: s.passes }));
}
