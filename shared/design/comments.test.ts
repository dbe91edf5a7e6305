import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFileToDocument } from './applyDoc';
import { hotMapArbitrary, hotValueArbitrary } from '../../test/support/arbitraries';
import { designToFile } from './fileObject';
import { commonLines } from './lineDiff';
import { mergeEdits } from './lineMerge';
import { sourceData } from './source';
import type { DesignSource } from './source';
import { detectStyle, stringifyOptions } from './yamlStyle';
import { parseDesign } from './parse';
import { serializeDesign, serializeDesignWithSource } from './serialize';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Lines removed from `before` and added in `after` (a real line diff, not a positional compare). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const matches = commonLines(a, b, 100_000)!;
  const keptA = new Set(matches.map(([i]) => i));
  const keptB = new Set(matches.map(([, j]) => j));
  return { removed: a.filter((_, i) => !keptA.has(i)), added: b.filter((_, j) => !keptB.has(j)) };
}

const sourceDoc = (source: DesignSource) => sourceData(source)!.doc!.clone();

const comments = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')));

describe('a hand-written design file with comments', () => {
  const text = fixture('handwritten.isotherm.yaml');

  it('loads without problems', () => {
    const parsed = parseDesign(text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.design?.regions.map((r) => r.id)).toEqual(['east', 'west']);
    expect(parsed.design?.resources.app?.depends_on).toEqual(['db']);
  });

  it('load + save unchanged gives identical bytes', () => {
    const parsed = parseDesign(text);
    expect(serializeDesign(parsed.design!, parsed.source)).toBe(text);
    // also after a change made and undone
    const design = structuredClone(parsed.design!);
    design.resources.db!.properties!.length = 16;
    design.resources.db!.properties!.length = 12;
    expect(serializeDesign(design, parsed.source)).toBe(text);
  });

  it('edit a property and move a node: comments stay, only the expected lines change', () => {
    const parsed = parseDesign(text);
    const design = structuredClone(parsed.design!);
    design.resources.db!.properties!.length = 32;
    design.layout.app = { x: 400.4, y: 120 };
    const saved = serializeDesign(design, parsed.source);

    expect(lineDiff(text, saved)).toEqual({
      removed: ['      length: 12      # long enough', '  app: {x: 340, y: 60}'],
      added: ['      length: 32 # long enough', '  app: {x: 400, y: 120}'],
    });
    expect(comments(saved)).toEqual(comments(text).map((c) => c.replace(/\s+$/, '')));
    expect(parseDesign(saved).design).toEqual({
      ...design,
      layout: { ...design.layout, app: { x: 400, y: 120 } },
    });
  });

  it('a layout change touches no byte of the semantic sections', () => {
    const parsed = parseDesign(text);
    const design = structuredClone(parsed.design!);
    design.layout.db = { x: -5, y: 7 };
    design.layout.web = { x: 1, y: 2 };
    const saved = serializeDesign(design, parsed.source);
    const before = text.slice(0, text.indexOf('\nlayout:'));
    expect(saved.startsWith(before + '\nlayout:')).toBe(true);
    expect(lineDiff(text, saved)).toEqual({
      removed: ['  db:  {x: 40, y: 60}'],
      added: ['  db: {x: -5, y: 7}', '  web: {x: 1, y: 2}'],
    });
  });

  it('adding and removing resources keeps the comments of the others', () => {
    const parsed = parseDesign(text);
    const design = structuredClone(parsed.design!);
    delete design.resources.app;
    delete design.layout.app;
    design.outputs.secret!.value = { get_attr: ['db', 'value'] };
    design.resources.extra = { type: 'OS::Heat::None', region: 'west' };
    const saved = serializeDesign(design, parsed.source);
    expect(saved).toContain('# Two-lane shop, written by hand.');
    expect(saved).toContain('  # the database password\n  db:');
    expect(saved).toContain('      length: 12      # long enough');
    expect(saved).toContain('layout:   # canvas positions');
    expect(saved).toContain('# end of file');
    expect(saved).not.toContain('# a cross-region reference');
    expect(saved).toContain('  extra:\n    type: OS::Heat::None\n    region: west\n');
    expect(parseDesign(saved).design).toEqual(design);
  });

  it('saves edits in a row from the returned source', () => {
    const first = parseDesign(text);
    const design = structuredClone(first.design!);
    design.parameters.image!.default = 'ubuntu';
    const one = serializeDesignWithSource(design, first.source);
    expect(lineDiff(text, one.text)).toEqual({
      removed: ['        default: cirros'],
      added: ['        default: ubuntu'],
    });
    design.regions.reverse();
    const two = serializeDesignWithSource(design, one.source);
    expect(parseDesign(two.text).design?.regions.map((r) => r.id)).toEqual(['west', 'east']);
    expect(two.text).toContain('cloud: mycloud    # from clouds.yaml');
    expect(two.text).toContain('# Keep this header: reviewers read it.');
  });
});

describe('the DESIGN.md sample', () => {
  const text = fixture('designmd-sample.isotherm.yaml');

  it('parses and re-serializes to itself', () => {
    const parsed = parseDesign(text);
    expect(parsed.diagnostics).toEqual([]);
    expect(serializeDesign(parsed.design!, parsed.source)).toBe(text);
  });

  it('written fresh, reads back as the same design, in the sample style', () => {
    const parsed = parseDesign(text);
    const fresh = serializeDesign(parsed.design!);
    expect(parseDesign(fresh).design).toEqual(parsed.design);
    expect(fresh).toContain('  east: {region_name: RegionOne, cloud: mycloud}\n');
    expect(fresh).toContain('  db: {x: 40, y: 60}\n');
    expect(fresh).toContain('heat_template_version: 2021-04-16\n');
  });

  it('an edit keeps the comments beside the section keys on their lines', () => {
    const parsed = parseDesign(text);
    const design = structuredClone(parsed.design!);
    design.resources.app!.properties!.value = { get_attr: ['db', 'value', 'x'] };
    design.layout.db = { x: 100, y: 7 };
    const saved = serializeDesign(design, parsed.source);
    expect(lineDiff(text, saved)).toEqual({
      removed: [
        '      value: {get_attr: [db, value]}   # a cross-region reference',
        '  db:  {x: 40, y: 60}',
      ],
      added: [
        '      value: {get_attr: [db, value, x]} # a cross-region reference',
        '  db: {x: 100, y: 7}',
      ],
    });
  });
});

describe('random edits of the hand-written file', () => {
  const text = fixture('handwritten.isotherm.yaml');
  const parsed = parseDesign(text);
  const base = parsed.design!;
  const edits = fc.record({
    length: fc.integer({ min: 1, max: 64 }),
    value: hotValueArbitrary(['db', 'app'], 2),
    moveApp: fc.option(
      fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
      { nil: undefined },
    ),
    dropApp: fc.boolean(),
    newProps: hotMapArbitrary(['db'], 2),
    description: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
  });

  it('are written onto the original lines (merged, not re-rendered) and read back as the edit', () => {
    fc.assert(
      fc.property(edits, (e) => {
        const design = structuredClone(base);
        design.resources.db!.properties!.length = e.length;
        design.resources.app!.properties!.value = e.value;
        if (e.moveApp) design.layout.app = e.moveApp;
        if (e.dropApp) {
          delete design.resources.app;
          delete design.layout.app;
          design.outputs.secret!.value = 'gone';
        }
        design.resources.web = { type: 'OS::Heat::None', region: 'west', properties: e.newProps };
        if (e.description === undefined) delete design.description;
        else design.description = e.description;

        const doc = parsed.source && sourceDoc(parsed.source);
        const style = stringifyOptions(detectStyle(text));
        const before = doc.toString(style);
        applyFileToDocument(doc, designToFile(design));
        const merged = mergeEdits(text, before, doc.toString(style));
        expect(merged).not.toBeNull();
        expect(parseDesign(merged!).design).toEqual(design);
        expect(merged).toContain('# Keep this header: reviewers read it.');
        expect(merged).toContain('    image:            # four-space indentation in this section');
        expect(merged).toContain('  # the database password\n  db:');
      }),
      { numRuns: 40 },
    );
  }, 180_000);
});

describe('a file with anchors and aliases', () => {
  const text =
    'isotherm: 1\nname: a\nregions: {east: {region_name: RegionOne}}\nparameters:\n  a: &p {type: string, default: x}   # shared\n  b: *p\nresources: {}\n';

  it('loads the aliases expanded, and saves unchanged bytes', () => {
    const parsed = parseDesign(text);
    expect(parsed.design?.parameters.b).toEqual({ type: 'string', default: 'x' });
    expect(serializeDesign(parsed.design!, parsed.source)).toBe(text);
  });

  it('an edit of one of them changes that one only', () => {
    const parsed = parseDesign(text);
    const design = structuredClone(parsed.design!);
    design.parameters.a!.default = 'y';
    const saved = serializeDesign(design, parsed.source);
    expect(parseDesign(saved).design?.parameters).toEqual({
      a: { type: 'string', default: 'y' },
      b: { type: 'string', default: 'x' },
    });
    expect(saved).toContain('# shared');
  });
});

describe('commonLines', () => {
  it('finds the common lines, and gives up beyond its edit budget', () => {
    expect(commonLines(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
    ]);
    const many = Array.from({ length: 300 }, (_, i) => `l${i}`);
    expect(
      commonLines(
        many,
        many.map((l) => `${l}!`),
        100,
      ),
    ).toBeNull();
  });
});

describe('a file with CRLF line ends', () => {
  it('keeps CRLF on every line, edited ones included', () => {
    const text = fixture('handwritten.isotherm.yaml').replace(/\n/g, '\r\n');
    const parsed = parseDesign(text);
    const design = structuredClone(parsed.design!);
    design.resources.db!.properties!.length = 20;
    design.layout.web = { x: 0, y: 0 };
    const saved = serializeDesign(design, parsed.source);
    expect(
      saved
        .split('\n')
        .slice(0, -1)
        .every((line) => line.endsWith('\r')),
    ).toBe(true);
    expect(parseDesign(saved).design).toEqual(design);
    expect(saved).toContain('# Keep this header: reviewers read it.\r\n');
  });
});
