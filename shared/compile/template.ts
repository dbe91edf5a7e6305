import type { Design, HotMap, HotValue } from '../design/model';
import { dependsOnList, valueReferences } from '../design/refs';
import { crossRefValue, type CrossRef } from './crossRefs';
import { conditionNamesIn, ifConditionNamesIn, isHotMap, parameterNamesIn } from './hot';
import { crossRegionOutputDescription, crossRegionParameterDescription } from './naming';
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
}

/** Default of a cross-region parameter whose source is conditional (used when the output is absent). */
function emptyValueOf(type: CrossRef['type']): HotValue {
  return type === 'number' ? 0 : type === 'boolean' ? false : type === 'json' ? {} : '';
}

function resourceBody(ctx: TemplateContext, id: string, lane: string): HotMap {
  const { design, rewriter } = ctx;
  const r = design.resources[id]!;
  const body: HotMap = { type: r.type };
  if (r.properties !== undefined) body.properties = rewriteValue(r.properties, lane, rewriter);
  const deps = dependsOnList(r).filter((t) => rewriter.laneOf(t) === undefined || rewriter.laneOf(t) === lane);
  if (deps.length > 0) body.depends_on = typeof r.depends_on === 'string' ? deps[0]! : deps;
  if (r.condition !== undefined) body.condition = r.condition;
  if (r.metadata !== undefined) body.metadata = rewriteValue(r.metadata, lane, rewriter);
  if (r.update_policy !== undefined) body.update_policy = rewriteValue(r.update_policy, lane, rewriter);
  if (r.deletion_policy !== undefined) body.deletion_policy = r.deletion_policy;
  if (r.external_id !== undefined) body.external_id = rewriteValue(r.external_id, lane, rewriter);
  for (const [k, v] of Object.entries(r.extra ?? {})) if (!(k in body) && k !== 'region') body[k] = v;
  return body;
}

function generatedOutputs(ctx: TemplateContext, spec: TemplateSpec): [string, HotMap][] {
  const out: [string, HotMap][] = [];
  const names = [...ctx.crossRefs.keys()].sort();
  for (const name of names) {
    const ref = ctx.crossRefs.get(name)!;
    if (ref.fromRegion !== spec.lane) continue;
    const value = crossRefValue(ref);
    let complete = true;
    valueReferences(value, [], (r) => {
      if (!spec.resources.has(r.target)) complete = false;
    });
    if (!complete) continue;
    const output: HotMap = { description: crossRegionOutputDescription(ref.consumers), value };
    if (ref.condition !== undefined) output.condition = ref.condition;
    out.push([name, output]);
  }
  return out;
}

/** A complete HOT template for one lane (or one pass of it), valid on its own. */
export function buildTemplate(ctx: TemplateContext, spec: TemplateSpec): HotTemplate {
  const { design } = ctx;
  const resources: HotMap = {};
  for (const id of Object.keys(design.resources)) {
    if (spec.resources.has(id)) resources[id] = resourceBody(ctx, id, spec.lane);
  }
  const outputs: HotMap = {};
  for (const name of spec.outputs) {
    const o = design.outputs[name]!;
    const output: HotMap = {};
    if (o.description !== undefined) output.description = o.description;
    output.value = rewriteValue(o.value, spec.lane, ctx.rewriter);
    if (o.condition !== undefined) output.condition = o.condition;
    outputs[name] = output;
  }
  for (const [name, output] of generatedOutputs(ctx, spec)) outputs[name] = output;

  const knownConditions = new Set(Object.keys(design.conditions ?? {}));
  const usedConditions = new Set<string>();
  for (const item of [...Object.values(resources), ...Object.values(outputs)]) {
    if (!isHotMap(item)) continue;
    conditionNamesIn(item.condition, knownConditions, usedConditions);
    ifConditionNamesIn(item.properties ?? null, knownConditions, usedConditions);
    ifConditionNamesIn(item.value ?? null, knownConditions, usedConditions);
    ifConditionNamesIn(item.metadata ?? null, knownConditions, usedConditions);
  }
  for (let grew = true; grew; ) {
    const before = usedConditions.size;
    for (const c of [...usedConditions]) conditionNamesIn(design.conditions?.[c] ?? null, knownConditions, usedConditions);
    grew = usedConditions.size > before;
  }
  const conditions: HotMap = {};
  for (const [name, expr] of Object.entries(design.conditions ?? {})) if (usedConditions.has(name)) conditions[name] = expr;

  const used = parameterNamesIn([resources, outputs, conditions] as HotValue);
  const parameters: HotMap = {};
  for (const [name, def] of Object.entries(design.parameters)) if (used.has(name)) parameters[name] = def;
  for (const name of [...used].sort()) {
    const ref = ctx.crossRefs.get(name);
    if (ref === undefined || name in parameters || !ref.consumers.includes(spec.lane)) continue;
    const def: HotMap = { type: ref.type, description: crossRegionParameterDescription(name, ref.fromRegion) };
    if (ref.condition !== undefined) def.default = emptyValueOf(ref.type);
    parameters[name] = def;
  }

  const template: HotTemplate = {
    heat_template_version: design.heat_template_version,
    description: design.description ?? `Isotherm design ${design.name}, region ${spec.lane}`,
  };
  const groups = (design.parameter_groups ?? []).flatMap((g): HotValue[] => {
    if (!isHotMap(g) || !Array.isArray(g.parameters)) return [g];
    const kept = g.parameters.filter((p) => typeof p === 'string' && p in parameters);
    return kept.length > 0 ? [{ ...g, parameters: kept }] : [];
  });
  if (groups.length > 0) template.parameter_groups = groups;
  if (Object.keys(parameters).length > 0) template.parameters = parameters;
  if (Object.keys(conditions).length > 0) template.conditions = conditions;
  template.resources = resources;
  if (Object.keys(outputs).length > 0) template.outputs = outputs;
  return template;
}
