/** Status: what exists of a design in each region (stacks, their resources and outputs). */
import type { DeployListener } from '../../shared/deploy/events';
import { lastPasses, plannedWaves } from '../../shared/deploy/plannedStep';
import { outputsOf } from '../openstack/heat';
import { DisposableStore } from './disposables';
import { DeployEventBus } from './eventBus';
import { discoverStacks, newDeployId, nowIso, RunContext } from './runContext';
import type { RunInput } from './types';
import { driftOf, type Drift } from '../../shared/deploy/drift';
import type { HeatStack } from '../openstack/heatTypes';
import { knownStacks } from './lastDeploy';
import type { StackRef } from '../../shared/deploy/events';

export interface StackStatusReport extends StackRef {
  exists: boolean;
  stackId?: string;
  status?: string;
  reason?: string;
  creationTime?: string;
  updatedTime?: string;
  outputs?: Record<string, unknown>;
  resources: { name: string; type: string; status: string; reason: string }[];
  /** Changed or deleted outside Isotherm since its last deploy (from the journals). */
  drift?: Drift;
}

export async function readStatus(
  input: RunInput,
  listener?: DeployListener,
): Promise<StackStatusReport[]> {
  const bus = new DeployEventBus();
  const off = listener === undefined ? undefined : bus.subscribe(listener);
  const store = new DisposableStore();
  const ctx = new RunContext(input, bus, store, input.signal ?? new AbortController().signal);
  const t0 = Date.now();
  try {
    await discoverStacks(ctx);
    const known = await knownStacks(input.journalDir, input.design, input.cloud);
    const withDrift = (report: StackStatusReport, found?: HeatStack): StackStatusReport => {
      const drift = driftOf(known.get(report.lane), found);
      return drift === undefined ? report : { ...report, drift };
    };
    const { plan } = input.compiled;
    const waves = plannedWaves(input.compiled, [lastPasses(input.compiled)], (s) =>
      ctx.existing.has(s.lane) ? 'update' : 'create',
    );
    ctx.emit({
      kind: 'plan-started',
      time: nowIso(),
      operation: 'status',
      deployId: newDeployId(),
      design: input.design,
      cloud: input.cloud,
      waves,
      resumed: false,
    });
    const reports = await Promise.all(
      plan.stacks.map(async (s): Promise<StackStatusReport> => {
        const ref = ctx.ref(s.lane);
        const found = ctx.existing.get(s.lane);
        if (found === undefined) return withDrift({ ...ref, exists: false, resources: [] });
        const heat = await ctx.heat(s.lane);
        const id = { name: s.stack, id: found.id };
        const [stack, resources] = await Promise.all([
          heat.getStack(id, ctx.signal),
          heat.resources(id, { signal: ctx.signal }),
        ]);
        if (stack === undefined) return withDrift({ ...ref, exists: false, resources: [] });
        ctx.emit({
          kind: 'stack-status',
          time: nowIso(),
          lane: s.lane,
          stack: s.stack,
          stackId: stack.id,
          status: stack.stack_status,
          reason: stack.stack_status_reason ?? '',
          creationTime: stack.creation_time ?? undefined,
          updatedTime: stack.updated_time ?? undefined,
        });
        for (const r of resources)
          ctx.emit({
            kind: 'resource-status',
            time: nowIso(),
            lane: s.lane,
            stack: s.stack,
            resource: r.resource_name,
            type: r.resource_type,
            status: r.resource_status,
            reason: r.resource_status_reason ?? '',
            physicalId: r.physical_resource_id || undefined,
          });
        const outputs = outputsOf(stack);
        ctx.emit({ kind: 'outputs', time: nowIso(), lane: s.lane, stack: s.stack, outputs });
        return withDrift(
          {
            ...ref,
            exists: true,
            stackId: stack.id,
            status: stack.stack_status,
            reason: stack.stack_status_reason,
            creationTime: stack.creation_time ?? undefined,
            updatedTime: stack.updated_time ?? undefined,
            outputs,
            resources: resources.map((r) => ({
              name: r.resource_name,
              type: r.resource_type,
              status: r.resource_status,
              reason: r.resource_status_reason ?? '',
            })),
          },
          stack,
        );
      }),
    );
    ctx.emit({
      kind: 'deploy-finished',
      time: nowIso(),
      operation: 'status',
      outcome: 'succeeded',
      elapsedMs: Date.now() - t0,
      failed: [],
      skipped: [],
    });
    return reports;
  } finally {
    store.dispose();
    off?.();
  }
}
