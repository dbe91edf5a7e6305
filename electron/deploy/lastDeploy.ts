/**
 * What a rollback deletes, read back from the journals (so it also works after the app or the CLI
 * restarted): the stacks the newest deploy of a design on a cloud created, less those a later
 * destroy or rollback already deleted.
 */
import type { KnownStack } from '../../shared/deploy/drift';
import type { JournalState } from '../../shared/deploy/journal';
import { listJournals, readJournal } from './journalFile';
import type { CreatedStack } from './types';

function deletedIds(state: JournalState): string[] {
  return Object.values(state.stacks)
    .filter((s) => s.deleted && s.stackId !== undefined)
    .map((s) => s.stackId!);
}

/** The stacks (lane, name, id) the newest deploy of `design` on `cloud` created and nothing deleted since. */
export async function createdByLastDeploy(
  journalDir: string,
  design: string,
  cloud: string,
): Promise<CreatedStack[]> {
  const deletedLater = new Set<string>();
  for (const path of await listJournals(journalDir)) {
    const state = await readJournal(path);
    if (state.design !== design || state.cloud !== cloud) continue;
    if (state.operation === 'destroy') for (const id of deletedIds(state)) deletedLater.add(id);
    if (state.operation !== 'deploy') continue;
    return Object.values(state.stacks)
      .filter((s) => s.createdHere && !s.deleted && s.stackId !== undefined)
      .filter((s) => !deletedLater.has(s.stackId!))
      .map((s) => ({
        lane: s.lane,
        regionName: state.entries[s.lane]?.regionName ?? '',
        stack: s.stack,
        stackId: s.stackId!,
        cloud: state.entries[s.lane]?.cloud ?? cloud,
      }));
  }
  return [];
}

/**
 * What the journals say of each lane's stack of `design` on `cloud` (newest journal first; the first
 * one that knows a lane wins): the stack id and updated time its last deploy left, or deleted.
 */
export async function knownStacks(
  journalDir: string,
  design: string,
  cloud: string,
): Promise<Map<string, KnownStack>> {
  const known = new Map<string, KnownStack>();
  for (const path of await listJournals(journalDir)) {
    const state = await readJournal(path);
    if (state.design !== design || state.cloud !== cloud) continue;
    for (const s of Object.values(state.stacks)) {
      if (known.has(s.lane) || s.stackId === undefined) continue;
      if (s.deleted) known.set(s.lane, { stackId: s.stackId, deleted: true });
      else if (s.lastStatus !== undefined)
        known.set(s.lane, {
          stackId: s.stackId,
          deleted: false,
          ...(s.lastUpdatedTime !== undefined ? { updatedTime: s.lastUpdatedTime } : {}),
        });
    }
  }
  return known;
}
