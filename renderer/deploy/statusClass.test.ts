import { describe, expect, it } from 'vitest';
import { statusLabel, toneOf } from './statusClass';

describe('how a Heat status reads on the canvas', () => {
  it.each([
    ['CREATE_IN_PROGRESS', 'progress', 'create in progress'],
    ['UPDATE_COMPLETE', 'complete', 'update complete'],
    ['DELETE_FAILED', 'failed', 'delete failed'],
    ['INIT_COMPLETE', 'other', 'waiting'],
  ])('%s is %s, worded "%s"', (status, tone, label) => {
    expect(toneOf(status)).toBe(tone);
    expect(statusLabel(status)).toBe(label);
  });
});
