import type { Design, DesignOutput, DesignResource, HotValue } from '../model';
import {
  dependsOnList,
  resourceReferences,
  valueReferences,
  type PathSegment,
  type Reference,
} from '../refs';
import { intrinsicOf, isMap, transformHot } from '../../hot';
import { removeIn } from './hotPath';

/** Rewriting and removing the references a design holds (get_resource, get_attr, depends_on). */

type Rename = (id: string) => string;

/** `value` with every get_resource / get_attr target renamed by `rename`. */
export function renameTargets(value: HotValue | undefined, rename: Rename): HotValue | undefined {
  if (value === undefined) return undefined;
  return transformHot(value, (node): HotValue | undefined => {
    const call = intrinsicOf(node);
    if (call?.fn === 'get_resource' && typeof call.args === 'string')
      return { get_resource: rename(call.args) };
    if (call?.fn === 'get_attr' && Array.isArray(call.args) && typeof call.args[0] === 'string') {
      const [target, ...rest] = call.args;
      return {
        get_attr: [
          rename(target as string),
          ...rest.map((v) => renameTargets(v, rename) as HotValue),
        ],
      };
    }
    return undefined;
  });
}

function normalizeDependsOn(
  list: string[],
  original: DesignResource['depends_on'],
): DesignResource['depends_on'] {
  if (list.length === 0) return undefined;
  if (list.length === 1 && typeof original === 'string') return list[0];
  return list;
}

/** A resource with all its references renamed (properties, metadata, policies, depends_on). */
export function renameInResource(resource: DesignResource, rename: Rename): DesignResource {
  const out: DesignResource = { ...resource };
  if (resource.properties !== undefined)
    out.properties = renameTargets(resource.properties, rename) as DesignResource['properties'];
  for (const key of ['metadata', 'update_policy', 'external_id'] as const) {
    if (resource[key] !== undefined) out[key] = renameTargets(resource[key], rename);
  }
  // an empty depends_on (null or []) has nothing to rename and stays as written
  if (dependsOnList(resource).length > 0)
    out.depends_on = normalizeDependsOn(dependsOnList(resource).map(rename), resource.depends_on);
  return out;
}

const VALUE_FIELDS = ['properties', 'metadata', 'update_policy', 'external_id'] as const;

/** A resource without the reference at `path` (a path of `resourceReferences`). */
export function removeResourceRefAt(
  resource: DesignResource,
  path: readonly PathSegment[],
): DesignResource {
  const [head, ...rest] = path;
  if (head === 'depends_on') {
    const list = dependsOnList(resource);
    const index = typeof rest[0] === 'number' ? rest[0] : 0;
    const out: DesignResource = {
      ...resource,
      depends_on: normalizeDependsOn(
        list.filter((_, i) => i !== index),
        resource.depends_on,
      ),
    };
    if (out.depends_on === undefined) delete out.depends_on;
    return out;
  }
  const field = VALUE_FIELDS.find((f) => f === head);
  if (field === undefined) return resource;
  const out: DesignResource = { ...resource };
  const next = removeIn(resource[field], rest);
  if (next === undefined) delete out[field];
  else if (field === 'properties') {
    if (isMap(next) && Object.keys(next).length > 0) out.properties = next;
    else delete out.properties;
  } else out[field] = next;
  return out;
}

/** A resource without any reference to a target for which `drop` is true. */
export function pruneResourceRefs(
  id: string,
  resource: DesignResource,
  drop: (target: string) => boolean,
): DesignResource {
  let cur = resource;
  for (;;) {
    const ref = resourceReferences(id, cur).find((r) => drop(r.target));
    if (ref === undefined) return cur;
    cur = removeResourceRefAt(cur, ref.path);
  }
}

/** An output without references to dropped targets; `undefined` when its whole value was such a reference. */
export function pruneOutputRefs(
  output: DesignOutput,
  drop: (target: string) => boolean,
): DesignOutput | undefined {
  let value: HotValue | undefined = output.value;
  for (;;) {
    let hit: PathSegment[] | undefined;
    valueReferences(value, [], (r) => {
      if (hit === undefined && drop(r.target)) hit = r.path;
    });
    if (hit === undefined) return { ...output, value: value ?? null };
    if (hit.length === 0) return undefined;
    value = removeIn(value, hit);
  }
}

/** The design without the one reference `ref` (an edge of the canvas). */
export function removeReference(design: Design, ref: Reference): Design {
  if (ref.from === null) {
    const output = ref.output === undefined ? undefined : design.outputs[ref.output];
    if (ref.output === undefined || output === undefined) return design;
    const outputs = { ...design.outputs };
    if (ref.path.length <= 1) delete outputs[ref.output];
    else
      outputs[ref.output] = { ...output, value: removeIn(output.value, ref.path.slice(1)) ?? null };
    return { ...design, outputs };
  }
  const resource = design.resources[ref.from];
  if (resource === undefined) return design;
  return {
    ...design,
    resources: { ...design.resources, [ref.from]: removeResourceRefAt(resource, ref.path) },
  };
}
