import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../../test/support/arbitraries';
import { dumpHot } from '../design/hotYaml';
import { validate } from '../validate/validate';
import { testCatalog } from '../../test/support/testCatalog';
import { compile } from './compile';
import { exportNested } from './nested';

const catalog = testCatalog();

// Any design the file format can hold (tricky keys and strings, references across lanes, to missing resources,
// cycles...): compile, validate and export never throw, stay deterministic, and templates carry no `region` key.
describe('compile on arbitrary designs', () => {
  it('never throws, is deterministic, and yields serializable templates', () => {
    fc.assert(
      fc.property(designArbitrary({ maxResources: 8 }), (design) => {
        const result = compile(design, catalog);
        expect(compile(structuredClone(design), catalog)).toEqual(result);
        expect(validate(design, catalog)).toEqual(validate(design, catalog));
        const nested = exportNested(design, result);
        for (const t of [
          ...Object.values(result.templates),
          ...Object.values(result.passTemplates).flat(),
          nested.parent,
        ]) {
          expect(() => dumpHot(t)).not.toThrow();
          for (const body of Object.values((t.resources ?? {}) as Record<string, object>))
            expect(Object.prototype.hasOwnProperty.call(body, 'region')).toBe(false);
        }
        // every own resource of a lane is in that lane's template, nothing else is
        for (const [lane, t] of Object.entries(result.templates)) {
          const expected = Object.entries(design.resources)
            .filter(([, r]) => r.region === lane)
            .map(([id]) => id);
          expect(Object.keys((t.resources ?? {}) as object)).toEqual(expected);
        }
      }),
      { numRuns: 40 }, // the arbitrary itself takes ~75 ms a design to generate
    );
  }, 60_000);
});
