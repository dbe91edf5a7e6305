import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyFileToDocument } from './applyDoc';
import { designArbitrary } from './arbitraries';
import { designToFile } from './fileObject';
import { parseDesign } from './parse';
import { deepEqual } from '../hot/value';
import { renderFile, serializeDesign } from './serialize';
import { YAML_READ_OPTIONS } from './yamlRead';
import { stringifyOptions } from './yamlStyle';

// the machine may be shared: few runs per property, generous timeouts (no sleeps, nothing timed)
const NUM_RUNS = 50;
const TIMEOUT = 180_000;

describe('design files: serialize -> parse', () => {
  it(
    'gives back the same design, key order included',
    () => {
      fc.assert(
        fc.property(designArbitrary(), (design) => {
          const text = serializeDesign(design);
          const parsed = parseDesign(text);
          expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
          expect(parsed.design).toEqual(design);
          // order matters too (lanes, resources, properties are the user's order)
          expect(
            deepEqual(designToFile(parsed.design!), designToFile(design), { ordered: true }),
          ).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'is idempotent byte for byte, with and without the source',
    () => {
      fc.assert(
        fc.property(designArbitrary(), (design) => {
          const text = serializeDesign(design);
          const parsed = parseDesign(text);
          expect(serializeDesign(parsed.design!)).toBe(text);
          expect(serializeDesign(parsed.design!, parsed.source)).toBe(text);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'writes any design onto the document of any other (no fallback needed)',
    () => {
      fc.assert(
        fc.property(designArbitrary(), designArbitrary(), (before, after) => {
          const doc = parseDocument(renderFile(designToFile(before)), YAML_READ_OPTIONS);
          applyFileToDocument(doc, designToFile(after));
          const reread = parseDesign(doc.toString(stringifyOptions()));
          expect(reread.design).toEqual(after);
          expect(
            deepEqual(designToFile(reread.design!), designToFile(after), { ordered: true }),
          ).toBe(true);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'saves an edited design onto its source so that it reads back as the edit',
    () => {
      fc.assert(
        fc.property(designArbitrary(), designArbitrary(), (before, after) => {
          const { source } = parseDesign(serializeDesign(before));
          const text = serializeDesign(after, source);
          expect(parseDesign(text).design).toEqual(after);
        }),
        { numRuns: 30 },
      );
    },
    TIMEOUT,
  );
});
