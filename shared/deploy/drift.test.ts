import { describe, expect, it } from 'vitest';
import { driftOf } from './drift';

describe('drift', () => {
  const known = { stackId: 'a1', updatedTime: '2026-01-01T10:00:00Z', deleted: false };

  it('none when the stack is as Isotherm left it, or Isotherm never deployed it, or deleted it', () => {
    expect(driftOf(known, { id: 'a1', updated_time: '2026-01-01T10:00:00Z' })).toBeUndefined();
    expect(driftOf(undefined, undefined)).toBeUndefined();
    expect(driftOf({ ...known, deleted: true }, undefined)).toBeUndefined();
    expect(
      driftOf(
        { stackId: 'a1', updatedTime: '2026-01-01T10:00:00Z', deleted: false },
        {
          id: 'a1',
          updated_time: null,
          creation_time: '2026-01-01T10:00:00Z',
        },
      ),
    ).toBeUndefined();
  });

  it('deleted, updated or replaced outside Isotherm', () => {
    expect(driftOf(known, undefined)?.kind).toBe('deleted');
    expect(driftOf(known, { id: 'a1', updated_time: '2026-01-02T09:00:00Z' })).toMatchObject({
      kind: 'changed',
      message: expect.stringContaining('updated outside Isotherm at 2026-01-02T09:00:00Z'),
    });
    expect(driftOf(known, { id: 'b2', updated_time: '2026-01-01T10:00:00Z' })).toMatchObject({
      kind: 'changed',
      message: expect.stringContaining('replaced outside Isotherm'),
    });
  });
});
