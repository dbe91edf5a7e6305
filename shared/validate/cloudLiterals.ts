/**
 * The literal values of a design that name things of a cloud (a flavor, an image, a network... by
 * name or id: properties whose custom_constraint has a cloud lookup), and the diagnostic for one
 * the lane's region does not have. Pure: the Node side lists the region's values.
 */
import { customConstraintOf, typeSchema } from '../catalog/catalog';
import { cloudLookupOf, hasCloudValue, type CloudValue } from '../catalog/cloudLookups';
import type { Catalog, HeatPropertySchema } from '../catalog/types';
import type { Design, HotValue } from '../design/model';
import { intrinsicCall, isMap } from '../hot';
import { diag, type Diagnostic } from '../util/diagnostics';

export const NOT_IN_CLOUD_CODE = 'W_NOT_IN_CLOUD';
export const CLOUD_VALUES_UNCHECKED_CODE = 'I_CLOUD_VALUES_UNCHECKED';

export interface CloudLiteral {
  resource: string;
  /** The lane (its id) and the OpenStack region it maps to. */
  lane: string;
  regionName: string;
  /** The lane's own cloud, when it names one. */
  cloud?: string;
  /** Below the resource: `['properties', 'flavor']`, `['properties', 'networks', 0, 'network']`. */
  path: (string | number)[];
  constraint: string;
  value: string;
}

function collect(
  value: HotValue | undefined,
  schema: HeatPropertySchema,
  path: (string | number)[],
  found: (path: (string | number)[], constraint: string, value: string) => void,
): void {
  if (value === undefined || value === null || intrinsicCall(value) !== undefined) return;
  const constraint = customConstraintOf(schema);
  if (typeof value === 'string') {
    if (value !== '' && cloudLookupOf(constraint) !== undefined) found(path, constraint!, value);
    return;
  }
  if (Array.isArray(value)) {
    const item = schema.schema?.['*'];
    if (item !== undefined) value.forEach((v, i) => collect(v, item, [...path, i], found));
    return;
  }
  if (isMap(value) && schema.schema !== undefined)
    for (const [k, v] of Object.entries(value)) {
      const sub = Object.prototype.hasOwnProperty.call(schema.schema, k)
        ? schema.schema[k]
        : undefined;
      if (sub !== undefined) collect(v, sub, [...path, k], found);
    }
}

/** Every literal of the design whose property names a thing of the cloud, with its lane's region. */
export function cloudLiterals(design: Design, catalog: Catalog): CloudLiteral[] {
  const lanes = new Map(design.regions.map((r) => [r.id, r]));
  const out: CloudLiteral[] = [];
  for (const [id, resource] of Object.entries(design.resources)) {
    const lane = lanes.get(resource.region);
    const props = typeSchema(catalog, resource.type)?.properties;
    if (lane === undefined || props === undefined || !isMap(resource.properties ?? undefined))
      continue;
    for (const [name, value] of Object.entries(resource.properties!)) {
      const schema = Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
      if (schema === undefined) continue;
      collect(value, schema, ['properties', name], (path, constraint, v) =>
        out.push({
          resource: id,
          lane: lane.id,
          regionName: lane.region_name,
          ...(lane.cloud !== undefined ? { cloud: lane.cloud } : {}),
          path,
          constraint,
          value: v,
        }),
      );
    }
  }
  return out;
}

/** A warning when the region's values (by name or id) do not include the literal. */
export function notInCloud(
  literal: CloudLiteral,
  values: readonly CloudValue[],
  cloud: string,
): Diagnostic | undefined {
  if (hasCloudValue(values, literal.value)) return undefined;
  const noun = cloudLookupOf(literal.constraint)?.noun ?? literal.constraint;
  return diag(
    NOT_IN_CLOUD_CODE,
    'warning',
    `"${literal.value}" is not among the ${noun} of region ${literal.regionName} on ${cloud} (by name or id): pick one from the cloud in the inspector, or create it first.`,
    { resource: literal.resource, path: literal.path, lane: literal.lane },
  );
}

/** Information (once per lane region and kind): literals that could not be checked, and why. */
export function valuesUnchecked(literal: CloudLiteral, reason: string): Diagnostic {
  const noun = cloudLookupOf(literal.constraint)?.noun ?? literal.constraint;
  return diag(
    CLOUD_VALUES_UNCHECKED_CODE,
    'info',
    `The ${noun} named in lane ${literal.lane} were not checked against region ${literal.regionName}: ${reason}`,
    { lane: literal.lane },
  );
}
