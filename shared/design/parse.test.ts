import { describe, expect, it } from 'vitest';
import { FILE_CODES } from './codes';
import { parseDesign } from './parse';
import type { Diagnostic } from '../util/diagnostics';

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);
const minimal =
  'isotherm: 1\nname: shop\nregions:\n  east: {region_name: RegionOne}\nresources:\n  db: {type: OS::Heat::RandomString, region: east}\n';

describe('parseDesign: untrusted input', () => {
  it('refuses an alias bomb with E_FILE_ALIASES', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const bomb = `isotherm: 1\nname: boom\nregions: {}\nextra:\n${levels.map((l) => `  ${l}`).join('\n')}\n`;
    const result = parseDesign(bomb);
    expect(result.design).toBeNull();
    expect(codes(result.diagnostics)).toContain(FILE_CODES.ALIASES);
  });

  it('accepts a few aliases within the limit, and honours a lower limit', () => {
    const text = `${minimal}parameters:\n  a: &p {type: string}\n  b: *p\n`;
    expect(parseDesign(text).design?.parameters.b).toEqual({ type: 'string' });
    expect(codes(parseDesign(text, { maxAliasCount: 0 }).diagnostics)).toContain(
      FILE_CODES.ALIASES,
    );
  });

  it('refuses deep nesting, in flow and in block style, with the path where it happens', () => {
    const flow = parseDesign(`isotherm: 1\nx: ${'['.repeat(100_000)}`);
    expect(flow.design).toBeNull();
    expect(codes(flow.diagnostics)).toEqual([FILE_CODES.TOO_DEEP]);

    const compact = parseDesign(`x:\n  ${'- '.repeat(5_000)}1\n`);
    expect(codes(compact.diagnostics)).toEqual([FILE_CODES.TOO_DEEP]);

    let block = `${minimal}parameters:\n  p:\n`;
    for (let i = 0; i < 70; i++) block += `${' '.repeat(4 + 2 * i)}k${i}:\n`;
    block += `${' '.repeat(4 + 140)}v\n`;
    const deep = parseDesign(block);
    expect(codes(deep.diagnostics)).toEqual([FILE_CODES.TOO_DEEP]);
    expect(deep.diagnostics[0]!.path!.slice(0, 3)).toEqual(['parameters', 'p', 'k0']);
    expect(parseDesign(block, { maxDepth: 100 }).design).not.toBeNull();
  });

  it('refuses a file that is too large', () => {
    const big = `${minimal}description: "${'x'.repeat(6 * 1024 * 1024)}"\n`;
    const result = parseDesign(big);
    expect(result.design).toBeNull();
    expect(codes(result.diagnostics)).toEqual([FILE_CODES.TOO_LARGE]);
    expect(codes(parseDesign(minimal, { maxBytes: 20 }).diagnostics)).toEqual([
      FILE_CODES.TOO_LARGE,
    ]);
    // counted in UTF-8 bytes, not characters
    expect(
      codes(
        parseDesign(`${minimal}description: ${'é'.repeat(60)}\n`, {
          maxBytes: minimal.length + 100,
        }).diagnostics,
      ),
    ).toEqual([FILE_CODES.TOO_LARGE]);
  });

  it('reports a syntax error with line and column, and the path near it', () => {
    const result = parseDesign(`${minimal}outputs:\n  o: {value: [1, 2}\n`);
    expect(result.design).toBeNull();
    const error = result.diagnostics.find((d) => d.code === FILE_CODES.SYNTAX)!;
    expect(error.message).toMatch(/line 8, column \d+/);
    expect(error.path?.[0]).toBe('outputs');
  });

  it('reports duplicate keys', () => {
    const result = parseDesign(`${minimal}  db: {type: OS::Heat::None, region: east}\n`);
    expect(codes(result.diagnostics)).toContain(FILE_CODES.DUPLICATE_KEY);
    expect(result.diagnostics[0]!.message).toMatch(/line 7/);
  });

  it('never throws, whatever the input', () => {
    for (const text of [
      '',
      '\0',
      '---\n---\n',
      '%YAML 9\n',
      'a: !!binary aGk=',
      '? [a]\n: 1',
      '*x',
      'a: *x',
      '"\\u',
      '- [',
      '\t',
      '{a: 1, a: 2}',
      ':',
    ]) {
      expect(() => parseDesign(text)).not.toThrow();
      expect(parseDesign(text).design).toBeNull();
    }
  });
});

describe('parseDesign: versions and migrations', () => {
  it('tells the user to update Isotherm for a newer format', () => {
    const result = parseDesign(minimal.replace('isotherm: 1', 'isotherm: 2'));
    expect(result.design).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: FILE_CODES.VERSION, path: ['isotherm'] }),
    ]);
    expect(result.diagnostics[0]!.message).toContain('made by a newer Isotherm');
    expect(result.diagnostics[0]!.message).toContain('update Isotherm to open it');
  });

  it('refuses versions that are no version', () => {
    for (const v of ['0', '1.5', '"1"', 'one', '[1]']) {
      expect(
        codes(parseDesign(minimal.replace('isotherm: 1', `isotherm: ${v}`)).diagnostics),
      ).toEqual([FILE_CODES.VERSION]);
    }
  });

  it('runs registered migrations in order, from the file version up', () => {
    const formats = {
      current: 3,
      migrations: [
        // v1 called lanes "swimlanes"
        {
          from: 1,
          describe: 'swimlanes -> regions',
          up: ({ swimlanes, ...rest }: Record<string, unknown>) => ({
            ...rest,
            regions: swimlanes,
          }),
        },
        // v2 wrote the region as `lane`
        {
          from: 2,
          describe: 'lane -> region',
          up: (raw: Record<string, unknown>) => ({
            ...raw,
            resources: Object.fromEntries(
              Object.entries(raw.resources as Record<string, Record<string, unknown>>).map(
                ([id, { lane, ...r }]) => [id, { ...r, region: lane }],
              ),
            ),
          }),
        },
      ],
    };
    const v1 =
      'isotherm: 1\nname: old\nswimlanes: {east: {region_name: RegionOne}}\nresources: {db: {type: OS::Heat::None, lane: east}}\n';
    const result = parseDesign(v1, { formats });
    expect(result.design?.regions).toEqual([{ id: 'east', region_name: 'RegionOne' }]);
    expect(result.design?.resources.db).toEqual({ type: 'OS::Heat::None', region: 'east' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: FILE_CODES.MIGRATED, severity: 'warning' }),
    ]);
    expect(result.diagnostics[0]!.message).toContain(
      '1 -> 2: swimlanes -> regions; 2 -> 3: lane -> region',
    );

    // a missing step or a failing one is an error, not a crash
    expect(
      codes(
        parseDesign(v1, { formats: { current: 3, migrations: [formats.migrations[0]!] } })
          .diagnostics,
      ),
    ).toEqual([FILE_CODES.MIGRATION]);
    const failing = {
      current: 2,
      migrations: [
        {
          from: 1,
          describe: 'boom',
          up: () => {
            throw new Error('bad data');
          },
        },
      ],
    };
    expect(parseDesign(v1, { formats: failing }).diagnostics[0]).toMatchObject({
      code: FILE_CODES.MIGRATION,
      message: expect.stringContaining('bad data'),
    });
  });

  it('assumes the current version, with a warning, when isotherm: is missing', () => {
    const result = parseDesign(minimal.replace('isotherm: 1\n', ''));
    expect(result.design?.isotherm).toBe(1);
    expect(codes(result.diagnostics)).toEqual([FILE_CODES.NO_VERSION]);
  });
});

describe('parseDesign: restore', () => {
  it('fills defaults', () => {
    const result = parseDesign(
      'isotherm: 1\nname: bare\nregions: {east: {region_name: RegionOne}}\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.design).toEqual({
      isotherm: 1,
      name: 'bare',
      heat_template_version: '2021-04-16',
      regions: [{ id: 'east', region_name: 'RegionOne' }],
      parameters: {},
      resources: {},
      outputs: {},
      layout: {},
    });
  });

  it('keeps 2021-04-16 a string and the order of lanes, resources and properties', () => {
    const result = parseDesign(
      'isotherm: 1\nname: o\nheat_template_version: 2018-08-31\nregions: {z: {region_name: A}, a: {region_name: B}}\nresources:\n  zz: {type: T, region: z, properties: {b: 1, a: 2}}\n  aa: {type: T, region: a}\n',
    );
    expect(result.design?.heat_template_version).toBe('2018-08-31');
    expect(result.design?.regions.map((r) => r.id)).toEqual(['z', 'a']);
    expect(Object.keys(result.design!.resources)).toEqual(['zz', 'aa']);
    expect(Object.keys(result.design!.resources.zz!.properties!)).toEqual(['b', 'a']);
  });

  it('keeps unknown keys (in extra) and reports them', () => {
    const text = `${minimal.replace('region: east}', 'region: east, lifecycle: x}')}x-owner: team\nregions_note: 1\n`;
    const result = parseDesign(
      text.replace('{region_name: RegionOne}', '{region_name: RegionOne, colour: red}'),
    );
    expect(result.design?.extra).toEqual({ 'x-owner': 'team', regions_note: 1 });
    expect(result.design?.resources.db?.extra).toEqual({ lifecycle: 'x' });
    expect(result.design?.regions[0]?.extra).toEqual({ colour: 'red' });
    expect(result.diagnostics.map((d) => [d.code, d.resource, d.path])).toEqual([
      [FILE_CODES.UNKNOWN_KEY, undefined, ['regions', 'east', 'colour']],
      [FILE_CODES.UNKNOWN_KEY, 'db', ['lifecycle']],
      [FILE_CODES.UNKNOWN_KEY, undefined, ['x-owner']],
      [FILE_CODES.UNKNOWN_KEY, undefined, ['regions_note']],
    ]);
  });

  it('reports schema errors with the path of the bad value', () => {
    const result = parseDesign(
      'isotherm: 1\nname: x\nregions: {east: {region_name: 5}, west: null}\nresources:\n  a: {type: T}\n  b: {type: [1], region: east, depends_on: {a: 1}}\noutputs: {o: {description: d}}\nparameters: {p: 1}\n',
    );
    expect(result.design).toBeNull();
    expect(
      result.diagnostics.every((d) => d.code === FILE_CODES.SCHEMA && d.severity === 'error'),
    ).toBe(true);
    expect(
      result.diagnostics.map((d) => [d.resource ?? '-', ...(d.path ?? [])].join('.')).sort(),
    ).toEqual(
      [
        '-.regions.east.region_name',
        '-.regions.west',
        '-.parameters.p',
        'a.region',
        'b.type',
        'b.depends_on',
        '-.outputs.o.value',
      ].sort(),
    );
    expect(result.diagnostics.find((d) => d.resource === 'a')!.message).toBe(
      'missing a lane id from regions',
    );
  });

  it('restores bad layout entries by dropping them, with a warning', () => {
    const result = parseDesign(
      `${minimal}layout: {db: {x: 1}, ghost: {x: 3, y: 4}, other: {x: 1.5, y: 2, w: 9}}\n`,
    );
    expect(result.design?.layout).toEqual({ ghost: { x: 3, y: 4 }, other: { x: 1.5, y: 2 } });
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      [FILE_CODES.LAYOUT, ['layout', 'db']],
      [FILE_CODES.LAYOUT, ['layout', 'other']],
    ]);
  });

  it('guards against prototype pollution through keys', () => {
    const result = parseDesign(
      `${minimal.replace('region: east}', 'region: east, properties: {__proto__: {polluted: 1}}}')}`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.design!.resources.db!.properties!)).toEqual(['__proto__']);
  });

  it('tells the user to import a plain HOT template', () => {
    const result = parseDesign(
      'heat_template_version: 2021-04-16\nresources:\n  s: {type: OS::Heat::None}\n',
    );
    expect(result.design).toBeNull();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: FILE_CODES.PLAIN_HOT, severity: 'error' }),
    ]);
    expect(result.diagnostics[0]!.message).toContain('isotherm import --region ID=REGION:FILE');
  });

  it('names other non-designs', () => {
    expect(codes(parseDesign('').diagnostics)).toEqual([FILE_CODES.EMPTY]);
    expect(codes(parseDesign('- a\n').diagnostics)).toEqual([FILE_CODES.NOT_DESIGN]);
    expect(codes(parseDesign('hello: world\n').diagnostics)).toEqual([FILE_CODES.NOT_DESIGN]);
  });
});
