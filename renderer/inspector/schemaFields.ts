import { customConstraintOf } from '../../shared/catalog/catalog';
import { cloudLookupOf } from '../../shared/catalog/cloudLookups';
import type { CloudPickTarget } from '../deploy/cloudValuesActions';
import type { Catalog, HeatPropertySchema } from '../../shared/catalog/types';
import type { Design, HotValue } from '../../shared/design/model';
import { intrinsicOf } from '../../shared/hot';
import { parse, stringify } from 'yaml';

/** How the inspector edits a value: pure helpers from the Heat schema. */

export type ValueMode = 'literal' | 'param' | 'resource' | 'expression';

export function modeOf(value: HotValue | undefined): ValueMode {
  const fn = intrinsicOf(value);
  if (fn === undefined) return 'literal';
  if (fn.fn === 'get_param' && typeof fn.args === 'string') return 'param';
  if (fn.fn === 'get_resource' && typeof fn.args === 'string') return 'resource';
  return 'expression';
}

/** Required properties first, each group in the schema's order. */
export function orderedProperties(
  properties: Record<string, HeatPropertySchema>,
): [string, HeatPropertySchema][] {
  const all = Object.entries(properties);
  return [
    ...all.filter(([, s]) => s.required === true),
    ...all.filter(([, s]) => s.required !== true),
  ];
}

export function allowedValuesOf(schema: HeatPropertySchema): unknown[] | undefined {
  for (const c of schema.constraints ?? []) if ('allowed_values' in c) return c.allowed_values;
  return undefined;
}

/** Resources of the design a property's custom_constraint accepts (all resources when it has none). */
export function referenceCandidates(
  design: Design,
  catalog: Catalog | null,
  schema: HeatPropertySchema,
  self: string,
): string[] {
  const cc = customConstraintOf(schema);
  const accepted =
    cc === undefined || catalog === null ? undefined : new Set(catalog.constraintTargets[cc] ?? []);
  return Object.entries(design.resources)
    .filter(([id, r]) => id !== self && (accepted === undefined || accepted.has(r.type)))
    .map(([id]) => id);
}

/**
 * Where a property of a resource in `lane` can pick values from: the lane's cloud (else the picked
 * one) and its region, for custom_constraints with a cloud lookup. Offline (no cloud): never.
 */
export function cloudPickFor(
  design: Design,
  lane: string,
  cloud: string | null,
): (schema: HeatPropertySchema) => CloudPickTarget | undefined {
  const region = design.regions.find((r) => r.id === lane);
  return (schema) => {
    const constraint = customConstraintOf(schema);
    if (cloud === null || region === undefined || cloudLookupOf(constraint) === undefined)
      return undefined;
    return { cloud: region.cloud ?? cloud, region: region.region_name, constraint: constraint! };
  };
}

export function isScalarType(type: string): boolean {
  return ['string', 'integer', 'number', 'boolean'].includes(type);
}

/** A literal typed in a field, as the schema's type ('' clears it). */
export function literalFromText(text: string, type: string): HotValue | undefined {
  if (text === '') return undefined;
  if (type === 'integer' || type === 'number') {
    const n = Number(text);
    return Number.isFinite(n) && text.trim() !== '' ? n : text;
  }
  return text;
}

export function toYamlText(value: HotValue | undefined): string {
  if (value === undefined) return '';
  return stringify(value, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

/** YAML text -> value, or an error message. */
export function fromYamlText(text: string): { value: HotValue | undefined } | { error: string } {
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: parse(text, { version: '1.2', schema: 'core' }) as HotValue };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
}

export const pathKey = (path: readonly (string | number)[]): string => path.join('.');
