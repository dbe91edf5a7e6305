import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from 'yaml';
import { HOSTILE_KEYS } from '../../test/support/fuzzInputs';
import { parseHot } from './hotYaml';
import { resolveLimits } from './limits';
import { readYaml } from './yamlRead';

/**
 * The fast reading (fastRead.ts) must give exactly the data of the full reading, or step aside: whenever it
 * accepts a text, the full reading accepts it too and gives the same data (key order, own `__proto__` keys,
 * -0 and NaN included).
 */

const limits = resolveLimits();
const fast = (text: string) => readYaml(text, limits, undefined, 0);
const full = (text: string) => readYaml(text, limits, undefined, Infinity);

/** A canonical form of plain data that tells -0, NaN, key order and prototypes apart. */
function canon(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  const proto = Object.getPrototypeOf(v) === Object.prototype ? '' : '!proto';
  const entries = Object.keys(v).map(
    (k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k])}`,
  );
  return `{${proto}${entries.join(',')}}`;
}

/** Fast and full readings agree on `text` (when the fast one reads it); returns whether it did. */
function agree(text: string): boolean {
  const f = fast(text);
  const s = full(text);
  if (f.value === undefined) {
    // stepped aside: the diagnostics are the full reading's (or a depth error)
    expect(f.diagnostics.length).toBeGreaterThan(0);
    return false;
  }
  expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(canon(f.value)).toBe(canon(s.value));
  return true;
}

const examplesDir = path.join(__dirname, '../../assets/examples');
const EXAMPLES = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(path.join(examplesDir, f), 'utf8'));

const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '0o17',
    '0x1F',
    '-0',
    '1.50',
    '.inf',
    '-.Inf',
    '.NaN',
    '1e3',
    '2021-04-16',
    '~',
    'Null',
    'TRUE',
    'yes',
    '12345678901234567890',
    '1_000',
    '0b11',
    '+12',
    '.5',
    '5.',
    'a #b',
    'x: y',
    '- z',
    '"q"',
    "'",
    '\t',
    '\u2028',
    '\uFEFF',
  ),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS.filter((k) => k.length < 1000)), fc.string());
const data = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('fast reading of plain YAML', () => {
  it('gives the data of the full reading, in block and flow style, with comments', () => {
    let read = 0;
    fc.assert(
      fc.property(data, fc.boolean(), fc.boolean(), (value, flow, comments) => {
        const doc = new Document(value, { aliasDuplicateObjects: false });
        if (comments) doc.commentBefore = ' a comment';
        const text = doc.toString({ lineWidth: 0, collectionStyle: flow ? 'flow' : 'any' });
        if (agree(text)) read++;
      }),
      { numRuns: 300 },
    );
    // most generated texts are plain YAML: the fast reading must not simply step aside
    expect(read).toBeGreaterThan(200);
  }, 120_000);

  it('agrees with the full reading on damaged design files (or steps aside)', () => {
    const junk = [
      '\r',
      '\t',
      '#',
      ':',
      '-',
      '?',
      '&a ',
      '*a',
      '!',
      '{',
      '}',
      '[',
      ']',
      '"',
      "'",
      '\n',
    ];
    fc.assert(
      fc.property(
        fc.nat(EXAMPLES.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...junk)), { minLength: 1, maxLength: 3 }),
        (example, edits) => {
          let text = EXAMPLES[example]!;
          for (const [at, s] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + s + text.slice(i);
          }
          agree(text);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('steps aside for what only the full reading understands, which then says what is wrong', () => {
    for (const text of [
      'a: &x 1\nb: *x\n',
      '<<: {a: 1}\nb: 2\n',
      'a: !!binary aGVsbG8=\n',
      '%YAML 1.2\n---\na: 1\n',
      'a: 1\na: 2\n',
      'null: 1\n"": 2\n',
      '? [a, b]\n: c\n',
      'a: 1\n---\nb: 2\n',
      // a carriage return alone ends a line for js-yaml, not for the yaml package
      'a: |\n  x\ry\n',
      // a byte order mark inside the text is skipped by the yaml package
      '# c\n\uFEFFa: 1\n',
    ]) {
      expect(fast(text).value === undefined ? fast(text).diagnostics : 'read').toEqual(
        full(text).value === undefined ? full(text).diagnostics : 'read',
      );
      if (full(text).value !== undefined)
        expect(canon(fast(text).value)).toBe(canon(full(text).value));
    }
  });

  it('answers depth beyond the limit with the depth error, without the full reading', () => {
    const deep = `a: ${'['.repeat(200)}${']'.repeat(200)}\n`;
    expect(fast(deep).diagnostics.map((d) => d.code)).toEqual(['E_FILE_TOO_DEEP']);
    let block = 'v';
    for (let i = 0; i < 100; i++) block = `k:\n${block.replace(/^/gm, '  ')}`;
    expect(fast(block).diagnostics.map((d) => d.code)).toEqual(['E_FILE_TOO_DEEP']);
    expect(fast(block).diagnostics[0]!.path!.length).toBe(limits.maxDepth);
  });

  it("reads HOT templates' plain yes/no/on/off as Heat does, keys and quoted text as they are", () => {
    const text = 'heat_template_version: 2021-04-16\nyes: [yes, "no", on, Off, nope]\nb: {x: no}\n';
    const big = `${text}${'# padding\n'.repeat(10_000)}`;
    const slow = parseHot(text);
    expect(slow.template).toEqual({
      heat_template_version: '2021-04-16',
      yes: [true, 'no', true, false, 'nope'],
      b: { x: false },
    });
    expect(parseHot(big).template).toEqual(slow.template);
  });
});
