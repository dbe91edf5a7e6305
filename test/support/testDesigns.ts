import { makeCatalog } from '../../shared/catalog/catalog';
import type { Catalog } from '../../shared/catalog/types';

/** A two-region design with a cross-region reference (Heat-native types only). */
export const TWO_REGION_DESIGN = `isotherm: 1
name: shop
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
  west: {region_name: RegionTwo}
resources:
  db: {type: OS::Heat::RandomString, region: east, properties: {length: 12}}
  app:
    type: OS::Heat::Value
    region: west
    properties:
      value: {get_attr: [db, value]}
`;

/** The Heat-native types the test designs use, with the schemas Heat reports for the properties they set. */
export function heatNativeCatalog(): Catalog {
  return makeCatalog(
    {
      heatVersion: 'test',
      types: {
        'OS::Heat::RandomString': {
          resource_type: 'OS::Heat::RandomString',
          properties: { length: { type: 'integer' } },
          attributes: { value: {} },
        },
        'OS::Heat::Value': {
          resource_type: 'OS::Heat::Value',
          properties: { value: { type: 'any' }, type: { type: 'string' } },
          attributes: { value: {} },
        },
      },
    },
    {},
  );
}
