import { describe, expect, it } from 'vitest';
import type { JournalStackState } from './journal';
import { keepsEarlierPass, mayKeepEarlierPass, type KeptPassCheck } from './keptPass';

const last: JournalStackState = {
  lane: 'east',
  stack: 'vpn-east',
  stackId: 'id-1',
  createdHere: true,
  lastAccepted: { op: 'update', pass: 2, hash: 'final-hash' },
  completedPasses: [1, 2],
  lastStatus: 'UPDATE_COMPLETE',
  lastUpdatedTime: '2026-12-03T07:00:00Z',
  deleted: false,
};

const check = (over: Partial<KeptPassCheck> = {}): KeptPassCheck => ({
  pass: 1,
  passes: 2,
  stack: { id: 'id-1', status: 'UPDATE_COMPLETE', updatedTime: '2026-12-03T07:00:00Z' },
  last,
  ...over,
});

describe('keptPass: an earlier pass is not sent again when the stack is at its final pass', () => {
  it('keeps pass 1 of a stack the last deploy settled at its final pass, unchanged since', () => {
    expect(keepsEarlierPass(check(), 'final-hash')).toBe(true);
  });

  it('sends it when the final pass would send something else (design, parameters or inputs changed)', () => {
    expect(mayKeepEarlierPass(check())).toBe(true);
    expect(keepsEarlierPass(check(), 'other-hash')).toBe(false);
  });

  it('never keeps the final pass itself, nor a lane of one pass', () => {
    expect(keepsEarlierPass(check({ pass: 2 }), 'final-hash')).toBe(false);
    expect(keepsEarlierPass(check({ pass: 1, passes: 1 }), 'final-hash')).toBe(false);
  });

  it('sends it when the stack changed in Heat since (updated elsewhere, failed, replaced)', () => {
    const stack = check().stack;
    for (const changed of [
      { ...stack, updatedTime: '2026-12-03T07:05:00Z' },
      { ...stack, status: 'UPDATE_FAILED' },
      { ...stack, status: 'ROLLBACK_COMPLETE' },
      { ...stack, id: 'id-2' },
    ])
      expect(keepsEarlierPass(check({ stack: changed }), 'final-hash')).toBe(false);
  });

  it('sends it when the last deploy did not end this stack at its final pass', () => {
    const variants: (JournalStackState | undefined)[] = [
      undefined,
      { ...last, lastAccepted: { op: 'update', pass: 1, hash: 'final-hash' } },
      { ...last, lastAccepted: { op: 'update', pass: 2 } },
      { ...last, lastAccepted: undefined },
      { ...last, deleted: true },
      { ...last, lastStatus: 'UPDATE_IN_PROGRESS' },
    ];
    for (const v of variants)
      expect(keepsEarlierPass(check({ last: v }), 'final-hash')).toBe(false);
  });
});
