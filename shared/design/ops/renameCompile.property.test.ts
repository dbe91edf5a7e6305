import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../compile/compile';
import { testCatalog } from '../../validate/testCatalog';
import { designArbitrary } from '../arbitraries';
import { renameResource } from './resources';

/** A fresh id: no generated design uses it (ids there are at most 11 characters). */
const FRESH = 'renamed_resource_q';

/** Every string (object keys too) with the fresh id put back to the original one. */
function mapBack(value: unknown, from: string): unknown {
  if (typeof value === 'string') return value.split(FRESH).join(from);
  if (Array.isArray(value)) return value.map((v) => mapBack(v, from));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [mapBack(k, from), mapBack(v, from)]),
    );
  return value;
}

/** Lists the compiler sorts by name (plan inputs, diagnostics) may change order with the name: compare them as sets. */
const asSet = <T>(items: readonly T[]): string[] => items.map((i) => JSON.stringify(i)).sort();

describe('renameResource and the compiler', () => {
  const catalog = testCatalog();

  it('compiles to the same templates, plan and diagnostics up to the name (and the order of name-sorted lists)', () => {
    fc.assert(
      fc.property(
        designArbitrary().filter((d) => Object.keys(d.resources).length > 0),
        fc.nat(),
        (design, pick) => {
          const ids = Object.keys(design.resources);
          const from = ids[pick % ids.length]!;
          const renamed = renameResource(design, from, FRESH);
          expect(renamed.resources[FRESH]).toBeDefined();
          const before = compile(design, catalog);
          const after = mapBack(compile(renamed, catalog), from) as typeof before;
          expect(after.templates).toEqual(before.templates);
          expect(after.passTemplates).toEqual(before.passTemplates);
          expect({ ...after.plan, inputs: asSet(after.plan.inputs) }).toEqual({
            ...before.plan,
            inputs: asSet(before.plan.inputs),
          });
          expect(asSet(after.diagnostics)).toEqual(asSet(before.diagnostics));
        },
      ),
    );
  }, 60_000); // a property over whole compiles: slow on a loaded 2-core machine
});
