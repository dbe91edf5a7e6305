/**
 * What a deploy would do, before it does it: `create` with the template's resources for new stacks,
 * Heat's update preview (PUT .../preview) for existing ones. Inputs from other lanes come from
 * those lanes' existing stacks; when a source stack does not exist yet, the preview says so.
 */
import type { HotTemplate, PlanStep } from '../../shared/compile/types';
import type { PlannedStep } from '../../shared/deploy/events';
import { parametersForStep } from '../../shared/deploy/parameters';
import { deployActionOf, plannedWaves, templateOfStep } from '../../shared/deploy/plannedStep';
import { removalStep } from '../../shared/deploy/removed';
import { parameterNamesOf } from '../../shared/deploy/schedule';
import type { TemplateBody } from '../openstack/heatTypes';
import { DisposableStore } from './disposables';
import { DeployEventBus } from './eventBus';
import { discoverRemoved } from './removed';
import { discoverStacks, readSourceOutputs, RunContext } from './runContext';
import type { DeployInput, UpdatePreview } from './types';

export type PreviewInput = Omit<DeployInput, 'confirm'>;

export interface DeployPreview {
  /**
   * The waves as the deploy would announce them (create or update, from what exists now), then one
   * of `delete` steps: the stacks of lanes removed from the design (deleted only when confirmed).
   */
  waves: PlannedStep[][];
  /** One preview per planned stack. */
  previews: UpdatePreview[];
}

/** What a deploy of `input` would do, read from the clouds; nothing is created, no journal written. */
export async function previewDeploy(input: PreviewInput): Promise<DeployPreview> {
  const store = new DisposableStore();
  const signal = input.signal ?? new AbortController().signal;
  const ctx = new RunContext(input, new DeployEventBus(), store, signal);
  try {
    await discoverStacks(ctx);
    const removed = await discoverRemoved(ctx);
    const previews = await computePreviews(ctx);
    const { compiled } = input;
    const waves = plannedWaves(compiled, compiled.plan.waves, (step) =>
      deployActionOf(step, ctx.existing.has(step.lane)),
    );
    if (removed.length > 0) waves.push(removed.map(removalStep));
    return { waves, previews };
  } finally {
    store.dispose();
  }
}

/** One preview per planned stack, then a `delete` for each removed lane's stack the run found. */
export async function computePreviews(ctx: RunContext<PreviewInput>): Promise<UpdatePreview[]> {
  const previews = await planPreviews(ctx);
  for (const lane of ctx.removed.keys()) previews.push({ ...ctx.ref(lane), action: 'delete' });
  return previews;
}

async function planPreviews(ctx: RunContext<PreviewInput>): Promise<UpdatePreview[]> {
  const { input } = ctx;
  const { plan } = input.compiled;
  const outputs: Record<string, Record<string, unknown>> = {};
  const previews: UpdatePreview[] = [];
  for (const planned of plan.stacks) {
    const ref = ctx.ref(planned.lane);
    const step: PlanStep = { lane: planned.lane, stack: planned.stack, pass: planned.passes };
    const template = templateOfStep(input.compiled, step) as HotTemplate;
    const existing = ctx.existing.get(planned.lane);
    const resources = Object.keys((template['resources'] ?? {}) as Record<string, unknown>);
    if (existing === undefined) {
      previews.push({ ...ref, action: 'create', resources });
      continue;
    }
    if (input.preview !== true) {
      previews.push({ ...ref, action: 'update' });
      continue;
    }
    try {
      const heat = await ctx.heat(planned.lane);
      const inputs = plan.inputs.filter(
        (x) => x.lane === planned.lane && parameterNamesOf(template).includes(x.parameter),
      );
      await readSourceOutputs(ctx, inputs, outputs);
      const { parameters, missing } = parametersForStep(
        plan,
        step,
        template,
        outputs,
        input.parameters,
      );
      if (missing.length > 0) {
        previews.push({
          ...ref,
          action: 'update',
          note: `no preview: ${missing.map((m) => `${m.fromLane}.${m.output}`).join(', ')} not available before the deploy`,
        });
        continue;
      }
      const changes = await heat.previewUpdate(
        { name: existing.stack_name, id: existing.id },
        {
          template: template as TemplateBody,
          parameters,
          environment: input.environment,
          files: input.files,
        },
        ctx.signal,
      );
      previews.push({ ...ref, action: 'update', changes });
    } catch (e) {
      previews.push({ ...ref, action: 'update', note: `no preview: ${(e as Error).message}` });
    }
  }
  return previews;
}
