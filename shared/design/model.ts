/**
 * The design model: multi-region HOT (DESIGN.md, "The core idea").
 * This is the single source of truth in the app; canvas nodes, edges,
 * templates and plans are all derived from it.
 */

import type { HotMap, HotValue } from '../hot/value';

/** HOT values live in the lowest floor (shared/hot); the design model is built from them. */
export type { HotMap, HotValue };

export const DESIGN_FORMAT_VERSION = 1;
export const DEFAULT_HEAT_TEMPLATE_VERSION = '2021-04-16';

/** A lane: a logical region, mapped to an OpenStack region (and optionally a clouds.yaml cloud). */
export interface Lane {
  /** Lane id, the key under `regions:` (e.g. `east`). */
  id: string;
  /** OpenStack region name (e.g. `RegionOne`). */
  region_name: string;
  /** Cloud name from clouds.yaml; the deploy-time `--cloud` applies when absent. */
  cloud?: string;
  /** Stack name; defaults to `<design name>-<lane id>`. */
  stack?: string;
  /** Any other keys found in the file, kept as they are. */
  extra?: HotMap;
}

export interface DesignResource {
  type: string;
  /** Lane id. */
  region: string;
  /** null when the template says `properties: null` (kept; it means no properties, as in Heat). */
  properties?: HotMap | null;
  /** null when the template says `depends_on: null` (kept; no dependencies). */
  depends_on?: string | string[] | null;
  condition?: HotValue;
  metadata?: HotValue;
  /** null when the template says `deletion_policy: null` (kept; Heat's default, Delete). */
  deletion_policy?: string | null;
  update_policy?: HotValue;
  external_id?: HotValue;
  /** Any other keys of the HOT resource, kept as they are. */
  extra?: HotMap;
}

export interface DesignOutput {
  value: HotValue;
  /** null when the template says `description: null` (kept, so compile gives the same template back). */
  description?: string | null;
  condition?: HotValue;
  /** Which lane's template the output belongs to; inferred from its references when absent. */
  region?: string;
  /** Any other keys of the HOT output found in the file, kept as they are. */
  extra?: HotMap;
}

/** A map section of a design a template may write as null. */
export type NullSection = 'parameters' | 'resources' | 'outputs';
export const NULL_SECTIONS: readonly NullSection[] = ['parameters', 'resources', 'outputs'];

export interface Position {
  x: number;
  y: number;
}

export interface Design {
  isotherm: typeof DESIGN_FORMAT_VERSION;
  name: string;
  /** null when the imported template says `description: null` (kept; compile writes it back instead of its own). */
  description?: string | null;
  heat_template_version: string;
  /** Ordered: the order of the swimlanes. */
  regions: Lane[];
  /** HOT parameters, shared by all regions (each region's template declares the ones it uses). */
  parameters: Record<string, HotMap>;
  /** null (as `conditions: null`) when the imported template wrote the section empty: kept, compile writes it back. */
  parameter_groups?: HotValue[] | null;
  conditions?: HotMap | null;
  resources: Record<string, DesignResource>;
  outputs: Record<string, DesignOutput>;
  /** Canvas positions; kept apart from semantics. */
  layout: Record<string, Position>;
  /** Map sections the imported template wrote as null (`outputs: null`): written as null while they stay empty. */
  nullSections?: NullSection[];
  /** Unknown top-level keys found in the file, kept as they are and written back after `layout`. */
  extra?: HotMap;
}

export function emptyDesign(name = 'untitled'): Design {
  return {
    isotherm: DESIGN_FORMAT_VERSION,
    name,
    heat_template_version: DEFAULT_HEAT_TEMPLATE_VERSION,
    regions: [],
    parameters: {},
    resources: {},
    outputs: {},
    layout: {},
  };
}

/** `<design name>-<lane id>` unless the lane sets `stack:`. */
export function stackNameOf(design: Pick<Design, 'name'>, lane: Lane): string {
  return lane.stack ?? `${design.name}-${lane.id}`;
}
