import type { Catalog } from '../catalog/types';
import { typeSchema } from '../catalog/catalog';
import type { Design, HotValue } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { COMPILE_CODES } from './codes';
import { PSEUDO_PARAMETERS } from '../hot';
import { crossRefBaseName, claimUniqueName } from './naming';
import type { Placement } from './placement';
import { visitCrossRefs, type CrossRefSite, type Rewriter } from './rewrite';
import { secretReferences } from './secrets';

/** HOT parameter types a cross-region value can be declared with. */
export type CrossParamType = 'string' | 'number' | 'json' | 'boolean';

/** One deduplicated cross-region value: an output of `fromRegion`, a parameter of each consumer region. */
export interface CrossRef {
  key: string;
  /** Output name in the source template = parameter name in the consumers' templates. */
  name: string;
  kind: 'get_resource' | 'get_attr';
  target: string;
  attribute?: HotValue[];
  fromLane: string;
  /** Lanes that read it, sorted by id. */
  consumers: string[];
  type: CrossParamType;
  /** The `condition` of the target resource: the output carries it, the parameter then gets a default. */
  condition?: HotValue;
  /** The value carries a secret (see secrets.ts): the receiving parameter is `hidden: true`. */
  secret?: boolean;
}

/** How many cross-region references each resource (by id) and all outputs together hold: the nodes rewriting replaces. */
export interface CrossRefSites {
  resources: Map<string, number>;
  outputs: number;
}

export interface CrossRefs {
  byKey: Map<string, CrossRef>;
  sites: CrossRefSites;
  /** The rewriter that maps a cross-region reference to its parameter (after `collectCrossRefs`). */
  rewriter: Rewriter;
  diagnostics: Diagnostic[];
}

function siteKey(site: CrossRefSite): string {
  return JSON.stringify([site.fromLane, site.kind, site.target, site.attribute ?? null]);
}

/** Heat attribute schema type -> the parameter type that carries the value. */
export function parameterTypeFor(attributeType: string | undefined): CrossParamType {
  switch (attributeType) {
    case 'map':
    case 'list':
    case 'json':
      return 'json';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

function crossType(design: Design, catalog: Catalog, site: CrossRefSite): CrossParamType {
  if (site.kind === 'get_resource') return 'string';
  const path = site.attribute ?? [];
  if (path.length === 0) return 'json'; // get_attr: [r] returns every attribute as a map
  const first = path[0];
  if (path.length > 1 || typeof first !== 'string') return 'string';
  const type = design.resources[site.target]?.type;
  const schema = type === undefined ? undefined : typeSchema(catalog, type);
  return parameterTypeFor(schema?.attributes[first]?.type);
}

/** The fields of a resource body that may hold references (as `resourceReferences` in refs.ts reads them). */
export function resourceBodyValues(design: Design, id: string): HotValue[] {
  const r = design.resources[id]!;
  return [r.properties ?? null, r.metadata ?? null, r.update_policy ?? null, r.external_id ?? null];
}

/**
 * Finds every cross-region reference of the design (resources and outputs, nested anywhere), deduplicates them and
 * names them deterministically (see naming.ts).
 */
export function collectCrossRefs(
  design: Design,
  catalog: Catalog,
  placement: Placement,
): CrossRefs {
  const found = findSites(design, placement);
  const byKey = nameCrossRefs(design, catalog, found.sites);
  const rewriter: Rewriter = {
    laneOf: (id) => placement.resourceLane.get(id),
    resolve: (site) => byKey.get(siteKey(site))!.name,
    unsupported: () => undefined,
  };
  return { byKey, sites: found.counts, rewriter, diagnostics: found.diagnostics };
}

/** One deduplicated cross-region reference before it is named: where it points, and the lanes that read it. */
interface FoundSite {
  site: CrossRefSite;
  consumers: Set<string>;
}

/** The cross-region references of each resource and output, by key, and how many each resource holds. */
function findSites(
  design: Design,
  placement: Placement,
): { sites: Map<string, FoundSite>; counts: CrossRefSites; diagnostics: Diagnostic[] } {
  const sites = new Map<string, FoundSite>();
  const diagnostics: Diagnostic[] = [];
  let found = 0;
  const collector: Rewriter = {
    laneOf: (id) => placement.resourceLane.get(id),
    resolve(site) {
      found += 1;
      const key = siteKey(site);
      const entry = sites.get(key) ?? { site, consumers: new Set<string>() };
      entry.consumers.add(site.toLane);
      sites.set(key, entry);
      return key;
    },
    unsupported: (site) => diagnostics.push(unsupportedArgument(site)),
  };
  const resources = new Map<string, number>();
  for (const [id, lane] of placement.resourceLane) {
    found = 0;
    for (const v of resourceBodyValues(design, id)) visitCrossRefs(v, lane, collector);
    if (found > 0) resources.set(id, found);
  }
  found = 0;
  for (const [name, lane] of placement.outputLane)
    visitCrossRefs(design.outputs[name]!.value, lane, collector);
  return { sites, counts: { resources, outputs: found }, diagnostics };
}

function unsupportedArgument(site: CrossRefSite): Diagnostic {
  return diag(
    COMPILE_CODES.E_CROSS_REGION_ARGUMENT,
    'error',
    `The attribute path of get_attr on '${site.target}' (region ${site.fromLane}) is computed from a resource of another region; compute it in region ${site.fromLane} or use a literal attribute name.`,
    { lane: site.toLane },
  );
}

/** Each found reference named (in the order of their base names, then keys) and typed. */
function nameCrossRefs(
  design: Design,
  catalog: Catalog,
  sites: ReadonlyMap<string, FoundSite>,
): Map<string, CrossRef> {
  const taken = new Set<string>([
    ...Object.keys(design.parameters),
    ...Object.keys(design.outputs),
    ...PSEUDO_PARAMETERS,
  ]);
  const ordered = [...sites.entries()]
    .map(([key, e]) => ({
      key,
      e,
      base: crossRefBaseName(e.site.kind, e.site.target, e.site.attribute),
    }))
    .sort((a, b) =>
      a.base < b.base ? -1 : a.base > b.base ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    );
  const byKey = new Map<string, CrossRef>();
  const isSecret = secretReferences(design);
  for (const { key, e, base } of ordered) {
    const { site } = e;
    const condition = design.resources[site.target]?.condition;
    byKey.set(key, {
      key,
      name: claimUniqueName(base, taken),
      kind: site.kind,
      target: site.target,
      ...(site.attribute !== undefined ? { attribute: site.attribute } : {}),
      fromLane: site.fromLane,
      // Sorted, not in swimlane order: a template must not change when the lanes are reordered
      // (an imported model-2 parent lists its stacks in dependency order).
      consumers: [...e.consumers].sort(),
      type: crossType(design, catalog, site),
      ...(condition !== undefined && condition !== null ? { condition } : {}),
      ...(isSecret(site.target, site.kind === 'get_attr' ? (site.attribute ?? []) : undefined)
        ? { secret: true }
        : {}),
    });
  }
  return byKey;
}

/** The value of the generated output in the source region's template: the original reference. */
export function crossRefValue(ref: CrossRef): HotValue {
  return ref.kind === 'get_resource'
    ? { get_resource: ref.target }
    : { get_attr: [ref.target, ...(ref.attribute ?? [])] };
}
