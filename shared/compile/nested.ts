import type { Design, HotMap, HotValue } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { COMPILE_CODES } from './codes';
import { isCyclic, stronglyConnected } from '../design/graph';
import { setOwn } from '../hot/value';
import { conditionNamesIn, hasOwn, isMap, parameterNamesIn } from '../hot';
import type { CompileResult, HotTemplate, PlannedStack } from './types';

/** Model 2 (DESIGN.md): one parent template with an OS::Heat::Stack per region, Heat doing the orchestration. */
export interface NestedExport {
  /** The parent template (empty of resources when the export is impossible). */
  parent: HotTemplate;
  /** The region templates the parent reads with get_file, by file name (`<lane>.yaml`). */
  files: Record<string, HotTemplate>;
  diagnostics: Diagnostic[];
}

/** File name of a lane's template next to the parent. */
export const nestedFileName = (lane: string) => `${lane}.yaml`;

const mapOf = (v: HotValue | undefined): HotMap => (isMap(v) ? v : {});

/**
 * The parent template. Each lane becomes resource `<lane id>` of type OS::Heat::Stack with
 * `context: {region_name}`, `template: {get_file: <lane>.yaml}` and `parameters:` wiring design parameters with
 * get_param and cross-region values with `get_attr: [<source lane>, outputs, <name>]` (guarded with `if` when the
 * source resource is conditional). Ordering needs nothing more than those get_attr, except for pure ordering
 * (depends_on across regions), which becomes depends_on between the stacks. Design outputs are re-exposed.
 * Impossible when regions depend on each other in a cycle (some lane needs several passes).
 */
export function exportNested(design: Design, result: CompileResult): NestedExport {
  const diagnostics: Diagnostic[] = [];
  const parent: HotTemplate = {
    heat_template_version: design.heat_template_version,
    description:
      design.description !== undefined
        ? design.description
        : `Isotherm design ${design.name}: one stack per region`,
  };
  const cycles = laneCycles(result);
  if (cycles.length > 0 || result.plan.stacks.some((s) => s.passes > 1)) {
    for (const lanes of cycles) {
      diagnostics.push(
        diag(
          COMPILE_CODES.E_NESTED_CYCLE,
          'error',
          `Regions ${lanes.join(' and ')} depend on each other in a cycle, so a parent template cannot create their stacks (each would wait for the other). Deploy with Isotherm or with the exported deploy.sh, which update the stacks in passes.`,
          { lane: lanes[0]! },
        ),
      );
    }
    parent.resources = {};
    return { parent, files: {}, diagnostics };
  }
  const clouds = new Set(result.plan.stacks.map((s) => s.cloud ?? ''));
  if (clouds.size > 1) {
    diagnostics.push(
      diag(
        COMPILE_CODES.W_NESTED_CLOUD,
        'warning',
        `The regions name different clouds (${[...clouds].map((c) => c || '(default)').join(', ')}); a parent template creates every region stack in the cloud of the parent stack.`,
      ),
    );
  }

  const order = result.plan.waves.flat().map((s) => s.lane);
  const stacks = [...result.plan.stacks].sort(
    (a, b) => order.indexOf(a.lane) - order.indexOf(b.lane),
  );
  const designParams: HotMap = {};
  const parentConditions = new Set<string>();
  const knownConditions = new Set(Object.keys(design.conditions ?? {}));
  const resources: HotMap = {};
  const files: Record<string, HotTemplate> = {};

  for (const stack of stacks) {
    const template = result.templates[stack.lane] ?? {};
    files[nestedFileName(stack.lane)] = template;
    const parameters: HotMap = {};
    const fed = new Set<string>();
    for (const [name, def] of Object.entries(mapOf(template.parameters))) {
      const input = result.plan.inputs.find((i) => i.lane === stack.lane && i.parameter === name);
      if (input === undefined) {
        setOwn(parameters, name, { get_param: name });
        setOwn(designParams, name, def);
        continue;
      }
      fed.add(input.fromLane);
      const value: HotValue = { get_attr: [input.fromLane, 'outputs', input.output] };
      const condition = mapOf(
        mapOf(result.templates[input.fromLane]?.outputs)[input.output],
      ).condition;
      if (typeof condition === 'string' && knownConditions.has(condition)) {
        parentConditions.add(condition);
        setOwn(parameters, name, { if: [condition, value, mapOf(def).default ?? ''] });
      } else {
        setOwn(parameters, name, value);
      }
    }
    setOwn(resources, stack.lane, stackResource(stack, parameters, result, fed));
  }

  const outputs: HotMap = {};
  for (const [name, output] of Object.entries(design.outputs)) {
    const lane = stacks.find((s) => hasOwn(mapOf(result.templates[s.lane]?.outputs), name))?.lane;
    if (lane === undefined) continue;
    const o: HotMap = {};
    if (output.description !== undefined) o.description = output.description;
    o.value = { get_attr: [lane, 'outputs', name] };
    if (output.condition !== undefined) {
      o.condition = output.condition;
      conditionNamesIn(output.condition, knownConditions, parentConditions);
    }
    setOwn(outputs, name, o);
  }

  const conditions = closeConditions(design, parentConditions);
  for (const name of parameterNamesIn(conditions)) {
    const def = design.parameters[name];
    if (def !== undefined && hasOwn(design.parameters, name)) setOwn(designParams, name, def);
  }
  const parameters: HotMap = {};
  for (const name of Object.keys(design.parameters))
    if (hasOwn(designParams, name)) setOwn(parameters, name, designParams[name]!);
  if (Object.keys(parameters).length > 0) parent.parameters = parameters;
  if (Object.keys(conditions).length > 0) parent.conditions = conditions;
  parent.resources = resources;
  if (Object.keys(outputs).length > 0) parent.outputs = outputs;
  return { parent, files, diagnostics };
}

/** Groups of lanes that depend on each other in a cycle (from the steps' dependencies), in swimlane order. */
function laneCycles(result: CompileResult): string[][] {
  const lanes = result.plan.stacks.map((s) => s.lane);
  const index = new Map(lanes.map((l, i) => [l, i]));
  const edges = lanes.map(() => new Set<number>());
  for (const step of result.plan.waves.flat()) {
    for (const d of step.dependsOn ?? [])
      if (d.lane !== step.lane) edges[index.get(step.lane)!]!.add(index.get(d.lane)!);
  }
  const adjacency = edges.map((e) => [...e]);
  return stronglyConnected(lanes.length, adjacency)
    .filter((c) => isCyclic(c, adjacency))
    .map((c) => c.map((i) => lanes[i]!))
    .sort((a, b) => index.get(a[0]!)! - index.get(b[0]!)!);
}

function stackResource(
  stack: PlannedStack,
  parameters: HotMap,
  result: CompileResult,
  fed: ReadonlySet<string>,
): HotMap {
  const properties: HotMap = {
    context: { region_name: stack.regionName },
    template: { get_file: nestedFileName(stack.lane) },
  };
  if (Object.keys(parameters).length > 0) properties.parameters = parameters;
  const body: HotMap = { type: 'OS::Heat::Stack', properties };
  const step = result.plan.waves.flat().find((s) => s.lane === stack.lane);
  const after = [...new Set((step?.dependsOn ?? []).map((d) => d.lane))].filter(
    (r) => r !== stack.lane && !fed.has(r),
  );
  if (after.length > 0) body.depends_on = after;
  return body;
}

/** The named conditions and every condition they refer to, in design order. */
function closeConditions(design: Design, names: Set<string>): HotMap {
  const known = new Set(Object.keys(design.conditions ?? {}));
  for (let size = -1; size !== names.size;) {
    size = names.size;
    for (const n of [...names]) conditionNamesIn(design.conditions?.[n] ?? null, known, names);
  }
  const out: HotMap = {};
  for (const [name, expr] of Object.entries(design.conditions ?? {}))
    if (names.has(name)) setOwn(out, name, expr);
  return out;
}
