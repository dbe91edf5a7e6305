/**
 * Destroy: delete the design's stacks in reverse wave order, waiting for each DELETE_COMPLETE.
 * Also the rollback of a failed deploy (`only`: the stacks that deploy created, by id).
 */
import type { DeployListener, StackRef } from '../../shared/deploy/events';
import { plannedWaves } from '../../shared/deploy/plannedStep';
import { destroyWaves } from '../../shared/deploy/schedule';
import { JOURNAL_VERSION } from '../../shared/deploy/journal';
import { isOpenStackError } from '../openstack/errors';
import { DisposableStore } from './disposables';
import { DeployEventBus } from './eventBus';
import { failedResourcesOf, reportCallFailure, reportFailure } from './failure';
import { followStack } from './follow';
import { JournalFile } from './journalFile';
import { discoverStacks, newDeployId, nowIso, RunContext } from './runContext';
import { acquireRunLock, type RunLock } from './runLock';
import type { RunInput, RunResult, StackFailure } from './types';

export interface DestroyInput extends RunInput {
  /** Delete only these lanes, and only if the stack found has this id (a rollback). */
  only?: Record<string, string>;
}

async function deleteOne(ctx: RunContext, region: string): Promise<StackFailure | undefined> {
  const ref = ctx.ref(region);
  const existing = ctx.existing.get(region);
  if (existing === undefined) {
    ctx.emit({
      kind: 'stack-settled',
      time: nowIso(),
      region,
      stack: ref.stack,
      action: 'delete',
      pass: 1,
      stackId: '',
      status: 'DELETE_COMPLETE',
      elapsedMs: 0,
    });
    return undefined;
  }
  const started = Date.now();
  const id = { name: ref.stack, id: existing.id };
  try {
    const heat = await ctx.heat(region);
    const [last] = await heat.events(id, { sortDir: 'desc', limit: 1, signal: ctx.signal });
    await ctx.record({
      t: 'intent',
      time: nowIso(),
      op: 'delete',
      region,
      stack: ref.stack,
      pass: 1,
    });
    ctx.emit({
      kind: 'stack-action',
      time: nowIso(),
      region,
      stack: ref.stack,
      action: 'delete',
      pass: 1,
      stackId: existing.id,
    });
    await heat.deleteStack(id, ctx.signal);
    await ctx.record({
      t: 'accepted',
      time: nowIso(),
      op: 'delete',
      region,
      stack: ref.stack,
      pass: 1,
      stackId: existing.id,
      adopted: false,
    });
    const result = await followStack({
      heat,
      region,
      identity: id,
      action: 'DELETE',
      marker: last?.id,
      emit: ctx.emit,
      store: ctx.store,
      signal: ctx.signal,
      intervalMs: ctx.input.pollIntervalMs,
    });
    await ctx.record({
      t: 'settled',
      time: nowIso(),
      op: 'delete',
      region,
      stack: ref.stack,
      pass: 1,
      stackId: existing.id,
      status: result.status,
    });
    if (result.status !== 'DELETE_COMPLETE') {
      const resources = await heat.resources(id, { signal: ctx.signal }).catch(() => []);
      return reportFailure(
        ctx,
        region,
        1,
        'delete',
        result.status,
        result.reason,
        failedResourcesOf(resources),
      );
    }
    ctx.emit({
      kind: 'stack-settled',
      time: nowIso(),
      region,
      stack: ref.stack,
      action: 'delete',
      pass: 1,
      stackId: existing.id,
      status: result.status,
      elapsedMs: Date.now() - started,
    });
    return undefined;
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    return reportCallFailure(ctx, region, 1, 'delete', e);
  }
}

export async function destroy(input: DestroyInput, listener?: DeployListener): Promise<RunResult> {
  const bus = new DeployEventBus();
  const off = listener === undefined ? undefined : bus.subscribe(listener);
  const controller = new AbortController();
  const onAbort = (): void => controller.abort();
  input.signal?.addEventListener('abort', onAbort, { once: true });
  const store = new DisposableStore();
  const ctx = new RunContext(input, bus, store, controller.signal);
  const t0 = Date.now();
  const deployId = newDeployId();
  const path = JournalFile.newPath(input.journalDir, 'destroy', deployId);
  let lock: RunLock | undefined;
  try {
    lock = await acquireRunLock(input.journalDir, input.design, input.cloud, 'destroy');
    await discoverStacks(ctx);
    if (input.only !== undefined) {
      for (const region of [...ctx.existing.keys()])
        if (input.only[region] === undefined || input.only[region] !== ctx.existing.get(region)?.id)
          ctx.existing.delete(region);
    }
    ctx.journal = await JournalFile.open(path);
    const { plan } = input.compiled;
    await ctx.record({
      t: 'begin',
      v: JOURNAL_VERSION,
      time: nowIso(),
      deployId,
      operation: 'destroy',
      design: input.design,
      cloud: input.cloud,
      stacks: plan.stacks.map((s) => ({
        region: s.region,
        regionName: s.regionName,
        stack: s.stack,
        cloud: s.cloud ?? input.cloud,
      })),
    });
    const waves = destroyWaves(plan)
      .map((w) => w.filter((s) => input.only === undefined || input.only[s.region] !== undefined))
      .filter((w) => w.length > 0);
    const planned = plannedWaves(input.compiled, waves, () => 'delete');
    ctx.emit({
      kind: 'plan-started',
      time: nowIso(),
      operation: 'destroy',
      deployId,
      design: input.design,
      cloud: input.cloud,
      waves: planned,
      resumed: false,
    });
    const failed: StackFailure[] = [];
    let aborted = false;
    try {
      for (const [w, wave] of waves.entries()) {
        const ws = Date.now();
        ctx.emit({
          kind: 'wave-started',
          time: nowIso(),
          wave: w,
          steps: wave.map((s) => ctx.ref(s.region)),
        });
        const results = await Promise.all(wave.map((s) => deleteOne(ctx, s.region)));
        for (const r of results) if (r !== undefined) failed.push(r);
        ctx.stepsDone += wave.length;
        ctx.emit({
          kind: 'wave-finished',
          time: nowIso(),
          wave: w,
          outcome: results.some((r) => r !== undefined) ? 'failed' : 'succeeded',
          elapsedMs: Date.now() - ws,
        });
      }
    } catch (e) {
      if (!ctx.signal.aborted && !isOpenStackError(e, 'E_ABORTED')) throw e;
      aborted = true;
    }
    const outcome = aborted ? 'aborted' : failed.length > 0 ? 'failed' : 'succeeded';
    if (!aborted) await ctx.record({ t: 'end', time: nowIso(), outcome });
    const skipped: StackRef[] = [];
    const elapsedMs = Date.now() - t0;
    ctx.emit({
      kind: 'deploy-finished',
      time: nowIso(),
      operation: 'destroy',
      outcome,
      elapsedMs,
      failed: failed.map(({ region, regionName, stack }) => ({ region, regionName, stack })),
      skipped,
    });
    return { outcome, deployId, journalPath: path, elapsedMs, failed, skipped };
  } finally {
    input.signal?.removeEventListener('abort', onAbort);
    store.dispose();
    await ctx.journal?.close();
    await lock?.release();
    off?.();
  }
}
