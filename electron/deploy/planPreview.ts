/**
 * What Deploy will do, shown in the app's confirmation: the waves, which stacks exist (update) or
 * not (create), and Heat's update preview of each existing stack (`previewDeploy`: nothing is
 * created, no journal is written), in the shape of the IPC contract's `deploy.plan`.
 */
import type { DeployPlan, StackChanges, StackPlan } from '../../shared/ipc/channels/deploy';
import type { Diagnostic } from '../../shared/util/diagnostics';
import type { HeatResourceChanges } from '../openstack/heatTypes';
import { previewDeploy, type PreviewInput } from './preview';
import type { UpdatePreview } from './types';

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
    lane: p.lane,
    regionName: p.regionName,
    stack: p.stack,
    action: p.action,
    ...(p.resources !== undefined ? { resources: [...p.resources].sort() } : {}),
    ...(p.changes !== undefined ? { changes: changesOf(p.changes) } : {}),
    ...(p.note !== undefined ? { note: p.note } : {}),
  };
}

export interface PlanInput extends PreviewInput {
  /** The design's own problems, passed through to the plan. */
  diagnostics: Diagnostic[];
}

export async function planDeploy(input: PlanInput): Promise<DeployPlan> {
  const { diagnostics, ...preview } = input;
  const { waves, previews } = await previewDeploy({ ...preview, preview: true });
  return {
    design: input.design,
    cloud: input.cloud,
    waves,
    stacks: previews.map(stackPlanOf),
    diagnostics,
  };
}
