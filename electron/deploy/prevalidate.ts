/**
 * Heat's validate of every step, sent for all steps at once when a deploy starts (beside the stack
 * look-ups) instead of one round trip in front of each step's call. Heat's validate does not check
 * parameter values (it validates with validate_value=False: a missing or out-of-range value passes),
 * so a step's template, environment and files decide its answer: the values that later come from
 * earlier stacks' outputs are not needed for it. A step then awaits its own early answer; when that
 * was a refusal (or any error), the step validates again with its real body, so a refusal is reported
 * by that call exactly as before.
 */
import type { PlanStep } from '../../shared/compile/types';
import type { HeatClient } from '../openstack/heat';
import type { StackSpec } from '../openstack/heatTypes';
import { stableHash } from './hash';
import type { RunContext } from './runContext';
import type { DeployInput } from './types';

type DeployContext = RunContext<DeployInput>;

/** What decides Heat's answer: where it is asked, and the template with its environment and files. */
function keyOf(ctx: DeployContext, step: PlanStep, spec: StackSpec): string {
  const { template, environment, files } = spec;
  const where = `${ctx.cloudOf(step.lane)}\u0000${ctx.ref(step.lane).regionName}`;
  return `${where}\u0000${stableHash({ template, environment, files })}`;
}

export class Prevalidation {
  /** Early answers by key: true when Heat accepted. */
  private readonly answers = new Map<string, Promise<boolean>>();

  /** Send the validate of each step of the plan (one per distinct key), not awaited. */
  start(ctx: DeployContext, specOf: (step: PlanStep) => StackSpec): void {
    if (ctx.input.validate === false) return;
    for (const step of ctx.input.compiled.plan.waves.flat()) {
      const spec = specOf(step);
      const key = keyOf(ctx, step, spec);
      if (this.answers.has(key)) continue;
      this.answers.set(
        key,
        ctx
          .heat(step.lane)
          .then((heat) => heat.validate(spec, ctx.signal))
          .then(
            () => true,
            () => false,
          ),
      );
    }
  }

  /** Heat's validate of this step's body: its early answer when that was yes, else the call itself. */
  async check(
    ctx: DeployContext,
    step: PlanStep,
    heat: HeatClient,
    spec: StackSpec,
  ): Promise<void> {
    if (ctx.input.validate === false) return;
    const early = this.answers.get(keyOf(ctx, step, spec));
    if (early !== undefined && (await early)) return;
    await heat.validate(spec, ctx.signal);
  }
}
