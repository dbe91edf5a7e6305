/**
 * Stacks of lanes removed from the design (see shared/deploy/removed.ts): found from the journals,
 * confirmed by a GET in Heat (a stack deleted outside Isotherm is not listed), deleted by a deploy
 * only when its caller opted in.
 */
import { removedStacks, type RemovedStack } from '../../shared/deploy/removed';
import type { JournalState } from '../../shared/deploy/journal';
import { listJournals, readJournal } from './journalFile';
import type { RunContext } from './runContext';

async function journalsOf(dir: string, design: string, cloud: string): Promise<JournalState[]> {
  const states: JournalState[] = [];
  for (const path of await listJournals(dir)) {
    const state = await readJournal(path);
    if (state.design === design && state.cloud === cloud) states.push(state);
  }
  return states;
}

/**
 * The removed lanes' stacks that still exist in Heat (one that cannot be read is not listed); each
 * is also put in `ctx.existing` and `ctx.removed` so a run can refer to it by its (former) lane id.
 */
export async function discoverRemoved(ctx: RunContext): Promise<RemovedStack[]> {
  const { journalDir, design, cloud, compiled } = ctx.input;
  const candidates = removedStacks(
    await journalsOf(journalDir, design, cloud),
    compiled.plan.stacks,
  );
  const found = await Promise.all(
    candidates.map(async (s) => {
      try {
        const heat = await ctx.input.clients.heat(s.cloud, s.regionName);
        const stack = await heat.getStack({ name: s.stack, id: s.stackId }, ctx.signal, {
          resolveOutputs: false,
        });
        return stack === undefined || stack.stack_status === 'DELETE_COMPLETE' ? undefined : stack;
      } catch (e) {
        // a region the cloud no longer offers must not block the design's own deploy: not listed
        if (ctx.signal.aborted) throw e;
        return undefined;
      }
    }),
  );
  const live: RemovedStack[] = [];
  candidates.forEach((s, i) => {
    const stack = found[i];
    if (stack === undefined) return;
    live.push(s);
    ctx.removed.set(s.lane, s);
    ctx.existing.set(s.lane, stack);
  });
  return live;
}
