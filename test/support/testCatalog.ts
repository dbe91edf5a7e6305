import { makeCatalog } from '../../shared/catalog/catalog';
import type { Catalog, ConstraintTargets, ResourceTypeSchema } from '../../shared/catalog/types';

/**
 * A small catalog written by hand in the format of Heat's `GET resource_types/{type}`, for tests that must not
 * depend on the bundled snapshot. Pass extra schemas to add or replace types.
 */
export function testCatalog(extra: ResourceTypeSchema[] = []): Catalog {
  const types: ResourceTypeSchema[] = [
    {
      resource_type: 'OS::Heat::RandomString',
      properties: {
        length: { type: 'integer', default: 32, constraints: [{ range: { min: 1, max: 512 } }] },
        sequence: {
          type: 'string',
          constraints: [
            {
              allowed_values: [
                'lettersdigits',
                'letters',
                'lowercase',
                'uppercase',
                'digits',
                'hexdigits',
                'octdigits',
              ],
            },
          ],
        },
        character_classes: {
          type: 'list',
          schema: {
            '*': {
              type: 'map',
              schema: {
                class: {
                  type: 'string',
                  default: 'lettersdigits',
                  constraints: [
                    {
                      allowed_values: [
                        'lettersdigits',
                        'letters',
                        'lowercase',
                        'uppercase',
                        'digits',
                        'hexdigits',
                        'octdigits',
                      ],
                    },
                  ],
                },
                min: {
                  type: 'integer',
                  default: 1,
                  constraints: [{ range: { min: 1, max: 512 } }],
                },
              },
            },
          },
        },
        salt: { type: 'string', update_allowed: true },
      },
      attributes: { value: { type: 'string' }, show: { type: 'map' } },
    },
    {
      resource_type: 'OS::Heat::Value',
      properties: {
        value: { type: 'any', required: true, update_allowed: true },
        type: {
          type: 'string',
          update_allowed: true,
          constraints: [
            { allowed_values: ['string', 'number', 'comma_delimited_list', 'json', 'boolean'] },
          ],
        },
      },
      attributes: { value: { type: 'any' }, show: { type: 'map' } },
    },
    {
      resource_type: 'OS::Heat::TestResource',
      properties: {
        value: { type: 'string', default: 'test_string', update_allowed: true },
        wait_secs: { type: 'number', default: 0, update_allowed: true },
        fail: { type: 'boolean', default: false, update_allowed: true },
        attr_wait_secs: { type: 'number', default: 0 },
      },
      attributes: { output: { type: 'string' }, show: { type: 'map' } },
    },
    { resource_type: 'OS::Heat::None', properties: {}, attributes: { show: { type: 'map' } } },
    {
      resource_type: 'OS::Heat::Stack',
      properties: {
        context: {
          type: 'map',
          schema: {
            region_name: { type: 'string' },
            credential_secret_id: { type: 'string' },
            ca_cert: { type: 'string' },
            insecure: { type: 'boolean' },
          },
        },
        template: { type: 'string', required: true, update_allowed: true },
        timeout: { type: 'integer', update_allowed: true },
        parameters: { type: 'map', default: {}, update_allowed: true },
      },
      attributes: {
        stack_name: { type: 'string' },
        outputs: { type: 'map' },
        show: { type: 'map' },
      },
    },
    {
      resource_type: 'OS::Heat::ResourceGroup',
      properties: {
        count: { type: 'integer', default: 1, constraints: [{ range: { min: 0 } }] },
        resource_def: { type: 'map', required: true },
      },
      attributes: { refs: { type: 'list' }, attributes: { type: 'map' }, show: { type: 'map' } },
    },
    {
      resource_type: 'OS::Neutron::Net',
      properties: {
        name: { type: 'string', update_allowed: true },
        admin_state_up: { type: 'boolean', default: true },
        tags: { type: 'list', schema: { '*': { type: 'string' } } },
        value_specs: { type: 'map', default: {} },
      },
      attributes: {
        status: { type: 'string' },
        subnets: { type: 'list' },
        mtu: { type: 'integer' },
        show: { type: 'map' },
      },
    },
    {
      resource_type: 'OS::Neutron::Subnet',
      properties: {
        network: {
          type: 'string',
          required: true,
          constraints: [{ custom_constraint: 'neutron.network' }],
        },
        cidr: { type: 'string', constraints: [{ custom_constraint: 'net_cidr' }] },
        ip_version: { type: 'integer', default: 4, constraints: [{ allowed_values: [4, 6] }] },
      },
      attributes: {
        cidr: { type: 'string' },
        gateway_ip: { type: 'string' },
        show: { type: 'map' },
      },
    },
    {
      resource_type: 'OS::Neutron::Port',
      properties: {
        network: {
          type: 'string',
          required: true,
          constraints: [{ custom_constraint: 'neutron.network' }],
        },
        name: {
          type: 'string',
          update_allowed: true,
          constraints: [{ length: { min: 1, max: 255 } }],
        },
        fixed_ips: {
          type: 'list',
          schema: {
            '*': {
              type: 'map',
              schema: {
                subnet: { type: 'string', constraints: [{ custom_constraint: 'neutron.subnet' }] },
                ip_address: { type: 'string' },
              },
            },
          },
        },
      },
      attributes: {
        fixed_ips: { type: 'list' },
        mac_address: { type: 'string' },
        show: { type: 'map' },
      },
    },
    {
      resource_type: 'OS::Nova::Server',
      properties: {
        image: {
          type: 'string',
          update_allowed: true,
          constraints: [{ custom_constraint: 'glance.image' }],
        },
        flavor: {
          type: 'string',
          required: true,
          update_allowed: true,
          constraints: [{ custom_constraint: 'nova.flavor' }],
        },
        networks: {
          type: 'list',
          update_allowed: true,
          schema: {
            '*': {
              type: 'map',
              schema: {
                network: { type: 'string' },
                port: { type: 'string', constraints: [{ custom_constraint: 'neutron.port' }] },
              },
            },
          },
        },
        user_data: { type: 'string', default: '', update_allowed: true },
        name: {
          type: 'string',
          update_allowed: true,
          constraints: [{ allowed_pattern: '[a-z][a-z0-9-]*' }],
        },
        max_retries: { type: 'integer', constraints: [{ modulo: { step: 2, offset: 0 } }] },
      },
      attributes: {
        first_address: { type: 'string' },
        networks: { type: 'map' },
        name: { type: 'string' },
        show: { type: 'map' },
      },
    },
    ...extra,
  ];
  const constraints: ConstraintTargets = {
    'neutron.network': ['OS::Neutron::Net', 'OS::Neutron::ProviderNet'],
    'neutron.subnet': ['OS::Neutron::Subnet'],
    'neutron.port': ['OS::Neutron::Port'],
  };
  return makeCatalog(
    { heatVersion: 'test', types: Object.fromEntries(types.map((t) => [t.resource_type, t])) },
    constraints,
  );
}
