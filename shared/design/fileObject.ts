/**
 * The design as file data, in the canonical key order (the order `serializeDesign` writes).
 * Map entries the user orders (resources, parameters, properties...) keep the model's insertion order.
 */
import type { Design, DesignOutput, DesignResource, HotMap, NullSection, Lane } from './model';
import { clone, setOwn } from '../hot/value';
import type { PlainMap } from '../hot/value';

export const TOP_LEVEL_KEYS = [
  'isotherm',
  'name',
  'description',
  'heat_template_version',
  'regions',
  'parameters',
  'parameter_groups',
  'conditions',
  'resources',
  'outputs',
  'layout',
] as const;
export const RESOURCE_KEYS = [
  'type',
  'region',
  'properties',
  'depends_on',
  'condition',
  'metadata',
  'update_policy',
  'deletion_policy',
  'external_id',
] as const;
export const LANE_KEYS = ['region_name', 'cloud', 'stack'] as const;
export const OUTPUT_KEYS = ['description', 'value', 'condition', 'region'] as const;

/** Copy the listed keys that are defined, in that order, then the extra keys that do not collide with them. */
function ordered(source: object, keys: readonly string[], extra: HotMap | undefined): PlainMap {
  const out: PlainMap = {};
  const record = source as Record<string, unknown>;
  for (const key of keys) if (record[key] !== undefined) setOwn(out, key, clone(record[key]));
  for (const [key, value] of Object.entries(extra ?? {})) {
    if (!keys.includes(key) && value !== undefined) setOwn(out, key, clone(value));
  }
  return out;
}

function mapOf<T>(entries: Iterable<[string, T]>, convert: (value: T) => unknown): PlainMap {
  const out: PlainMap = {};
  for (const [key, value] of entries) setOwn(out, key, convert(value));
  return out;
}

export function laneToFile(lane: Lane): PlainMap {
  return ordered(lane, LANE_KEYS, lane.extra);
}

export function resourceToFile(resource: DesignResource): PlainMap {
  return ordered(resource, RESOURCE_KEYS, resource.extra);
}

export function outputToFile(output: DesignOutput): PlainMap {
  // every output has a value in the file, even a missing one (written as null)
  return ordered(
    { ...output, value: output.value === undefined ? null : output.value },
    OUTPUT_KEYS,
    output.extra,
  );
}

/** Layout positions are whole pixels in the file (`-0` written as `0`). */
export function roundCoordinate(n: number): number {
  return Number.isFinite(n) ? Math.round(n) || 0 : 0;
}

/** An empty map section: null when the imported template wrote it so, else `empty` (absent or `{}`). */
function emptySection(design: Design, key: NullSection, empty: PlainMap | undefined) {
  return design.nullSections?.includes(key) === true ? null : empty;
}

export function designToFile(design: Design): PlainMap {
  const body: Record<string, unknown> = {
    isotherm: design.isotherm,
    name: design.name,
    description: design.description,
    heat_template_version: design.heat_template_version,
    regions: mapOf(
      design.regions.map((r) => [r.id, r] as [string, Lane]),
      laneToFile,
    ),
    parameters:
      Object.keys(design.parameters).length > 0
        ? clone(design.parameters)
        : emptySection(design, 'parameters', undefined),
    parameter_groups: design.parameter_groups,
    conditions: design.conditions,
    resources:
      Object.keys(design.resources).length > 0
        ? mapOf(Object.entries(design.resources), resourceToFile)
        : emptySection(design, 'resources', {}),
    outputs:
      Object.keys(design.outputs).length > 0
        ? mapOf(Object.entries(design.outputs), outputToFile)
        : emptySection(design, 'outputs', undefined),
    layout:
      Object.keys(design.layout).length > 0
        ? mapOf(Object.entries(design.layout), (p) => ({
            x: roundCoordinate(p.x),
            y: roundCoordinate(p.y),
          }))
        : undefined,
  };
  return ordered(body, TOP_LEVEL_KEYS, design.extra);
}
