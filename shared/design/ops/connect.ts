import { satisfiesConstraint, typeSchema } from '../../catalog/catalog';
import {
  attributeSupport,
  describeSupport,
  isOffered,
  propertySupport,
  type Support,
} from '../../catalog/support';
import type { Catalog, HeatPropertySchema, ResourceTypeSchema } from '../../catalog/types';
import type { Design } from '../model';
import { dependsOnList, type PathSegment, type Reference } from '../refs';
import { getIn } from './hotPath';
import { patchResource, setProperty } from './resources';
import { removeReference } from './rewrite';

/** Drawing an edge A -> B writes a reference in A; these are the ways to write it. */
export type Binding =
  /** `{get_resource: B}` at `path` below A's properties. */
  | { kind: 'property'; path: PathSegment[] }
  /** `{get_attr: [B, attribute]}` at `path` below A's properties. */
  | { kind: 'attribute'; path: PathSegment[]; attribute: string }
  /** `depends_on: [B]`. */
  | { kind: 'depends_on' };

export interface PropertyOption {
  path: PathSegment[];
  /** `network`, `networks[].port`, `security_groups[]`. */
  label: string;
  description?: string;
  required: boolean;
  /** Heat deprecates it: `deprecated since 12.0.0: ...` (hidden ones are not offered at all). */
  deprecated?: string;
}

export interface BindingOptions {
  /** Properties of A whose custom_constraint accepts B's type (bind with get_resource). */
  fitting: PropertyOption[];
  /** Attributes of B (bind with get_attr into one of `attributeTargets`); deprecated ones say so. */
  attributes: { name: string; description?: string; deprecated?: string }[];
  /** Top-level properties of A that can receive a get_attr. */
  attributeTargets: PropertyOption[];
}

function listLength(design: Design, from: string, name: string): number {
  const v = getIn(design.resources[from]?.properties, [name]);
  return Array.isArray(v) ? v.length : 0;
}

const deprecation = (s: Support) =>
  s.level === 'DEPRECATED' ? { deprecated: describeSupport(s) } : {};

/** Offered options first, deprecated ones after them; hidden and unsupported ones left out. */
function offered(
  schema: ResourceTypeSchema | undefined,
  options: PropertyOption[],
): PropertyOption[] {
  const kept: PropertyOption[] = [];
  for (const o of options) {
    const s = schema === undefined ? undefined : propertySupport(schema, o.path);
    if (s !== undefined && !isOffered(s)) continue;
    kept.push(s === undefined ? o : { ...o, ...deprecation(s) });
  }
  return [...kept.filter((o) => !o.deprecated), ...kept.filter((o) => o.deprecated)];
}

/** The ways an edge from `from` to `to` can be written, from the catalog's schemas. */
export function bindingsFor(
  design: Design,
  catalog: Catalog,
  from: string,
  to: string,
): BindingOptions {
  const a = design.resources[from];
  const b = design.resources[to];
  const empty: BindingOptions = { fitting: [], attributes: [], attributeTargets: [] };
  if (a === undefined || b === undefined || from === to) return empty;
  const aSchema = typeSchema(catalog, a.type);
  const bSchema = typeSchema(catalog, b.type);
  const fits = (s: HeatPropertySchema) => satisfiesConstraint(catalog, s, b.type);
  const fitting: PropertyOption[] = [];
  const option = (
    path: PathSegment[],
    label: string,
    s: HeatPropertySchema,
    required: boolean,
  ): PropertyOption => ({
    path,
    label,
    required,
    ...(s.description !== undefined ? { description: s.description } : {}),
  });
  for (const [name, s] of Object.entries(aSchema?.properties ?? {})) {
    const required = s.required === true;
    if (fits(s)) fitting.push(option([name], name, s, required));
    const item = s.schema?.['*'];
    if (s.type === 'list' && item !== undefined) {
      const at = listLength(design, from, name);
      if (fits(item)) fitting.push(option([name, at], `${name}[]`, item, required));
      for (const [key, sub] of Object.entries(item.schema ?? {})) {
        if (fits(sub)) fitting.push(option([name, at, key], `${name}[].${key}`, sub, required));
      }
    } else if (s.type === 'map') {
      for (const [key, sub] of Object.entries(s.schema ?? {})) {
        if (key !== '*' && fits(sub))
          fitting.push(option([name, key], `${name}.${key}`, sub, required));
      }
    }
  }
  const attributes = Object.entries(bSchema?.attributes ?? {})
    .filter(([name]) => name !== 'show')
    .map(([name, s]) => ({
      name,
      support: bSchema === undefined ? undefined : attributeSupport(bSchema, name),
      ...(s.description !== undefined ? { description: s.description } : {}),
    }))
    .filter((a) => a.support === undefined || isOffered(a.support))
    .map(({ support, ...a }) => ({ ...a, ...(support ? deprecation(support) : {}) }));
  const attributeTargets = Object.entries(aSchema?.properties ?? {})
    .filter(([, s]) => s.type !== 'boolean')
    .map(([name, s]) => option([name], name, s, s.required === true));
  return {
    fitting: offered(aSchema, fitting),
    attributes,
    attributeTargets: offered(aSchema, attributeTargets),
  };
}

/** Write the reference of an edge `from` -> `to` into `from`. */
export function connect(design: Design, from: string, to: string, binding: Binding): Design {
  if (from === to || design.resources[from] === undefined || design.resources[to] === undefined)
    return design;
  switch (binding.kind) {
    case 'property':
      return setProperty(design, from, binding.path, { get_resource: to });
    case 'attribute':
      return setProperty(design, from, binding.path, { get_attr: [to, binding.attribute] });
    case 'depends_on': {
      const r = design.resources[from]!;
      const list = dependsOnList(r);
      if (list.includes(to)) return design;
      return patchResource(design, from, { depends_on: list.length === 0 ? to : [...list, to] });
    }
  }
}

/** Remove the reference an edge stands for. */
export function disconnect(design: Design, edge: Reference): Design {
  return removeReference(design, edge);
}

/** A stable key for a reference (the id of its edge on the canvas). */
export function referenceKey(ref: Reference): string {
  const holder = ref.from ?? `output:${ref.output ?? ''}`;
  return `${holder}>${ref.target}@${ref.path.join('.')}`;
}
