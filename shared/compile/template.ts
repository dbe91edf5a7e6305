import type { Design, HotMap, HotValue, NullSection } from '../design/model';
import { dependsOnList, valueReferences } from '../design/refs';
import { crossRefValue, type CrossRef } from './crossRefs';
import { setOwn } from '../hot/value';
import { conditionNamesIn, hasOwn, ifConditionNamesIn, isMap, parameterNamesIn } from '../hot';
import { crossLaneOutputDescription, crossLaneParameterDescription } from './naming';
import { rewriteValue, type Rewriter } from './rewrite';
import type { HotTemplate } from './types';

/** What goes into one lane's template (one pass of it). */
export interface TemplateSpec {
  lane: string;
  /** Resources of the lane included in this pass. */
  resources: ReadonlySet<string>;
  /** Design outputs placed in this template. */
  outputs: readonly string[];
}

export interface TemplateContext {
  design: Design;
  rewriter: Rewriter;
  /** Generated cross-region values, by name. */
  crossRefs: ReadonlyMap<string, CrossRef>;
  /** Generated cross-region values by source lane, sorted by name. */
  crossRefsFrom: ReadonlyMap<string, readonly CrossRef[]>;
  /** Rewritten resource bodies: a resource reads the same in every pass of its lane (templates share them). */
  bodies: Map<string, HotMap>;
  /** Parameters and conditions each rewritten resource body uses. */
  names: Map<string, NamesUsed>;
  /** The design's resource ids in its order, listed once (a map of thousands of keys is slow to list). */
  resourceIds: readonly string[];
}

export function templateContext(
  design: Design,
  rewriter: Rewriter,
  crossRefs: ReadonlyMap<string, CrossRef>,
  resourceIds: readonly string[] = Object.keys(design.resources),
): TemplateContext {
  const crossRefsFrom = new Map<string, CrossRef[]>();
  for (const name of [...crossRefs.keys()].sort()) {
    const ref = crossRefs.get(name)!;
    crossRefsFrom.set(ref.fromLane, [...(crossRefsFrom.get(ref.fromLane) ?? []), ref]);
  }
  return {
    design,
    rewriter,
    crossRefs,
    crossRefsFrom,
    bodies: new Map(),
    names: new Map(),
    resourceIds,
  };
}

/** Default of a cross-region parameter whose source is conditional (used when the output is absent). */
function emptyValueOf(type: CrossRef['type']): HotValue {
  return type === 'number' ? 0 : type === 'boolean' ? false : type === 'json' ? {} : '';
}

function resourceBody(ctx: TemplateContext, id: string, lane: string): HotMap {
  const known = ctx.bodies.get(id);
  if (known !== undefined) return known;
  const { design, rewriter } = ctx;
  const r = design.resources[id]!;
  const body: HotMap = { type: r.type };
  if (r.properties !== undefined) body.properties = rewriteValue(r.properties, lane, rewriter);
  const deps = dependsOnList(r).filter(
    (t) => rewriter.laneOf(t) === undefined || rewriter.laneOf(t) === lane,
  );
  if (deps.length > 0) body.depends_on = typeof r.depends_on === 'string' ? deps[0]! : deps;
  // written empty (`depends_on: null` or `[]`): kept as written
  else if (r.depends_on === null || (Array.isArray(r.depends_on) && r.depends_on.length === 0))
    body.depends_on = r.depends_on === null ? null : [];
  if (r.condition !== undefined) body.condition = r.condition;
  if (r.metadata !== undefined) body.metadata = rewriteValue(r.metadata, lane, rewriter);
  if (r.update_policy !== undefined)
    body.update_policy = rewriteValue(r.update_policy, lane, rewriter);
  if (r.deletion_policy !== undefined) body.deletion_policy = r.deletion_policy;
  if (r.external_id !== undefined) body.external_id = rewriteValue(r.external_id, lane, rewriter);
  for (const [k, v] of Object.entries(r.extra ?? {}))
    if (!hasOwn(body, k) && k !== 'region') setOwn(body, k, v);
  ctx.bodies.set(id, body);
  return body;
}

function generatedOutputs(ctx: TemplateContext, spec: TemplateSpec): [string, HotMap][] {
  const out: [string, HotMap][] = [];
  for (const ref of ctx.crossRefsFrom.get(spec.lane) ?? []) {
    const name = ref.name;
    const value = crossRefValue(ref);
    let complete = true;
    valueReferences(value, [], (r) => {
      if (!spec.resources.has(r.target)) complete = false;
    });
    if (complete) out.push([name, generatedOutput(ref, value)]);
  }
  return out;
}

/** The output of a cross-region value in its source lane's last template. */
export function generatedOutput(ref: CrossRef, value = crossRefValue(ref)): HotMap {
  const output: HotMap = { description: crossLaneOutputDescription(ref.consumers), value };
  if (ref.condition !== undefined) output.condition = ref.condition;
  return output;
}

/** The parameter receiving a cross-region value in the templates of the lanes that read it. */
export function crossParameter(ref: CrossRef): HotMap {
  const def: HotMap = {
    type: ref.type,
    description: crossLaneParameterDescription(ref.name, ref.fromLane),
  };
  if (ref.condition !== undefined) def.default = emptyValueOf(ref.type);
  if (ref.secret === true) def.hidden = true;
  return def;
}

/** The description of every template of `lane`: the design's, or compile's own naming the design. */
export function templateDescription(design: Design, lane: string): string | null {
  return design.description !== undefined
    ? design.description
    : `Isotherm design ${design.name}, region ${lane}`;
}

/** Parameters and conditions a resource or output body uses. */
interface NamesUsed {
  params: Set<string>;
  conditions: Set<string>;
}

function namesUsedBy(item: HotMap, knownConditions: ReadonlySet<string>): NamesUsed {
  const conditions = conditionNamesIn(item.condition, knownConditions);
  for (const key of ['properties', 'value', 'metadata'] as const)
    ifConditionNamesIn(item[key] ?? null, knownConditions, conditions);
  return { params: parameterNamesIn(item), conditions };
}

/** A complete HOT template for one lane (or one pass of it), valid on its own. Treat it as read-only: resource bodies are shared between the passes of a lane. */
export function buildTemplate(ctx: TemplateContext, spec: TemplateSpec): HotTemplate {
  const { design } = ctx;
  const resources: HotMap = {};
  for (const id of ctx.resourceIds) {
    if (spec.resources.has(id)) setOwn(resources, id, resourceBody(ctx, id, spec.lane));
  }
  const outputs: HotMap = {};
  for (const name of spec.outputs) {
    const o = design.outputs[name]!;
    const output: HotMap = {};
    if (o.description !== undefined) output.description = o.description;
    output.value = rewriteValue(o.value, spec.lane, ctx.rewriter);
    if (o.condition !== undefined) output.condition = o.condition;
    setOwn(outputs, name, output);
  }
  for (const [name, output] of generatedOutputs(ctx, spec)) setOwn(outputs, name, output);

  const knownConditions = new Set(Object.keys(design.conditions ?? {}));
  const usedConditions = new Set<string>();
  const used = new Set<string>();
  const addNames = (names: NamesUsed) => {
    for (const c of names.conditions) usedConditions.add(c);
    for (const p of names.params) used.add(p);
  };
  for (const id of Object.keys(resources)) {
    let names = ctx.names.get(id);
    if (names === undefined)
      ctx.names.set(id, (names = namesUsedBy(resources[id] as HotMap, knownConditions)));
    addNames(names);
  }
  for (const output of Object.values(outputs))
    addNames(namesUsedBy(output as HotMap, knownConditions));
  for (let grew = true; grew;) {
    const before = usedConditions.size;
    for (const c of [...usedConditions])
      conditionNamesIn(design.conditions?.[c] ?? null, knownConditions, usedConditions);
    grew = usedConditions.size > before;
  }
  const conditions: HotMap = {};
  for (const [name, expr] of Object.entries(design.conditions ?? {}))
    if (usedConditions.has(name)) setOwn(conditions, name, expr);
  parameterNamesIn(conditions, used);

  const parameters: HotMap = {};
  for (const [name, def] of Object.entries(design.parameters))
    if (used.has(name)) setOwn(parameters, name, def);
  for (const name of [...used].sort()) {
    const ref = ctx.crossRefs.get(name);
    if (ref === undefined || hasOwn(parameters, name) || !ref.consumers.includes(spec.lane))
      continue;
    setOwn(parameters, name, crossParameter(ref));
  }

  const template: HotTemplate = {
    heat_template_version: design.heat_template_version,
    description: templateDescription(design, spec.lane),
  };
  const groups = (design.parameter_groups ?? []).flatMap((g): HotValue[] => {
    if (!isMap(g) || !Array.isArray(g.parameters)) return [g];
    const kept = g.parameters.filter((p) => typeof p === 'string' && hasOwn(parameters, p));
    return kept.length > 0 ? [{ ...g, parameters: kept }] : [];
  });
  if (groups.length > 0) template.parameter_groups = groups;
  else if (design.parameter_groups === null) template.parameter_groups = null;
  const keptNull = (key: NullSection) => design.nullSections?.includes(key) === true;
  if (Object.keys(parameters).length > 0) template.parameters = parameters;
  else if (keptNull('parameters')) template.parameters = null;
  if (Object.keys(conditions).length > 0) template.conditions = conditions;
  else if (design.conditions === null) template.conditions = null;
  template.resources =
    Object.keys(resources).length === 0 && keptNull('resources') ? null : resources;
  if (Object.keys(outputs).length > 0) template.outputs = outputs;
  else if (keptNull('outputs')) template.outputs = null;
  return template;
}
