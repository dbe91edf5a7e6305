import type {
  Catalog,
  CatalogSnapshot,
  ConstraintTargets,
  HeatPropertySchema,
  ResourceTypeSchema,
} from './types';

export function makeCatalog(
  snapshot: CatalogSnapshot,
  constraintTargets: ConstraintTargets,
): Catalog {
  return {
    heatVersion: snapshot.heatVersion ?? 'unknown',
    types: snapshot.types,
    constraintTargets,
  };
}

export function typeSchema(catalog: Catalog, type: string): ResourceTypeSchema | undefined {
  return Object.prototype.hasOwnProperty.call(catalog.types, type)
    ? catalog.types[type]
    : undefined;
}

/** The custom_constraint of a property schema, if any (e.g. `neutron.network`). */
export function customConstraintOf(schema: HeatPropertySchema): string | undefined {
  for (const c of schema.constraints ?? []) {
    if ('custom_constraint' in c) return c.custom_constraint;
  }
  return undefined;
}

/** Does a `get_resource` of `targetType` satisfy this property's custom_constraint? */
export function satisfiesConstraint(
  catalog: Catalog,
  schema: HeatPropertySchema,
  targetType: string,
): boolean {
  const cc = customConstraintOf(schema);
  return cc !== undefined && (catalog.constraintTargets[cc] ?? []).includes(targetType);
}

/** The service a type belongs to, for grouping the palette: `OS::Neutron::Port` -> `Neutron`. */
export function serviceOf(type: string): string {
  const parts = type.split('::');
  return parts.length >= 3 ? (parts[1] ?? type) : (parts[0] ?? type);
}
