import { makeCatalog } from '../../shared/catalog/catalog';
import type { Catalog } from '../../shared/catalog/types';
import { emptyDesign, type Design } from '../../shared/design/model';

/** A small catalog in Heat's schema format (shapes as Heat Zed returns them) for tests of the ops and the store. */
export function miniCatalog(): Catalog {
  const cc = (name: string) => [{ custom_constraint: name }];
  return makeCatalog(
    {
      heatVersion: 'test',
      types: {
        'OS::Neutron::Net': {
          resource_type: 'OS::Neutron::Net',
          description: 'A network.',
          properties: {
            name: { type: 'string' },
            admin_state_up: { type: 'boolean', default: true },
          },
          attributes: { name: { description: 'Net name.' }, subnets: {}, show: {} },
        },
        'OS::Neutron::Subnet': {
          resource_type: 'OS::Neutron::Subnet',
          properties: {
            network: { type: 'string', required: true, constraints: cc('neutron.network') },
            cidr: { type: 'string' },
            ip_version: { type: 'integer', default: 4, constraints: [{ allowed_values: [4, 6] }] },
          },
          attributes: { cidr: {} },
        },
        'OS::Neutron::Port': {
          resource_type: 'OS::Neutron::Port',
          properties: {
            network: { type: 'string', required: true, constraints: cc('neutron.network') },
            fixed_ips: {
              type: 'list',
              schema: {
                '*': {
                  type: 'map',
                  schema: {
                    subnet: { type: 'string', constraints: cc('neutron.subnet') },
                    ip_address: { type: 'string' },
                  },
                },
              },
            },
            security_groups: {
              type: 'list',
              schema: { '*': { type: 'string', constraints: cc('neutron.security_group') } },
            },
          },
          attributes: { fixed_ips: {}, mac_address: {} },
        },
        'OS::Neutron::SecurityGroup': {
          resource_type: 'OS::Neutron::SecurityGroup',
          properties: { name: { type: 'string' } },
          attributes: {},
        },
        'OS::Heat::RandomString': {
          resource_type: 'OS::Heat::RandomString',
          properties: {
            length: {
              type: 'integer',
              default: 32,
              constraints: [{ range: { min: 1, max: 512 } }],
            },
          },
          attributes: { value: { description: 'The random string.' } },
        },
        'OS::Heat::Value': {
          resource_type: 'OS::Heat::Value',
          properties: {
            value: { type: 'any', required: true },
            type: {
              type: 'string',
              constraints: [{ allowed_values: ['string', 'number', 'json', 'boolean'] }],
            },
          },
          attributes: { value: {} },
        },
      },
    },
    {
      'neutron.network': ['OS::Neutron::Net'],
      'neutron.subnet': ['OS::Neutron::Subnet'],
      'neutron.security_group': ['OS::Neutron::SecurityGroup'],
    },
  );
}

/** Two lanes, a network in east, a port in east bound to it, a value in west reading the port (cross-lane). */
export function twoLaneDesign(): Design {
  return {
    ...emptyDesign('shop'),
    regions: [
      { id: 'east', region_name: 'RegionOne' },
      { id: 'west', region_name: 'RegionTwo' },
    ],
    resources: {
      net: { type: 'OS::Neutron::Net', region: 'east' },
      port: {
        type: 'OS::Neutron::Port',
        region: 'east',
        properties: { network: { get_resource: 'net' } },
      },
      val: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: { value: { get_attr: ['port', 'mac_address'] } },
        depends_on: ['net'],
      },
    },
    outputs: {
      mac: { value: { get_attr: ['port', 'mac_address'] } },
      both: { value: [{ get_resource: 'net' }, 'x'] },
    },
    layout: { net: { x: 10, y: 20 }, port: { x: 200, y: 20 }, val: { x: 10, y: 20 } },
  };
}
