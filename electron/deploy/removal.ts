/**
 * The last wave of a deploy: delete the stacks of lanes removed from the design, only when the
 * caller opted in (`deleteRemoved`, or the confirmation's answer) and the design's own waves all succeeded; else leave them and
 * say so. Each delete is journaled and followed to DELETE_COMPLETE as in a destroy.
 */
import type { StackRef } from '../../shared/deploy/events';
import { isOpenStackError } from '../openstack/errors';
import { deleteOne } from './destroy';
import { nowIso, type RunContext } from './runContext';
import type { DeployInput, StackFailure } from './types';

export interface RemovalOutcome {
  deleted: StackRef[];
  left: StackRef[];
  failed: StackFailure[];
  aborted: boolean;
}

/** What the design's waves left (see deployer.ts). */
interface WavesResult {
  failed: readonly unknown[];
  skipped: readonly unknown[];
  aborted: boolean;
}

export async function deleteRemovedStacks(
  ctx: RunContext<DeployInput>,
  waves: WavesResult,
  deleteRemoved: boolean,
): Promise<RemovalOutcome> {
  const refs = [...ctx.removed.keys()].map((lane) => ctx.ref(lane));
  const outcome: RemovalOutcome = { deleted: [], left: [], failed: [], aborted: false };
  if (refs.length === 0) return outcome;
  const wavesOk = !waves.aborted && waves.failed.length === 0 && waves.skipped.length === 0;
  if (!deleteRemoved || !wavesOk) return { ...outcome, left: refs };
  const w = ctx.input.compiled.plan.waves.length;
  const t0 = Date.now();
  ctx.emit({ kind: 'wave-started', time: nowIso(), wave: w, steps: refs });
  try {
    const results = await Promise.all(refs.map((r) => deleteOne(ctx, r.lane)));
    results.forEach((failure, i) => {
      if (failure === undefined) outcome.deleted.push(refs[i]!);
      else outcome.failed.push(failure);
    });
  } catch (e) {
    if (!ctx.signal.aborted && !isOpenStackError(e, 'E_ABORTED')) throw e;
    return { ...outcome, aborted: true };
  }
  ctx.stepsFinished(refs.length);
  ctx.emit({
    kind: 'wave-finished',
    time: nowIso(),
    wave: w,
    outcome: outcome.failed.length > 0 ? 'failed' : 'succeeded',
    elapsedMs: Date.now() - t0,
  });
  return outcome;
}
