import { describe, expect, it } from 'vitest';
import { declaredResources } from './declaredResources';

describe('declaredResources', () => {
  it('lists a template resource by name and type as Heat does before it starts', () => {
    const template = {
      heat_template_version: '2021-04-16',
      resources: {
        net: { type: 'OS::Neutron::Net' },
        word: { type: 'OS::Heat::RandomString', properties: { length: 8 } },
      },
    };
    expect(declaredResources(template)).toEqual([
      { resource_name: 'net', resource_type: 'OS::Neutron::Net', resource_status: 'INIT_COMPLETE' },
      {
        resource_name: 'word',
        resource_type: 'OS::Heat::RandomString',
        resource_status: 'INIT_COMPLETE',
      },
    ]);
  });

  it('leaves out a resource with a condition (it may never exist)', () => {
    const template = {
      conditions: { on: { equals: [{ get_param: 'flag' }, true] } },
      resources: {
        always: { type: 'OS::Heat::None' },
        maybe: { type: 'OS::Heat::None', condition: 'on' },
      },
    };
    expect(declaredResources(template)?.map((r) => r.resource_name)).toEqual(['always']);
  });

  it('says nothing of a template it cannot read (Heat lists those)', () => {
    expect(declaredResources('heat_template_version: 2021-04-16\nresources: {}\n')).toBeUndefined();
    expect(declaredResources({ resources: { odd: { properties: {} } } })).toBeUndefined();
    expect(declaredResources({ resources: [] })).toBeUndefined();
  });

  it('has nothing to list for a template without resources', () => {
    expect(declaredResources({ heat_template_version: '2021-04-16' })).toEqual([]);
  });
});
