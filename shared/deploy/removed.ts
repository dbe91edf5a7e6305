/**
 * Stacks of lanes removed from the design, pure: what earlier deploys of this design on this cloud
 * created (from their journals) and nothing deleted since, whose lane the compiled plan no longer has.
 * The shell confirms that each still exists in Heat before listing it "to delete".
 */
import type { PlannedStack } from '../compile/types';
import type { JournalState } from './journal';
import type { PlannedStep } from './plannedStep';

export interface RemovedStack {
  /** The lane id it was deployed for (no longer in the design). */
  lane: string;
  /** OpenStack region name. */
  regionName: string;
  stack: string;
  stackId: string;
  cloud: string;
}

function createdAndDeleted(journals: readonly JournalState[]): {
  created: Map<string, RemovedStack>;
  deleted: Set<string>;
} {
  const created = new Map<string, RemovedStack>();
  const deleted = new Set<string>();
  for (const state of journals) {
    for (const s of Object.values(state.stacks)) {
      if (s.stackId === undefined) continue;
      if (s.deleted) deleted.add(s.stackId);
      else if (s.createdHere && state.operation === 'deploy' && !created.has(s.stackId)) {
        const entry = state.entries[s.lane];
        if (entry === undefined) continue;
        created.set(s.stackId, {
          lane: s.lane,
          regionName: entry.regionName,
          stack: s.stack,
          stackId: s.stackId,
          cloud: entry.cloud,
        });
      }
    }
  }
  return { created, deleted };
}

/**
 * The stacks (lane, region name, name, id) that deploys journaled in `journals` (all of one design on
 * one cloud) created, that no journal records as deleted, and whose lane is not in `stacks` (the
 * compiled plan's). A stack with the name and region of a planned stack is never listed: a renamed
 * lane that kept its stack name deploys onto it.
 */
export function removedStacks(
  journals: readonly JournalState[],
  stacks: readonly Pick<PlannedStack, 'lane' | 'regionName' | 'stack'>[],
): RemovedStack[] {
  const lanes = new Set(stacks.map((s) => s.lane));
  const names = new Set(stacks.map((s) => `${s.regionName}\n${s.stack}`));
  const { created, deleted } = createdAndDeleted(journals);
  return [...created.values()]
    .filter((s) => !deleted.has(s.stackId))
    .filter((s) => !lanes.has(s.lane) && !names.has(`${s.regionName}\n${s.stack}`))
    .sort((a, b) => a.stack.localeCompare(b.stack) || a.stackId.localeCompare(b.stackId));
}

/** The confirmation's step for a removed stack: one delete, after the design's waves. */
export function removalStep(s: RemovedStack): PlannedStep {
  return {
    lane: s.lane,
    regionName: s.regionName,
    stack: s.stack,
    pass: 1,
    passes: 1,
    action: 'delete',
    resources: 0,
  };
}
