import { describe, expect, it } from 'vitest';
import type { HotMap } from '../design/model';
import { testCatalog } from '../../test/support/testCatalog';
import { compile } from './compile';
import { isSecretReference, SECRET_NAME } from './secrets';
import { testDesign } from '../../test/support/testDesign';

const catalog = testCatalog();

const design = testDesign({
  regions: { east: 'R1', west: 'R2' },
  parameters: { db_pw: { type: 'string', hidden: true }, env: { type: 'string', default: 'prod' } },
  resources: {
    rand: { type: 'OS::Heat::RandomString', region: 'east' },
    wrapped: {
      type: 'OS::Heat::Value',
      region: 'east',
      properties: { value: { list_join: [':', ['x', { get_attr: ['rand', 'value'] }]] } },
    },
    from_param: {
      type: 'OS::Heat::Value',
      region: 'east',
      properties: { value: { get_param: 'db_pw' } },
    },
    plain: { type: 'OS::Heat::Value', region: 'east', properties: { value: { get_param: 'env' } } },
    server: {
      type: 'OS::Heat::TestResource',
      region: 'east',
      properties: { value: 'v', password: { get_param: 'db_pw' } },
    },
    user: {
      type: 'OS::Heat::None',
      region: 'east',
      properties: { password: { get_attr: ['rand', 'value'] } },
    },
    consumer: {
      type: 'OS::Heat::Value',
      region: 'west',
      properties: {
        value: {
          list: [
            { get_attr: ['rand', 'value'] },
            { get_resource: 'rand' },
            { get_attr: ['wrapped', 'value'] },
            { get_attr: ['from_param', 'value'] },
            { get_attr: ['plain', 'value'] },
            { get_resource: 'server' },
            { get_resource: 'user' },
            { get_attr: ['user', 'admin_password'] },
          ],
        },
      },
    },
  },
});

describe('secrets across regions', () => {
  it('names secrets by a small rule', () => {
    for (const s of [
      'password',
      'admin_pass',
      'db_password',
      'client_secret',
      'auth_token',
      'private_key',
      'key_material',
      'credential',
    ])
      expect(SECRET_NAME.test(s), s).toBe(true);
    for (const s of ['value', 'name', 'id', 'first_address', 'bypass_rules', 'keyname', 'output'])
      expect(SECRET_NAME.test(s), s).toBe(false);
  });

  it('marks the receiving parameter hidden for RandomString, secret-named attributes and values derived from hidden parameters', () => {
    const result = compile(design, catalog);
    const params = result.templates.west!['parameters'] as Record<string, HotMap>;
    const hidden = Object.entries(params)
      .filter(([, p]) => p['hidden'] === true)
      .map(([n]) => n)
      .sort();
    const shown = Object.entries(params)
      .filter(([, p]) => p['hidden'] !== true)
      .map(([n]) => n)
      .sort();
    expect(hidden).toEqual(
      ['from_param_value', 'rand_id', 'rand_value', 'user_admin_password', 'wrapped_value'].sort(),
    );
    expect(shown).toEqual(['plain_value', 'server_id', 'user_id'].sort());
    // the source's generated outputs stay as they were
    expect(Object.keys(result.templates.east!['outputs'] as object).sort()).toEqual(
      [...hidden, ...shown].sort(),
    );
  });

  it('follows references without looping', () => {
    const loop = testDesign({
      regions: { a: 'R1' },
      resources: {
        x: {
          type: 'OS::Heat::Value',
          region: 'a',
          properties: { value: { get_attr: ['y', 'value'] } },
        },
        y: {
          type: 'OS::Heat::Value',
          region: 'a',
          properties: { value: { get_attr: ['x', 'value'] } },
        },
      },
    });
    expect(isSecretReference(loop, 'x', ['value'])).toBe(false);
  });
});
