import { describe, expect, it } from 'vitest';
import { FILE_CODES } from '../design/codes';
import { ImportCodes } from './codes';
import { importNested } from './importNested';

const files = (map: Record<string, string>) => (path: string) => map[path];

const parent = `
heat_template_version: 2021-04-16
description: two regions
parameters:
  image: {type: string, default: cirros, description: parent image}
  size: {type: number, default: 3}
resources:
  east:
    type: OS::Heat::Stack
    properties:
      context: {region_name: RegionOne}
      template: {get_file: east.yaml}
      parameters:
        image: {get_param: image}
        length: {get_param: size}
  west:
    type: OS::Heat::Stack
    properties:
      context: {region_name: RegionTwo}
      template: {get_file: sub/west.yaml}
      timeout: 30
      parameters:
        secret: {get_attr: [east, outputs, db_value]}
        prefix: fixed
        both: {list_join: ['-', [{get_param: image}, {get_attr: [east, outputs, db_id]}]]}
outputs:
  app_value: {value: {get_attr: [west, outputs, app_value]}, description: the app}
  all_east: {value: {get_attr: [east, outputs]}}
`;
const east = `
heat_template_version: 2021-04-16
parameters:
  image: {type: string, description: child image}
  length: {type: number}
resources:
  db: {type: OS::Heat::RandomString, properties: {length: {get_param: length}, salt: {get_param: image}}}
outputs:
  db_value: {value: {get_attr: [db, value]}}
  db_id: {value: {get_resource: db}}
`;
const west = `
heat_template_version: 2021-04-16
parameters:
  secret: {type: string}
  prefix: {type: string}
  both: {type: string}
  image: {type: string, default: other}
resources:
  app:
    type: OS::Heat::Value
    properties: {value: {list_join: ['', [{get_param: prefix}, {get_param: secret}, {get_param: both}, {get_param: image}]]}}
  cfg: {type: OS::Heat::SoftwareConfig, properties: {config: {get_file: scripts/run.sh}}}
outputs:
  app_value: {value: {get_attr: [app, value]}}
`;

describe('importNested (model 2)', () => {
  it('makes a lane per remote stack and turns the parent wiring into references and parameters', async () => {
    const { design, diagnostics } = await importNested(
      parent,
      files({ 'east.yaml': east, 'sub/west.yaml': west, 'sub/scripts/run.sh': 'echo' }),
      { name: 'n' },
    );
    expect(design!.regions).toEqual([
      { id: 'east', region_name: 'RegionOne' },
      { id: 'west', region_name: 'RegionTwo' },
    ]);
    expect(design!.description).toBe('two regions');
    expect(design!.resources.db).toEqual({
      type: 'OS::Heat::RandomString',
      region: 'east',
      properties: { length: { get_param: 'size' }, salt: { get_param: 'image' } },
    });
    expect(design!.resources.app!.properties).toEqual({
      value: {
        list_join: [
          '',
          [
            { get_param: 'prefix' },
            { get_attr: ['db', 'value'] },
            { list_join: ['-', [{ get_param: 'image' }, { get_resource: 'db' }]] },
            { get_param: 'image_west' },
          ],
        ],
      },
    });
    // the parent's definitions win; the child's own differing "image" was moved aside; the literal became a default
    expect(design!.parameters).toEqual({
      image: { type: 'string', default: 'cirros', description: 'parent image' },
      size: { type: 'number', default: 3 },
      prefix: { type: 'string', default: 'fixed' },
      image_west: { type: 'string', default: 'other' },
    });
    expect(design!.outputs).toEqual({
      app_value: { value: { get_attr: ['app', 'value'] }, description: 'the app' },
      all_east: {
        value: { db_value: { get_attr: ['db', 'value'] }, db_id: { get_resource: 'db' } },
      },
    });
    const warnings = diagnostics.filter((d) => d.severity !== 'info');
    expect(warnings).toEqual([
      expect.objectContaining({ code: ImportCodes.NESTED_DROPPED, resource: 'west' }),
    ]);
    expect(warnings[0]!.message).toMatch(/timeout/);
    expect(Object.keys(design!.layout).sort()).toEqual(['app', 'cfg', 'db']);
  });

  it('reports a missing child file, a child output that does not exist, and keeps going', async () => {
    const text = `
heat_template_version: 2021-04-16
resources:
  a:
    type: OS::Heat::Stack
    properties: {context: {region_name: R1}, template: {get_file: missing.yaml}}
  b:
    type: OS::Heat::Stack
    properties:
      context: {region_name: R2}
      template: {get_file: b.yaml}
      parameters: {p: {get_attr: [a, outputs, nope]}}
`;
    const { design, diagnostics } = await importNested(
      text,
      files({
        'b.yaml':
          'heat_template_version: 2021-04-16\nparameters: {p: {type: string}}\nresources:\n  r: {type: OS::Heat::Value, properties: {value: {get_param: p}}}',
      }),
    );
    expect(design!.regions.map((r) => r.id)).toEqual(['a', 'b']);
    expect(design!.resources.r!.properties).toEqual({ value: { get_param: 'p' } });
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([
      ImportCodes.NOT_HOT,
      ImportCodes.NOT_WIRED,
    ]);
    expect(diagnostics[0]!.message).toMatch(/missing\.yaml/);
    expect(diagnostics[1]!.message).toMatch(/no such output/);
  });

  it("puts the parent's own resources in a lane of their own and reads stack outputs into them", async () => {
    const text = `
heat_template_version: 2021-04-16
resources:
  remote:
    type: OS::Heat::Stack
    properties: {context: {region_name: R1}, template: {get_file: c.yaml}}
  local: {type: OS::Heat::Value, properties: {value: {get_attr: [remote, outputs, v]}}, depends_on: remote}
`;
    const c =
      'heat_template_version: 2021-04-16\nresources:\n  local: {type: OS::Heat::None}\noutputs:\n  v: {value: {get_attr: [local, show]}}';
    const { design, diagnostics } = await importNested(text, files({ 'c.yaml': c }), {
      parentRegionName: 'Home',
    });
    expect(design!.regions).toEqual([
      { id: 'parent', region_name: 'Home' },
      { id: 'remote', region_name: 'R1' },
    ]);
    expect(design!.resources).toEqual({
      local: {
        type: 'OS::Heat::Value',
        region: 'parent',
        properties: { value: { get_attr: ['local_remote', 'show'] } },
      },
      local_remote: { type: 'OS::Heat::None', region: 'remote' },
    });
    expect(design!.outputs).toEqual({});
    expect(diagnostics.map((d) => d.code)).toContain(ImportCodes.PARENT_LANE);
  });

  it('reads an unreadable parent as a diagnostic, not a crash', async () => {
    const bad = await importNested('a: [unclosed', files({}));
    expect(bad.design).toBeNull();
    expect(bad.diagnostics.map((d) => d.code)).toEqual([FILE_CODES.SYNTAX, ImportCodes.NOTHING]);
    expect(bad.diagnostics[0]!.message).toMatch(/^the parent template: /);
    const plain = await importNested(
      'heat_template_version: 2021-04-16\nresources:\n  x: {type: OS::Heat::None}',
      files({}),
    );
    expect(plain.design!.regions).toEqual([{ id: 'parent', region_name: 'RegionOne' }]);
    expect(plain.diagnostics.map((d) => d.code)).toEqual([ImportCodes.PARENT_LANE]);
  });
});
