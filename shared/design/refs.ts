import { intrinsicIn } from '../hot/intrinsics';
import type { PathSegment } from '../hot/value';
import { visitHot } from '../hot/visit';
import type { Design, DesignResource, HotValue } from './model';
import { listResources, type ResourceList } from './resourceList';

/**
 * References between resources: the edges of the canvas are derived from these
 * (DESIGN.md: "Edges on the canvas are derived from the references inside properties").
 */
export type RefKind = 'get_resource' | 'get_attr' | 'depends_on';

export type { PathSegment };

export interface Reference {
  kind: RefKind;
  /** The resource id holding the reference, or `null` for a design output. */
  from: string | null;
  /** The output name when `from` is null. */
  output?: string;
  /** The referenced resource id. */
  target: string;
  /** For get_attr: the attribute path after the resource id (e.g. ['first_address'] or ['outputs', 'x']). */
  attribute?: HotValue[];
  /**
   * Where the reference sits, from the resource root (e.g. ['properties', 'network']) or from the output root
   * (e.g. ['value']). For get_resource/get_attr it is the path of the intrinsic function's map itself.
   */
  path: PathSegment[];
}

/** The intrinsic functions that reference a resource by id. */
export const REFERENCE_FUNCTIONS = ['get_resource', 'get_attr'];

/** Every get_resource / get_attr nested anywhere in `value` (inside any other intrinsic too). */
export function valueReferences(
  value: HotValue | undefined,
  basePath: PathSegment[],
  visit: (ref: {
    kind: 'get_resource' | 'get_attr';
    target: string;
    attribute?: HotValue[];
    path: PathSegment[];
  }) => void,
): void {
  visitHot(
    value,
    (node, path) => {
      const fn = intrinsicIn(node, REFERENCE_FUNCTIONS);
      if (fn?.fn === 'get_resource' && typeof fn.args === 'string') {
        visit({ kind: 'get_resource', target: fn.args, path: [...path] });
        return 'skip';
      }
      if (fn?.fn === 'get_attr' && Array.isArray(fn.args) && typeof fn.args[0] === 'string') {
        visit({
          kind: 'get_attr',
          target: fn.args[0],
          attribute: fn.args.slice(1),
          path: [...path],
        });
        // attribute arguments may themselves hold references (e.g. get_attr: [a, {get_param: x}])
        fn.args
          .slice(1)
          .forEach((arg, i) => valueReferences(arg, [...path, 'get_attr', i + 1], visit));
        return 'skip';
      }
    },
    basePath,
  );
}

export function dependsOnList(resource: Pick<DesignResource, 'depends_on'>): string[] {
  const d = resource.depends_on;
  if (d === undefined || d === null) return [];
  return typeof d === 'string' ? [d] : [...d];
}

/** All references a resource holds (properties, metadata, and the rest of its body, and depends_on). */
export function resourceReferences(id: string, resource: DesignResource): Reference[] {
  const refs: Reference[] = [];
  for (const key of ['properties', 'metadata', 'update_policy', 'external_id'] as const)
    valueReferences(resource[key], [key], (r) => refs.push({ from: id, ...r }));
  dependsOnList(resource).forEach((target, i) =>
    refs.push({
      from: id,
      kind: 'depends_on',
      target,
      path: typeof resource.depends_on === 'string' ? ['depends_on'] : ['depends_on', i],
    }),
  );
  return refs;
}

/**
 * The references of every resource, by id: `resourceReferences` computed once per design, for the passes
 * (validation, cycles, the dependency graph) that each read them.
 */
export type ResourceRefs = ReadonlyMap<string, readonly Reference[]>;

export function referencesByResource(
  design: Design,
  resources: ResourceList = listResources(design),
): ResourceRefs {
  const byId = new Map<string, Reference[]>();
  for (const [id, resource] of resources) byId.set(id, resourceReferences(id, resource));
  return byId;
}

/** All references in a design: resources first (in order), then outputs. */
export function designReferences(design: Design, byResource?: ResourceRefs): Reference[] {
  const refs: Reference[] = [];
  if (byResource !== undefined)
    for (const resourceRefs of byResource.values()) refs.push(...resourceRefs);
  else
    for (const [id, resource] of Object.entries(design.resources))
      refs.push(...resourceReferences(id, resource));
  for (const [name, output] of Object.entries(design.outputs)) {
    valueReferences(output.value, ['value'], (r) => refs.push({ from: null, output: name, ...r }));
  }
  return refs;
}

/** Resource ids `id` depends on (deduplicated, any kind of reference). */
export function dependenciesOf(id: string, resource: DesignResource): string[] {
  return [...new Set(resourceReferences(id, resource).map((r) => r.target))];
}
