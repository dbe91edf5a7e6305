import { describe, expect, it } from 'vitest';
import { replayJournal, type JournalRecord } from './journal';
import { removalStep, removedStacks } from './removed';

const time = '2026-01-01T10:00:00Z';
const entry = (lane: string, regionName: string, stack: string) => ({
  lane,
  regionName,
  stack,
  cloud: 'dev',
});

/** A journal of one run: `begin` naming `lanes`, then the given stack records. */
function journal(
  operation: 'deploy' | 'destroy',
  lanes: ReturnType<typeof entry>[],
  records: JournalRecord[],
) {
  return replayJournal([
    {
      t: 'begin',
      v: 1,
      time,
      deployId: 'd',
      operation,
      design: 'app',
      cloud: 'dev',
      stacks: lanes,
    },
    ...records,
    { t: 'end', time, outcome: 'succeeded' },
  ]);
}

const created = (lane: string, stack: string, stackId: string): JournalRecord[] => [
  { t: 'intent', time, op: 'create', lane, stack, pass: 1 },
  { t: 'accepted', time, op: 'create', lane, stack, pass: 1, stackId, adopted: false },
  { t: 'settled', time, op: 'create', lane, stack, pass: 1, stackId, status: 'CREATE_COMPLETE' },
];
const deleted = (lane: string, stack: string, stackId: string): JournalRecord[] => [
  { t: 'accepted', time, op: 'delete', lane, stack, pass: 1, stackId, adopted: false },
  { t: 'settled', time, op: 'delete', lane, stack, pass: 1, stackId, status: 'DELETE_COMPLETE' },
];

const web = entry('web', 'RegionOne', 'app-web');
const db = entry('db', 'RegionTwo', 'app-db');
const firstDeploy = journal(
  'deploy',
  [web, db],
  [...created('web', 'app-web', 'w1'), ...created('db', 'app-db', 'd1')],
);

describe('removedStacks', () => {
  it('lists the stack of a lane no longer in the plan, with its region name and id', () => {
    const removed = removedStacks([firstDeploy], [web]);
    expect(removed).toEqual([
      { lane: 'db', regionName: 'RegionTwo', stack: 'app-db', stackId: 'd1', cloud: 'dev' },
    ]);
    expect(removalStep(removed[0]!)).toMatchObject({ lane: 'db', action: 'delete', pass: 1 });
  });

  it('lists nothing while every lane is still in the plan', () => {
    expect(removedStacks([firstDeploy], [web, db])).toEqual([]);
  });

  it('remembers a stack created by an older deploy that a later deploy only updated', () => {
    const update: JournalRecord[] = [
      {
        t: 'accepted',
        time,
        op: 'update',
        lane: 'db',
        stack: 'app-db',
        pass: 1,
        stackId: 'd1',
        adopted: false,
      },
    ];
    const later = journal('deploy', [web, db], update);
    expect(removedStacks([later, firstDeploy], [web]).map((s) => s.stackId)).toEqual(['d1']);
  });

  it('forgets a stack a destroy, a rollback or an earlier removal deleted', () => {
    const destroyed = journal('destroy', [web, db], deleted('db', 'app-db', 'd1'));
    expect(removedStacks([destroyed, firstDeploy], [web])).toEqual([]);
    const removal = journal('deploy', [web], deleted('db', 'app-db', 'd1'));
    expect(removedStacks([removal, firstDeploy], [web])).toEqual([]);
  });

  it('after a destroy and a new deploy, lists only the newer stack of the lane', () => {
    const destroyed = journal('destroy', [web, db], deleted('db', 'app-db', 'd1'));
    const again = journal('deploy', [web, db], created('db', 'app-db', 'd2'));
    expect(removedStacks([again, destroyed, firstDeploy], [web]).map((s) => s.stackId)).toEqual([
      'd2',
    ]);
  });

  it('never lists a stack that a planned lane deploys onto (a lane renamed, its stack name kept)', () => {
    expect(removedStacks([firstDeploy], [web, entry('database', 'RegionTwo', 'app-db')])).toEqual(
      [],
    );
    // same name in another region: a different stack, still removed
    expect(
      removedStacks([firstDeploy], [web, entry('database', 'RegionOne', 'app-db')]).map(
        (s) => s.lane,
      ),
    ).toEqual(['db']);
  });

  it('ignores a create whose answer never came (no stack id)', () => {
    const lost = journal(
      'deploy',
      [web, db],
      [{ t: 'intent', time, op: 'create', lane: 'db', stack: 'app-db', pass: 1 }],
    );
    expect(removedStacks([lost], [web])).toEqual([]);
  });
});
