/**
 * What a deploy would do, before it does it: `create` with the template's resources for new stacks,
 * Heat's update preview (PUT .../preview) for existing ones. Inputs from other lanes come from
 * those lanes' existing stacks; when a source stack does not exist yet, the preview says so.
 */
import { outputsOf } from '../openstack/heat';
import { parametersForStep } from '../../shared/deploy/parameters';
import { parameterNamesOf, templateOfStep } from '../../shared/deploy/schedule';
import type { PlanStep } from '../../shared/compile/types';
import type { HotTemplate } from '../../shared/compile/types';
import type { TemplateBody } from '../openstack/heatTypes';
import type { RunContext } from './runContext';
import type { DeployInput, UpdatePreview } from './types';

export async function computePreviews(
  ctx: RunContext,
  input: DeployInput & { preview?: boolean },
): Promise<UpdatePreview[]> {
  const { plan } = input.compiled;
  const outputs: Record<string, Record<string, unknown>> = {};
  const previews: UpdatePreview[] = [];
  for (const planned of plan.stacks) {
    const ref = ctx.ref(planned.region);
    const step: PlanStep = { region: planned.region, stack: planned.stack, pass: planned.passes };
    const template = templateOfStep(input.compiled, plan, step) as HotTemplate;
    const existing = ctx.existing.get(planned.region);
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
      const heat = await ctx.heat(planned.region);
      for (const i of plan.inputs.filter(
        (x) => x.region === planned.region && parameterNamesOf(template).includes(x.parameter),
      )) {
        if (outputs[i.fromRegion] !== undefined) continue;
        const src = ctx.existing.get(i.fromRegion);
        if (src === undefined) continue;
        const srcHeat = await ctx.heat(i.fromRegion);
        const s = await srcHeat.getStack({ name: src.stack_name, id: src.id }, ctx.signal);
        if (s !== undefined) outputs[i.fromRegion] = outputsOf(s);
      }
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
          note: `no preview: ${missing.map((m) => `${m.fromRegion}.${m.output}`).join(', ')} not available before the deploy`,
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
