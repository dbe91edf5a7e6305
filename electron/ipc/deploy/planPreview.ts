/**
 * What Deploy will do, shown in the confirmation: the waves, which stacks exist (update) or not
 * (create), and Heat's update preview of each existing stack. Uses the deployer's own preview step
 * (a DeployRun whose confirmation declines: nothing is created, no journal is written).
 */
import type { PlannedStep } from '../../../shared/deploy/events';
import { resourceCountOf, templateOfStep } from '../../../shared/deploy/schedule';
import type { DeployPlan, StackChanges, StackPlan } from '../../../shared/ipc/channels/deploy';
import { DeployRun, type UpdatePreview } from '../../deploy/index';
import type { HeatResourceChanges } from '../../openstack/heatTypes';
import type { ClientPool } from '../../deploy/clientPool';
import type { CompiledDesign } from './designInput';

function namesOf(list: readonly unknown[] | undefined): string[] {
  return (list ?? [])
    .map((r) =>
      typeof r === 'string'
        ? r
        : typeof r === 'object' && r !== null
          ? String((r as { resource_name?: unknown }).resource_name ?? '')
          : '',
    )
    .filter((n) => n !== '')
    .sort();
}

export function changesOf(c: HeatResourceChanges): StackChanges {
  return {
    added: namesOf(c.added),
    deleted: namesOf(c.deleted),
    replaced: namesOf(c.replaced),
    updated: namesOf(c.updated),
    unchanged: namesOf(c.unchanged),
  };
}

function stackPlanOf(p: UpdatePreview): StackPlan {
  return {
    region: p.region,
    regionName: p.regionName,
    stack: p.stack,
    action: p.action,
    ...(p.resources !== undefined ? { resources: [...p.resources].sort() } : {}),
    ...(p.changes !== undefined ? { changes: changesOf(p.changes) } : {}),
    ...(p.note !== undefined ? { note: p.note } : {}),
  };
}

export interface PlanInput {
  design: CompiledDesign;
  cloud: string;
  clients: ClientPool;
  journalDir: string;
  parameters?: Record<string, string>;
}

export async function planDeploy(input: PlanInput): Promise<DeployPlan> {
  const { compiled } = input.design;
  let previews: UpdatePreview[] = [];
  const run = new DeployRun({
    design: input.design.design.name,
    compiled,
    cloud: input.cloud,
    clients: input.clients,
    journalDir: input.journalDir,
    parameters: input.parameters,
    preview: true,
    confirm: async (p) => {
      previews = p;
      return false;
    },
  });
  await run.run();
  const byRegion = new Map(previews.map((p) => [p.region, p]));
  const waves: PlannedStep[][] = compiled.plan.waves.map((wave) =>
    wave.map((step) => {
      const planned = compiled.plan.stacks.find((s) => s.region === step.region)!;
      const exists = byRegion.get(step.region)?.action === 'update' || step.pass > 1;
      return {
        region: step.region,
        regionName: planned.regionName,
        stack: planned.stack,
        pass: step.pass,
        passes: planned.passes,
        action: exists ? 'update' : 'create',
        resources: resourceCountOf(templateOfStep(compiled, compiled.plan, step)),
      };
    }),
  );
  return {
    design: input.design.design.name,
    cloud: input.cloud,
    waves,
    stacks: previews.map(stackPlanOf),
    diagnostics: input.design.diagnostics,
  };
}
