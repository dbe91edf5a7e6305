import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { HotMap } from '../design/model';
import { compareTemplates } from './compareTemplates';

const hot = (text: string) => parse(text, { schema: 'core' }) as HotMap;

const base = `
heat_template_version: 2021-04-16
parameters: {a: {type: string}, unused: {type: string}}
conditions: {c: true}
resources:
  x: {type: OS::Heat::None}
  y: {type: OS::Heat::Value, properties: {value: {get_param: a}}, depends_on: [x], condition: c}
outputs: {o: {value: {get_attr: [y, value]}}}
`;

describe('compareTemplates', () => {
  it('ignores key order, the description and the form of depends_on', () => {
    const other = hot(`
description: made by a compiler
resources:
  y: {depends_on: x, condition: c, properties: {value: {get_param: a}}, type: OS::Heat::Value}
  x: {type: OS::Heat::None, properties: {}}
outputs: {o: {value: {get_attr: [y, value]}}}
conditions: {c: true}
parameters: {unused: {type: string}, a: {type: string}}
heat_template_version: 2021-04-16
`);
    expect(compareTemplates(hot(base), other)).toEqual([]);
  });

  it('finds every kind of difference and marks unused parameters', () => {
    const other = hot(`
heat_template_version: 2018-08-31
parameters: {a: {type: number}}
resources:
  y: {type: OS::Heat::Value, properties: {value: {get_param: b}}, condition: c}
  z: {type: OS::Heat::None}
outputs: {o: {value: {get_attr: [y, value]}, description: new}}
`);
    expect(compareTemplates(hot(base), other)).toEqual([
      { path: 'heat_template_version', kind: 'changed' },
      { path: 'resources.x', kind: 'missing' },
      { path: 'resources.y.properties', kind: 'changed' },
      { path: 'resources.y.depends_on', kind: 'missing' },
      { path: 'resources.z', kind: 'added' },
      { path: 'parameters.a', kind: 'changed' },
      { path: 'parameters.unused', kind: 'missing', unused: true },
      { path: 'conditions.c', kind: 'missing' },
      { path: 'outputs.o', kind: 'changed' },
    ]);
  });
});
