import {
  emptyDesign,
  type Design,
  type DesignOutput,
  type DesignResource,
  type HotMap,
} from '../../shared/design/model';

/** A design from a compact description, for tests: regions as `{id: region_name}` in order. */
export function testDesign(spec: {
  name?: string;
  regions: Record<string, string>;
  parameters?: Record<string, HotMap>;
  conditions?: HotMap;
  resources: Record<string, DesignResource>;
  outputs?: Record<string, DesignOutput>;
}): Design {
  const d = emptyDesign(spec.name ?? 'shop');
  d.regions = Object.entries(spec.regions).map(([id, region_name]) => ({ id, region_name }));
  d.parameters = spec.parameters ?? {};
  if (spec.conditions !== undefined) d.conditions = spec.conditions;
  d.resources = spec.resources;
  d.outputs = spec.outputs ?? {};
  return d;
}
