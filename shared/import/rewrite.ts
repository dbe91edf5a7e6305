import type { DesignResource, HotMap, HotValue } from '../design/model';
import { intrinsicOf, isMap, transformHot } from '../hot';
import type { LaneTemplate } from './lane';

/** Keys of a resource whose values may hold intrinsic functions. */
const VALUE_KEYS = ['properties', 'metadata', 'update_policy', 'external_id', 'condition'] as const;

/** Apply `fn` to every value of a lane that may hold resource or parameter references (not the conditions section). */
export function mapLaneValues(lane: LaneTemplate, fn: (v: HotValue) => HotValue): void {
  for (const resource of Object.values(lane.resources)) mapResourceValues(resource, fn);
  for (const output of Object.values(lane.outputs)) {
    output.value = fn(output.value);
    if (output.condition !== undefined) output.condition = fn(output.condition);
  }
}

function mapResourceValues(resource: DesignResource, fn: (v: HotValue) => HotValue): void {
  for (const key of VALUE_KEYS) {
    const v = resource[key];
    if (v !== undefined) (resource as unknown as HotMap)[key] = fn(v);
  }
  if (resource.extra !== undefined) resource.extra = fn(resource.extra) as HotMap;
}

/** Rename resource ids (get_resource, get_attr, depends_on) inside one lane. */
export function renameResources(lane: LaneTemplate, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  const rename = (id: string) => renames.get(id) ?? id;
  const fix = (value: HotValue): HotValue =>
    transformHot(value, (node): HotValue | undefined => {
      const f = intrinsicOf(node);
      if (f?.fn === 'get_resource' && typeof f.args === 'string')
        return { get_resource: rename(f.args) };
      if (f?.fn === 'get_attr' && Array.isArray(f.args) && typeof f.args[0] === 'string') {
        return { get_attr: [rename(f.args[0]), ...f.args.slice(1).map((a) => fix(a))] };
      }
      return undefined;
    });
  const resources: Record<string, DesignResource> = {};
  for (const [id, resource] of Object.entries(lane.resources)) {
    mapResourceValues(resource, fix);
    if (typeof resource.depends_on === 'string') resource.depends_on = rename(resource.depends_on);
    else if (Array.isArray(resource.depends_on))
      resource.depends_on = resource.depends_on.map(rename);
    resources[rename(id)] = resource;
  }
  lane.resources = resources;
  for (const output of Object.values(lane.outputs)) output.value = fix(output.value);
}

/** Rewrite every `get_param` of a lane (resources, outputs, conditions) through `replace`. */
export function mapGetParams(
  lane: LaneTemplate,
  replace: (name: string, path: HotValue[], node: HotValue) => HotValue | undefined,
): void {
  const fix = (value: HotValue): HotValue =>
    transformHot(value, (node) => {
      const f = intrinsicOf(node);
      if (f?.fn !== 'get_param') return undefined;
      if (typeof f.args === 'string') return replace(f.args, [], node) ?? node;
      if (Array.isArray(f.args) && typeof f.args[0] === 'string') {
        const path: HotValue[] = f.args.slice(1).map((a) => fix(a));
        return replace(f.args[0], path, node) ?? { get_param: [f.args[0], ...path] };
      }
      return undefined;
    });
  mapLaneValues(lane, fix);
  lane.conditions = fix(lane.conditions) as HotMap;
}

/** Rename parameters in every `get_param` of a lane and in its parameter_groups. */
export function renameParameters(lane: LaneTemplate, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  mapGetParams(lane, (name, path) => {
    const to = renames.get(name);
    if (to === undefined) return undefined;
    return { get_param: path.length === 0 ? to : [to, ...path] };
  });
  const params: Record<string, HotMap> = {};
  for (const [name, def] of Object.entries(lane.parameters))
    params[renames.get(name) ?? name] = def;
  lane.parameters = params;
  lane.parameterGroups = lane.parameterGroups.map((group) =>
    mapGroupParameters(group, (p) => renames.get(p) ?? p),
  );
}

/** Apply `fn` to the parameter names of a parameter group; `undefined` removes the name. */
export function mapGroupParameters(
  group: HotValue,
  fn: (name: string) => string | undefined,
): HotValue {
  if (!isMap(group) || !Array.isArray(group.parameters)) return group;
  const parameters: HotValue[] = [];
  for (const p of group.parameters) {
    if (typeof p !== 'string') parameters.push(p);
    else {
      const to = fn(p);
      if (to !== undefined) parameters.push(to);
    }
  }
  return { ...group, parameters };
}

/** Condition names used by a condition definition (strings at the top or as operands of and/or/not). */
function renameInConditionDefinition(def: HotValue, rename: (name: string) => string): HotValue {
  if (typeof def === 'string') return rename(def);
  const f = intrinsicOf(def);
  if (f === undefined) return def;
  if (f.fn === 'not') return { not: renameInConditionDefinition(f.args, rename) };
  if ((f.fn === 'and' || f.fn === 'or') && Array.isArray(f.args))
    return { [f.fn]: f.args.map((a) => renameInConditionDefinition(a, rename)) };
  return def;
}

/** Rename conditions in the conditions section, resource/output `condition`, and the first argument of `if`. */
export function renameConditions(lane: LaneTemplate, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  const rename = (name: string) => renames.get(name) ?? name;
  const fixIf = (value: HotValue): HotValue =>
    transformHot(value, (node) => {
      const f = intrinsicOf(node);
      if (f?.fn === 'if' && Array.isArray(f.args) && f.args.length > 0) {
        const [cond, ...rest] = f.args;
        return { if: [renameInConditionDefinition(cond!, rename), ...rest.map((r) => fixIf(r))] };
      }
      return undefined;
    });
  for (const resource of Object.values(lane.resources)) {
    mapResourceValues(resource, fixIf);
    if (resource.condition !== undefined)
      resource.condition = renameInConditionDefinition(resource.condition, rename);
  }
  for (const output of Object.values(lane.outputs)) {
    output.value = fixIf(output.value);
    if (output.condition !== undefined)
      output.condition = renameInConditionDefinition(output.condition, rename);
  }
  const conditions: HotMap = {};
  for (const [name, def] of Object.entries(lane.conditions))
    conditions[rename(name)] = renameInConditionDefinition(def, rename);
  lane.conditions = conditions;
}
