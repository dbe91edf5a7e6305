import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designReferences } from '../refs';
import { arbitraryDesign } from '../../../test/support/arbitraryDesign';
import { duplicate } from './clipboard';
import { disconnect } from './connect';
import { removeLane } from './lanes';
import { removeResources, renameResource } from './resources';

const refsTargetOnly = (d: Parameters<typeof designReferences>[0]) =>
  designReferences(d).map((r) => ({ ...r }));

describe('ops properties', () => {
  it('renaming to a fresh name and back is the identity', () => {
    fc.assert(
      fc.property(arbitraryDesign, (d) => {
        const id = Object.keys(d.resources)[0]!;
        expect(renameResource(renameResource(d, id, 'zz_fresh'), 'zz_fresh', id)).toEqual(d);
      }),
    );
  });

  it('renaming maps every reference and nothing else', () => {
    fc.assert(
      fc.property(arbitraryDesign, (d) => {
        const id = Object.keys(d.resources)[0]!;
        const map = (s: string | null) => (s === id ? 'renamed' : s);
        const expected = refsTargetOnly(d).map((r) => ({
          ...r,
          from: map(r.from),
          target: map(r.target)!,
        }));
        expect(refsTargetOnly(renameResource(d, id, 'renamed'))).toEqual(expected);
      }),
    );
  });

  it('removing resources leaves no reference to them', () => {
    fc.assert(
      fc.property(
        arbitraryDesign,
        fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }),
        (d, ids) => {
          const out = removeResources(d, ids);
          const gone = new Set<string>(ids);
          expect(designReferences(out).filter((r) => gone.has(r.target))).toEqual([]);
          expect(Object.keys(out.layout).every((k) => out.resources[k] !== undefined)).toBe(true);
          const kept = designReferences(d).filter(
            (r) => !gone.has(r.target) && (r.from === null || !gone.has(r.from)),
          );
          expect(designReferences(out).length).toBeLessThanOrEqual(kept.length);
        },
      ),
    );
  });

  it('removing a lane never leaves a resource in a missing lane', () => {
    fc.assert(
      fc.property(arbitraryDesign, fc.boolean(), (d, move) => {
        const out = removeLane(d, 'east', move ? { kind: 'move', to: 'west' } : { kind: 'delete' });
        const lanes = new Set(out.regions.map((r) => r.id));
        expect(Object.values(out.resources).every((r) => lanes.has(r.region))).toBe(true);
        const ids = new Set(Object.keys(out.resources));
        expect(designReferences(out).every((r) => ids.has(r.target))).toBe(true);
      }),
    );
  });

  it('disconnecting an edge removes exactly that reference', () => {
    fc.assert(
      fc.property(arbitraryDesign, fc.nat(), (d, n) => {
        const refs = designReferences(d);
        fc.pre(refs.length > 0);
        const edge = refs[n % refs.length]!;
        expect(designReferences(disconnect(d, edge)).length).toBeLessThan(refs.length);
      }),
    );
  });

  it('duplicates hold references only to existing resources', () => {
    fc.assert(
      fc.property(arbitraryDesign, (d) => {
        const { design: out, ids } = duplicate(d, Object.keys(d.resources));
        const all = new Set(Object.keys(out.resources));
        expect(Object.keys(out.resources)).toHaveLength(2 * Object.keys(d.resources).length);
        expect(designReferences(out).every((r) => all.has(r.target))).toBe(true);
        for (const fresh of Object.values(ids)) expect(d.resources[fresh]).toBeUndefined();
      }),
    );
  });
});
