/**
 * Destroy: delete the design's stacks in reverse wave order, waiting for each DELETE_COMPLETE.
 * Also the rollback of a failed deploy (`only`: the stacks that deploy created, by id).
 */
import type { PlanStep } from '../../shared/compile/types';
import type { DeployListener, StackRef } from '../../shared/deploy/events';
import { plannedWaves } from '../../shared/deploy/plannedStep';
import { destroyWaves } from '../../shared/deploy/schedule';
import { isOpenStackError } from '../openstack/errors';
import { delay } from '../openstack/retry';
import { DisposableStore } from './disposables';
import { DeployEventBus } from './eventBus';
import { failedResourcesOf, reportCallFailure, reportFailure } from './failure';
import { followStack } from './follow';
import { JournalFile } from './journalFile';
import { discoverStacks, newDeployId, nowIso, recordBegin, RunContext } from './runContext';
import { acquireRunLock, type RunLock } from './runLock';
import type { RunInput, RunResult, StackFailure } from './types';

export interface DestroyInput extends RunInput {
  /** Delete only these lanes, and only if the stack found has this id (a rollback). */
  only?: Record<string, string>;
}

/** How many times a stack whose delete ends DELETE_FAILED is deleted in all (Heat allows deleting it again). */
const DELETE_ATTEMPTS = 3;
/** The pause before deleting again: a failed delete is often a service that was briefly unreachable. */
const DELETE_RETRY_DELAY_MS = 3_000;

type HeatOf = Awaited<ReturnType<RunContext['heat']>>;
type StackIdentity = { name: string; id: string };

/** Delete one lane's stack (the one found), followed to DELETE_COMPLETE, deleted again if it fails; journaled. */
export async function deleteOne(ctx: RunContext, lane: string): Promise<StackFailure | undefined> {
  const ref = ctx.ref(lane);
  const existing = ctx.existing.get(lane);
  if (existing === undefined) {
    emitDeleted(ctx, lane, '', 0);
    return undefined;
  }
  const started = Date.now();
  const id = { name: ref.stack, id: existing.id };
  try {
    const heat = await ctx.heat(lane);
    let result = await deleteAndFollow(ctx, heat, lane, id);
    for (
      let attempt = 2;
      result.status === 'DELETE_FAILED' && attempt <= DELETE_ATTEMPTS;
      attempt++
    ) {
      announceRetry(ctx, lane, result.reason, attempt);
      await delay(DELETE_RETRY_DELAY_MS, ctx.signal);
      result = await deleteAndFollow(ctx, heat, lane, id);
    }
    if (result.status !== 'DELETE_COMPLETE') {
      const resources = await heat.resources(id, { signal: ctx.signal }).catch(() => []);
      const failed = failedResourcesOf(resources);
      return reportFailure(ctx, lane, 1, 'delete', result.status, result.reason, failed);
    }
    emitDeleted(ctx, lane, existing.id, Date.now() - started);
    return undefined;
  } catch (e) {
    if (ctx.signal.aborted) throw e;
    return reportCallFailure(ctx, lane, 1, 'delete', e);
  }
}

/** One delete call, journaled from intent to settled state, followed until Heat settles. */
async function deleteAndFollow(
  ctx: RunContext,
  heat: HeatOf,
  lane: string,
  id: StackIdentity,
): Promise<{ status: string; reason: string }> {
  const [last] = await heat.events(id, { sortDir: 'desc', limit: 1, signal: ctx.signal });
  const step = { op: 'delete' as const, lane, stack: id.name, pass: 1 };
  await ctx.record({ t: 'intent', time: nowIso(), ...step });
  ctx.emit({ kind: 'stack-action', time: nowIso(), ...stepOf(step), stackId: id.id });
  await heat.deleteStack(id, ctx.signal);
  await ctx.record({ t: 'accepted', time: nowIso(), ...step, stackId: id.id, adopted: false });
  const result = await followStack({
    heat,
    lane,
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
    ...step,
    stackId: id.id,
    status: result.status,
  });
  return result;
}

function stepOf(step: { lane: string; stack: string; pass: number }) {
  return { lane: step.lane, stack: step.stack, action: 'delete' as const, pass: step.pass };
}

/** A failed delete that will be tried again: shown as a retried error with Heat's reason. */
function announceRetry(ctx: RunContext, lane: string, reason: string, attempt: number): void {
  ctx.emit({
    kind: 'error',
    time: nowIso(),
    lane,
    stack: ctx.ref(lane).stack,
    code: 'E_SERVER',
    message: `delete failed (${reason}); deleting again, attempt ${attempt} of ${DELETE_ATTEMPTS}`,
    transient: true,
  });
}

function emitDeleted(ctx: RunContext, lane: string, stackId: string, elapsedMs: number): void {
  ctx.emit({
    kind: 'stack-settled',
    time: nowIso(),
    ...stepOf({ lane, stack: ctx.ref(lane).stack, pass: 1 }),
    stackId,
    status: 'DELETE_COMPLETE',
    elapsedMs,
  });
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
    keepOnly(ctx);
    ctx.journal = await JournalFile.open(path);
    await recordBegin(ctx, deployId, 'destroy');
    const waves = removalWaves(input);
    ctx.emit({
      kind: 'plan-started',
      time: nowIso(),
      operation: 'destroy',
      deployId,
      design: input.design,
      cloud: input.cloud,
      waves: plannedWaves(input.compiled, waves, () => 'delete'),
      resumed: false,
    });
    const { failed, aborted } = await deleteWaves(ctx, waves);
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
      failed: failed.map(({ lane, regionName, stack }) => ({ lane, regionName, stack })),
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

/** A rollback (`only`) forgets every stack found that is not the very one the deploy created. */
function keepOnly(ctx: RunContext<DestroyInput>): void {
  const { only } = ctx.input;
  if (only === undefined) return;
  for (const lane of [...ctx.existing.keys()])
    if (only[lane] === undefined || only[lane] !== ctx.existing.get(lane)?.id)
      ctx.existing.delete(lane);
}

/** Destroy order (reversed waves), restricted to the lanes of a rollback. */
function removalWaves(input: DestroyInput): PlanStep[][] {
  const { only } = input;
  return destroyWaves(input.compiled.plan)
    .map((w) => w.filter((s) => only === undefined || only[s.lane] !== undefined))
    .filter((w) => w.length > 0);
}

/** Delete wave by wave, the stacks of a wave in parallel; stops following on abort. */
async function deleteWaves(
  ctx: RunContext<DestroyInput>,
  waves: PlanStep[][],
): Promise<{ failed: StackFailure[]; aborted: boolean }> {
  const failed: StackFailure[] = [];
  try {
    for (const [w, wave] of waves.entries()) {
      const ws = Date.now();
      ctx.emit({
        kind: 'wave-started',
        time: nowIso(),
        wave: w,
        steps: wave.map((s) => ctx.ref(s.lane)),
      });
      const results = await Promise.all(wave.map((s) => deleteOne(ctx, s.lane)));
      for (const r of results) if (r !== undefined) failed.push(r);
      ctx.stepsFinished(wave.length);
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
    return { failed, aborted: true };
  }
  return { failed, aborted: false };
}
