import { typeSchema } from '../catalog/catalog';
import {
  attributeSupport,
  propertySupport,
  replacementProperty,
  type Support,
  typeSupport,
} from '../catalog/support';
import type { Catalog, HeatPropertySchema, ResourceTypeSchema } from '../catalog/types';
import type { Design } from '../design/model';
import { listResources, type ResourceList } from '../design/resourceList';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';
import { resourceLabel } from './label';

/** Heat accepts DEPRECATED and HIDDEN items; they get a warning. (UNSUPPORTED ones are accepted silently.) */
const warned = (s: Support) => s.level === 'DEPRECATED' || s.level === 'HIDDEN';

/** `hidden in Heat since 5.0.0 (still accepted). Use property network.` */
function phrase(s: Support): string {
  const since = s.since !== undefined ? ` since ${s.since}` : '';
  const use = s.replacement !== undefined ? ` ${s.replacement}` : ' Heat names no replacement.';
  return `${s.level.toLowerCase()} in Heat${since} (still accepted).${use}`;
}

/** Deprecated and hidden resource types. */
export function validateTypeSupport(
  design: Design,
  catalog: Catalog,
  resources: ResourceList = listResources(design),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [id, r] of resources) {
    const schema = typeSchema(catalog, r.type);
    const s = schema === undefined ? undefined : typeSupport(schema);
    if (s === undefined || !warned(s)) continue;
    out.push(
      diag(
        CODES.W_DEPRECATED_TYPE,
        'warning',
        `${resourceLabel(id, r.type)}: type ${r.type} is ${phrase(s)}`,
        { resource: id, path: ['type'] },
      ),
    );
  }
  return out;
}

/** The schema of a top-level property Heat hides from its API but still accepts (RandomString `sequence`). */
export function hiddenProperty(
  schema: ResourceTypeSchema,
  name: string,
): HeatPropertySchema | undefined {
  const hidden = schema['x-isotherm-hidden']?.properties;
  return hidden !== undefined && Object.prototype.hasOwnProperty.call(hidden, name)
    ? hidden[name]
    : undefined;
}

/** Is `attribute` one Heat hides from its API but still resolves (Server `first_address`)? */
export function isHiddenAttribute(schema: ResourceTypeSchema, attribute: string): boolean {
  const hidden = schema['x-isotherm-hidden']?.attributes;
  return hidden !== undefined && Object.prototype.hasOwnProperty.call(hidden, attribute);
}

/** A warning when the property at `path` (below `properties`) is deprecated or hidden, else undefined. */
export function propertySupportWarning(
  schema: ResourceTypeSchema,
  where: { resource: string; label: string; show: () => string; path: (string | number)[] },
): Diagnostic | undefined {
  const s = propertySupport(schema, where.path.slice(1));
  if (!warned(s)) return undefined;
  return diag(
    CODES.W_DEPRECATED_PROPERTY,
    'warning',
    `Property '${where.show()}' of ${where.label} is ${phrase(s)}`,
    { resource: where.resource, path: where.path },
  );
}

/** A warning when get_attr reads a deprecated or hidden attribute, else undefined. */
export function attributeSupportWarning(
  schema: ResourceTypeSchema,
  attribute: string,
  where: { subject: string; target: string; at: { resource?: string; path: (string | number)[] } },
): Diagnostic | undefined {
  const s = attributeSupport(schema, attribute);
  if (!warned(s)) return undefined;
  return diag(
    CODES.W_DEPRECATED_ATTRIBUTE,
    'warning',
    `${where.subject} reads attribute '${attribute}' of ${where.target}, which is ${phrase(s)}`,
    where.at,
  );
}

/**
 * Properties that a present deprecated or hidden one stands in for (Heat translates `network_id` into
 * `network` before it checks what is required), for the map at `path` (below `properties`).
 */
export function replacedByPresent(
  schema: ResourceTypeSchema,
  values: Record<string, unknown>,
  path: (string | number)[],
): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(values)) {
    if (values[key] === null || values[key] === undefined) continue;
    const target = replacementProperty(propertySupport(schema, [...path.slice(1), key]));
    if (target !== undefined) out.add(target);
  }
  return out;
}
