import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { hotMapArbitrary } from '../../test/support/arbitraries';
import { FILE_CODES } from './codes';
import { dumpHot, parseHot } from './hotYaml';

describe('dumpHot', () => {
  const template = {
    heat_template_version: '2021-04-16',
    description: 'web tier',
    parameters: { image: { type: 'string', default: 'cirros' } },
    resources: {
      server: {
        type: 'OS::Nova::Server',
        properties: {
          image: { get_param: 'image' },
          user_data: '#!/bin/bash\nset -e\necho "hello $HOSTNAME"\n  indented: yes\n',
          metadata: { flag: 'yes', mode: '0755', n: 'n' },
        },
      },
    },
    outputs: { ip: { value: { get_attr: ['server', 'first_address'] } } },
  };

  it('keeps the template order, writes scripts as block scalars, and reads back the same', () => {
    const text = dumpHot(template);
    expect(Object.keys(parseHot(text).template!)).toEqual([
      'heat_template_version',
      'description',
      'parameters',
      'resources',
      'outputs',
    ]);
    expect(text).toContain('      user_data: |\n        #!/bin/bash\n        set -e\n');
    expect(parseHot(text).template).toEqual(template);
    expect(dumpHot(parseHot(text).template!)).toBe(text);
  });

  it('quotes what a YAML 1.1 reader such as Heat would misread', () => {
    const text = dumpHot(template);
    // a YAML 1.1 reader (Heat uses PyYAML) must see the same strings
    const yaml11 = parseDocument(text, { version: '1.1' }).toJS() as typeof template;
    expect(yaml11.resources.server.properties.metadata).toEqual({
      flag: 'yes',
      mode: '0755',
      n: 'n',
    });
    expect(yaml11.heat_template_version).toBe('2021-04-16');
  });

  it('writes no anchors for shared objects', () => {
    const shared = { get_param: 'x' };
    expect(
      dumpHot({ heat_template_version: '2021-04-16', a: shared, b: shared } as never),
    ).not.toMatch(/[&*]ref/);
  });

  it('round-trips any template data', () => {
    fc.assert(
      fc.property(hotMapArbitrary(['a', 'b'], 3, 6), (body) => {
        const t = { heat_template_version: '2021-04-16', ...body };
        const back = parseHot(dumpHot(t));
        expect(back.template).toEqual(t);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

describe('parseHot', () => {
  it('reads dates as strings and plain yes/no/on/off as booleans, as Heat does', () => {
    const result = parseHot(
      'heat_template_version: 2018-08-31\nresources:\n  n:\n    type: OS::Neutron::Subnet\n    properties: {enable_dhcp: yes, name: "yes", other: off, y: n}\n',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.template?.heat_template_version).toBe('2018-08-31');
    expect(result.template?.resources).toEqual({
      n: {
        type: 'OS::Neutron::Subnet',
        properties: { enable_dhcp: true, name: 'yes', other: false, y: 'n' },
      },
    });
  });

  it('applies the same limits as designs', () => {
    expect(
      parseHot(`heat_template_version: 2021-04-16\nx: ${'['.repeat(1000)}`).diagnostics.map(
        (d) => d.code,
      ),
    ).toEqual([FILE_CODES.TOO_DEEP]);
    expect(
      parseHot('heat_template_version: 2021-04-16\n', { maxBytes: 10 }).diagnostics.map(
        (d) => d.code,
      ),
    ).toEqual([FILE_CODES.TOO_LARGE]);
    const bomb =
      'heat_template_version: 2021-04-16\na: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    expect(parseHot(bomb).diagnostics.map((d) => d.code)).toEqual([FILE_CODES.ALIASES]);
  });

  it('says what a file is when it is no HOT template', () => {
    expect(parseHot('isotherm: 1\nregions: {}\n').diagnostics[0]?.message).toContain(
      'Isotherm design',
    );
    expect(parseHot('AWSTemplateFormatVersion: 2010-09-09\n').diagnostics[0]?.message).toContain(
      'CloudFormation',
    );
    expect(parseHot('resources: {}\n').diagnostics[0]?.code).toBe(FILE_CODES.NOT_HOT);
    expect(parseHot('heat_template_version: [1]\n').diagnostics[0]).toMatchObject({
      code: FILE_CODES.SCHEMA,
      path: ['heat_template_version'],
    });
    expect(parseHot('a: [\n').diagnostics[0]?.code).toBe(FILE_CODES.SYNTAX);
  });
});
