import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HotMap } from '../design/model';
import { makeCatalog } from '../catalog/catalog';
import { ImportCodes } from './codes';
import { importTemplates } from './importTemplates';
import { mergeSequences } from './mergeSections';

const hot = (text: string) => parse(text, { schema: 'core' }) as HotMap;
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('importTemplates: lanes and resources', () => {
  it('makes one lane per input, in order, and puts each resource in its lane', async () => {
    const { design, diagnostics } = await importTemplates(
      [
        {
          laneId: 'west',
          regionName: 'RegionTwo',
          template: hot(
            'heat_template_version: 2018-08-31\nresources:\n  b: {type: OS::Heat::None}',
          ),
        },
        {
          laneId: 'east',
          regionName: 'RegionOne',
          cloud: 'mycloud',
          template: hot(
            'heat_template_version: 2018-08-31\nresources:\n  a: {type: OS::Heat::None}',
          ),
        },
      ],
      { name: 'shop' },
    );
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(design!.name).toBe('shop');
    expect(design!.regions).toEqual([
      { id: 'west', region_name: 'RegionTwo' },
      { id: 'east', region_name: 'RegionOne', cloud: 'mycloud' },
    ]);
    expect(design!.resources).toEqual({
      b: { type: 'OS::Heat::None', region: 'west' },
      a: { type: 'OS::Heat::None', region: 'east' },
    });
  });

  it('keeps every resource key of HOT', async () => {
    const { design, diagnostics } = await importTemplates([
      {
        laneId: 'r',
        regionName: 'R',
        template: hot(`
heat_template_version: 2021-04-16
conditions: {big: {equals: [{get_param: size}, big]}}
parameters: {size: {type: string, default: small}}
resources:
  a: {type: OS::Heat::None}
  b:
    type: OS::Heat::Value
    properties: {value: {str_replace: {template: x$y, params: {$y: {get_attr: [a, show]}}}}}
    depends_on: a
    condition: big
    metadata: {k: {get_resource: a}}
    deletion_policy: Retain
    update_policy: {batch: 1}
    external_id: abc
`),
      },
    ]);
    expect(diagnostics).toEqual([]);
    expect(design!.resources.b).toEqual({
      type: 'OS::Heat::Value',
      region: 'r',
      properties: {
        value: { str_replace: { template: 'x$y', params: { $y: { get_attr: ['a', 'show'] } } } },
      },
      depends_on: 'a',
      condition: 'big',
      metadata: { k: { get_resource: 'a' } },
      deletion_policy: 'Retain',
      update_policy: { batch: 1 },
      external_id: 'abc',
    });
    expect(design!.conditions).toEqual({ big: { equals: [{ get_param: 'size' }, 'big'] } });
    expect(design!.heat_template_version).toBe('2021-04-16');
  });

  it('renames resource ids that clash across lanes and rewrites the references of that lane only', async () => {
    const t = hot(`
heat_template_version: 2021-04-16
resources:
  net: {type: OS::Heat::None}
  port: {type: OS::Heat::Value, properties: {value: {get_resource: net}}, depends_on: [net]}
outputs:
  p: {value: {get_attr: [port, value]}}
`);
    const { design, diagnostics } = await importTemplates([
      { laneId: 'east', regionName: 'R1', template: t },
      { laneId: 'west', regionName: 'R2', template: t },
    ]);
    expect(Object.keys(design!.resources)).toEqual(['net', 'port', 'net_west', 'port_west']);
    expect(design!.resources.port!.properties).toEqual({ value: { get_resource: 'net' } });
    expect(design!.resources.port_west).toMatchObject({
      region: 'west',
      properties: { value: { get_resource: 'net_west' } },
      depends_on: ['net_west'],
    });
    expect(design!.outputs).toEqual({
      p: { value: { get_attr: ['port', 'value'] } },
      p_west: { value: { get_attr: ['port_west', 'value'] } },
    });
    expect(codes(diagnostics).filter((c) => c === ImportCodes.RESOURCE_RENAMED)).toHaveLength(2);
    expect(codes(diagnostics)).toContain(ImportCodes.OUTPUT_RENAMED);
  });
});

describe('importTemplates: parameters, conditions, outputs', () => {
  it('merges equal parameters and renames a differing one in the later lane, with its uses', async () => {
    const a = hot(
      'heat_template_version: 2021-04-16\nparameters: {image: {type: string, default: cirros}}\nresources:\n  s: {type: OS::Heat::Value, properties: {value: {get_param: image}}}',
    );
    const b = hot(
      'heat_template_version: 2021-04-16\nparameters: {image: {default: cirros, type: string}}\nresources:\n  t: {type: OS::Heat::Value, properties: {value: {get_param: image}}}',
    );
    const c = hot(`
heat_template_version: 2021-04-16
parameters: {image: {type: string, default: fedora}, net: {type: json}}
parameter_groups: [{label: g, parameters: [image, net]}]
conditions: {f: {equals: [{get_param: image}, fedora]}}
resources:
  u: {type: OS::Heat::Value, properties: {value: {get_param: image}, v2: {get_param: [net, id]}}}`);
    const { design, diagnostics } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: a },
      { laneId: 'b', regionName: 'B', template: b },
      { laneId: 'c', regionName: 'C', template: c },
    ]);
    expect(design!.parameters).toEqual({
      image: { type: 'string', default: 'cirros' },
      image_c: { type: 'string', default: 'fedora' },
      net: { type: 'json' },
    });
    expect(design!.resources.t!.properties).toEqual({ value: { get_param: 'image' } });
    expect(design!.resources.u!.properties).toEqual({
      value: { get_param: 'image_c' },
      v2: { get_param: ['net', 'id'] },
    });
    expect(design!.conditions).toEqual({ f: { equals: [{ get_param: 'image_c' }, 'fedora'] } });
    expect(design!.parameter_groups).toEqual([{ label: 'g', parameters: ['image_c', 'net'] }]);
    expect(diagnostics.filter((d) => d.code === ImportCodes.PARAMETER_RENAMED)).toEqual([
      expect.objectContaining({ severity: 'info', lane: 'c' }),
    ]);
  });

  it('merges conditions the same way and follows renames into if, condition and and/or/not', async () => {
    const a = hot(
      'heat_template_version: 2021-04-16\nconditions: {on: true}\nresources:\n  x: {type: OS::Heat::None, condition: on}',
    );
    const b = hot(`
heat_template_version: 2021-04-16
conditions: {on: false, both: {and: [on, {not: on}]}}
resources:
  y: {type: OS::Heat::Value, condition: both, properties: {value: {if: [on, 1, 2]}}}
outputs:
  o: {value: {if: [on, {get_attr: [y, value]}, none]}, condition: on}`);
    const { design } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: a },
      { laneId: 'b', regionName: 'B', template: b },
    ]);
    expect(design!.conditions).toEqual({
      on: true,
      on_b: false,
      both: { and: ['on_b', { not: 'on_b' }] },
    });
    expect(design!.resources.x!.condition).toBe('on');
    expect(design!.resources.y!.properties).toEqual({ value: { if: ['on_b', 1, 2] } });
    expect(design!.outputs.o).toEqual({
      value: { if: ['on_b', { get_attr: ['y', 'value'] }, 'none'] },
      condition: 'on_b',
    });
  });

  it('sets region on outputs only where references would not place them', async () => {
    const a = hot(
      'heat_template_version: 2021-04-16\nresources:\n  x: {type: OS::Heat::None}\noutputs:\n  own: {value: {get_resource: x}}\n  const: {value: 42, description: d}',
    );
    const b = hot(
      'heat_template_version: 2021-04-16\nresources: {}\noutputs:\n  other: {value: {get_param: OS::stack_name}}',
    );
    const { design } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: a },
      { laneId: 'b', regionName: 'B', template: b },
    ]);
    expect(design!.outputs).toEqual({
      own: { value: { get_resource: 'x' } },
      const: { value: 42, description: 'd', region: 'a' },
      other: { value: { get_param: 'OS::stack_name' }, region: 'b' },
    });
  });

  it('takes the newest heat_template_version (release names too) and says so', async () => {
    const t = (v: string) => hot(`heat_template_version: ${v}\nresources: {}`);
    const { design, diagnostics } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: t('2016-04-08') },
      { laneId: 'b', regionName: 'B', template: t('rocky') },
      { laneId: 'c', regionName: 'C', template: t('2018-03-02') },
    ]);
    expect(design!.heat_template_version).toBe('rocky');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: ImportCodes.VERSION_MERGED, severity: 'info' }),
    ]);
  });

  it('keeps description and parameter_groups', async () => {
    const { design } = await importTemplates([
      {
        laneId: 'a',
        regionName: 'A',
        template: hot(
          'heat_template_version: 2021-04-16\ndescription: hello\nparameter_groups: [{label: L, parameters: [p]}]\nparameters: {p: {type: string}}\nresources: {}',
        ),
      },
    ]);
    expect(design!.description).toBe('hello');
    expect(design!.parameter_groups).toEqual([{ label: 'L', parameters: ['p'] }]);
  });
});

describe('importTemplates: what cannot be imported', () => {
  it('reports a template that is not a map, and returns no design when nothing is usable', async () => {
    const { design, diagnostics } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: 'just a string' },
      { laneId: 'b', regionName: 'B', template: [1, 2] },
      { laneId: 'c', regionName: 'C', template: null },
    ]);
    expect(design).toBeNull();
    expect(codes(diagnostics)).toEqual([
      ImportCodes.NOT_A_MAP,
      ImportCodes.NOT_A_MAP,
      ImportCodes.NOT_A_MAP,
      ImportCodes.NOTHING,
    ]);
  });

  it('recognises environment files and CloudFormation templates', async () => {
    const { diagnostics } = await importTemplates([
      {
        laneId: 'a',
        regionName: 'A',
        template: hot('resource_registry: {"OS::X": x.yaml}\nparameter_defaults: {a: 1}'),
      },
      {
        laneId: 'b',
        regionName: 'B',
        template: hot('AWSTemplateFormatVersion: 2010-09-09\nResources: {}'),
      },
    ]);
    expect(diagnostics[0]).toMatchObject({ code: ImportCodes.NOT_HOT, lane: 'a' });
    expect(diagnostics[0]!.message).toMatch(/environment file/);
    expect(diagnostics[1]!.message).toMatch(/CloudFormation/);
  });

  it('skips a resource without type, keeps the rest, and never throws on odd shapes', async () => {
    const { design, diagnostics } = await importTemplates([
      {
        laneId: 'a',
        regionName: 'A',
        template: hot(`
heat_template_version: 2021-04-16
parameters: {bad: 3, good: {type: string}}
resources:
  notype: {properties: {a: 1}}
  listy: [1]
  ok: {type: OS::Heat::None, depends_on: {x: 1}, wat: 1, region: z}
outputs: {o: 5, p: {value: 1}}
extra_top: 1`),
      },
    ]);
    expect(Object.keys(design!.resources)).toEqual(['ok']);
    expect(design!.resources.ok).toEqual({
      type: 'OS::Heat::None',
      region: 'a',
      extra: { wat: 1 },
    });
    expect(design!.parameters).toEqual({ good: { type: 'string' } });
    expect(design!.outputs).toEqual({ p: { value: 1 } });
    expect(codes(diagnostics).sort()).toEqual(
      [
        ImportCodes.UNKNOWN_KEY,
        ImportCodes.BAD_ENTRY,
        ImportCodes.BAD_RESOURCE,
        ImportCodes.BAD_RESOURCE,
        ImportCodes.BAD_RESOURCE_KEY,
        ImportCodes.UNKNOWN_KEY,
        ImportCodes.UNKNOWN_KEY,
        ImportCodes.BAD_ENTRY,
      ].sort(),
    );
    expect(diagnostics.find((d) => d.resource === 'notype')!.message).toMatch(/no type/);
  });

  it('keeps get_file as it is and warns when the file is not available', async () => {
    const t = hot(
      'heat_template_version: 2021-04-16\nresources:\n  c: {type: OS::Heat::SoftwareConfig, properties: {config: {get_file: a.sh}}}\n  n: {type: nested.yaml}',
    );
    const missing = await importTemplates([{ laneId: 'a', regionName: 'A', template: t }]);
    expect(missing.design!.resources.c!.properties).toEqual({ config: { get_file: 'a.sh' } });
    expect(codes(missing.diagnostics).sort()).toEqual(
      [ImportCodes.GET_FILE, ImportCodes.TYPE_IS_FILE].sort(),
    );
    const present = await importTemplates([{ laneId: 'a', regionName: 'A', template: t }], {
      readFile: (p) => (p === 'a.sh' ? 'echo hi' : undefined),
    });
    expect(codes(present.diagnostics)).toEqual([ImportCodes.TYPE_IS_FILE]);
  });

  it('warns about types the catalog does not know', async () => {
    const catalog = makeCatalog(
      {
        heatVersion: '19',
        types: {
          'OS::Heat::None': { resource_type: 'OS::Heat::None', properties: {}, attributes: {} },
        },
      },
      {},
    );
    const { diagnostics } = await importTemplates(
      [
        {
          laneId: 'a',
          regionName: 'A',
          template: hot(
            'heat_template_version: 2021-04-16\nresources:\n  a: {type: OS::Heat::None}\n  b: {type: OS::Foo::Bar}',
          ),
        },
      ],
      { catalog },
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: ImportCodes.UNKNOWN_TYPE,
        severity: 'warning',
        resource: 'b',
      }),
    ]);
  });

  it('renames duplicate or empty lane ids', async () => {
    const t = hot('heat_template_version: 2021-04-16\nresources: {}');
    const { design, diagnostics } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: t },
      { laneId: 'a', regionName: 'B', template: t },
      { laneId: ' ', regionName: 'C', template: t },
    ]);
    expect(design!.regions.map((r) => r.id)).toEqual(['a', 'a_2', 'region3']);
    expect(codes(diagnostics)).toEqual([ImportCodes.LANE_RENAMED, ImportCodes.LANE_RENAMED]);
  });
});

describe('parameter_groups across lanes', () => {
  it('merges groups of the same label back into one, keeping every lane order', async () => {
    const t = (params: string[]) =>
      hot(
        `heat_template_version: 2021-04-16\nparameter_groups: [{label: net, description: d, parameters: [${params.join(', ')}]}, {parameters: [z]}]\nresources: {}`,
      );
    const { design } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: t(['b']) },
      { laneId: 'b', regionName: 'B', template: t(['a', 'c']) },
      { laneId: 'c', regionName: 'C', template: t(['a', 'b']) },
    ]);
    expect(design!.parameter_groups).toEqual([
      { label: 'net', description: 'd', parameters: ['a', 'b', 'c'] },
      { parameters: ['z'] },
    ]);
  });

  it('mergeSequences: a topological merge, first appearance breaking ties', () => {
    expect(mergeSequences([['p1'], ['p0', 'p1']])).toEqual(['p0', 'p1']);
    expect(mergeSequences([['x', 'y'], ['y', 'z'], ['w']])).toEqual(['x', 'y', 'z', 'w']);
    expect(
      mergeSequences([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ).toEqual(['a', 'b']); // contradicting orders: still every item once
  });
});
