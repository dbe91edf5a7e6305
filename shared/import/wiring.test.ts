import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HotMap } from '../design/model';
import { ImportCodes } from './codes';
import { importTemplates } from './importTemplates';

const hot = (text: string) => parse(text, { schema: 'core' }) as HotMap;

const east = hot(`
heat_template_version: 2021-04-16
parameters: {len: {type: number, default: 8}}
resources:
  db: {type: OS::Heat::RandomString, properties: {length: {get_param: len}}}
outputs:
  db_value: {value: {get_attr: [db, value]}}
  db_id: {value: {get_resource: db}}
  public: {value: {get_attr: [db, value]}, description: kept}
`);

describe('importTemplates: cross-region wiring', () => {
  it('turns a parameter without default named like a plain output of another lane into that reference', async () => {
    const west = hot(`
heat_template_version: 2021-04-16
parameters:
  db_value: {type: string}
  db_id: {type: string}
resources:
  app:
    type: OS::Heat::Value
    properties:
      value: {list_join: ['-', [{get_param: db_value}, {get_param: db_id}]]}
outputs:
  seen: {value: {get_param: db_value}}
`);
    const { design, diagnostics } = await importTemplates([
      { laneId: 'east', regionName: 'R1', template: east },
      { laneId: 'west', regionName: 'R2', template: west },
    ]);
    expect(design!.resources.app!.properties).toEqual({
      value: { list_join: ['-', [{ get_attr: ['db', 'value'] }, { get_resource: 'db' }]] },
    });
    expect(design!.parameters).toEqual({ len: { type: 'number', default: 8 } });
    // the consumed outputs go; the one nobody reads stays
    expect(design!.outputs).toEqual({
      public: { value: { get_attr: ['db', 'value'] }, description: 'kept' },
      seen: { value: { get_attr: ['db', 'value'] }, region: 'west' },
    });
    expect(diagnostics.filter((d) => d.code === ImportCodes.WIRED).map((d) => d.path)).toEqual([
      ['parameters', 'db_value'],
      ['parameters', 'db_id'],
    ]);
  });

  it('follows a resource renamed for a clash, and carries a get_param path into get_attr', async () => {
    const a = hot(
      'heat_template_version: 2021-04-16\nresources:\n  x: {type: OS::Heat::Value, properties: {value: {a: 1}}}\noutputs:\n  xv: {value: {get_attr: [x, value]}}',
    );
    const b = hot(
      'heat_template_version: 2021-04-16\nresources:\n  x: {type: OS::Heat::Value, properties: {value: {get_param: [xv, a]}}}\nparameters: {xv: {type: json}}',
    );
    const c = hot(
      'heat_template_version: 2021-04-16\nresources:\n  x: {type: OS::Heat::None}\noutputs:\n  xv2: {value: {get_attr: [x, show]}}',
    );
    const d = hot(
      'heat_template_version: 2021-04-16\nparameters: {xv2: {type: string}}\nresources:\n  y: {type: OS::Heat::Value, properties: {value: {get_param: xv2}}}',
    );
    const { design } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: a },
      { laneId: 'b', regionName: 'B', template: b },
      { laneId: 'c', regionName: 'C', template: c },
      { laneId: 'd', regionName: 'D', template: d },
    ]);
    expect(design!.resources.x_b!.properties).toEqual({ value: { get_attr: ['x', 'value', 'a'] } });
    expect(design!.resources.y!.properties).toEqual({ value: { get_attr: ['x_c', 'show'] } });
    expect(design!.outputs).toEqual({});
    expect(design!.parameters).toEqual({});
  });

  it('uses the compiler description to find the source even with a default and a conditional output', async () => {
    const a = hot(`
heat_template_version: 2021-04-16
conditions: {on: true}
resources:
  x: {type: OS::Heat::None, condition: on}
outputs:
  x_id: {value: {get_resource: x}, condition: on, description: 'Isotherm: value for region b'}`);
    const b = hot(`
heat_template_version: 2021-04-16
parameters:
  x_id: {type: string, default: '', description: 'Isotherm: output x_id of region a'}
resources:
  y: {type: OS::Heat::Value, properties: {value: {get_param: x_id}}}`);
    const { design } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: a },
      { laneId: 'b', regionName: 'B', template: b },
    ]);
    expect(design!.resources.y!.properties).toEqual({ value: { get_resource: 'x' } });
    expect(design!.parameters).toEqual({});
    expect(design!.outputs).toEqual({});
  });

  it('leaves a parameter with a default, an ambiguous one, or one used in a condition as a parameter', async () => {
    const src = hot(
      'heat_template_version: 2021-04-16\nresources:\n  s: {type: OS::Heat::None}\noutputs:\n  p: {value: {get_resource: s}}\n  q: {value: {get_resource: s}}\n  r: {value: {get_resource: s}}',
    );
    const src2 = hot(
      'heat_template_version: 2021-04-16\nresources:\n  t: {type: OS::Heat::None}\noutputs:\n  q: {value: {get_resource: t}}',
    );
    const user = hot(`
heat_template_version: 2021-04-16
parameters: {p: {type: string, default: x}, q: {type: string}, r: {type: string}}
conditions: {c: {equals: [{get_param: r}, '']}}
resources:
  u: {type: OS::Heat::Value, properties: {value: [{get_param: p}, {get_param: q}, {get_param: r}]}}`);
    const { design, diagnostics } = await importTemplates([
      { laneId: 'a', regionName: 'A', template: src },
      { laneId: 'b', regionName: 'B', template: src2 },
      { laneId: 'c', regionName: 'C', template: user },
    ]);
    expect(design!.resources.u!.properties).toEqual({
      value: [{ get_param: 'p' }, { get_param: 'q' }, { get_param: 'r' }],
    });
    expect(Object.keys(design!.parameters)).toEqual(['p', 'q', 'r']);
    expect(diagnostics.filter((d) => d.code === ImportCodes.NOT_WIRED).map((d) => d.path)).toEqual([
      ['parameters', 'q'],
      ['parameters', 'r'],
    ]);
    expect(Object.keys(design!.outputs)).toEqual(['p', 'q', 'r', 'q_b']);
  });
});
