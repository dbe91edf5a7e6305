import type { Catalog } from '../catalog/types';
import { stackNameOf, type Design, type Lane } from '../design/model';
import { emptyMap } from '../hot';
import { overBudget } from './budget';
import {
  MAX_OUTPUT_CHARS,
  overOutputBudget,
  overOutputBudgetBuilt,
  resourcesText,
  type LanePlan,
} from './outputBudget';
import { templatesTextBound } from './outputBound';
import { referencesByResource } from '../design/refs';
import { listResources } from '../design/resourceList';
import { validate } from '../validate/validate';
import { collectCrossRefs, type CrossRef, type CrossRefs } from './crossRefs';
import { buildDepGraph, type DepGraph } from './depGraph';
import { assignPasses, type Passes } from './passes';
import { placeDesign, type Placement } from './placement';
import { planWaves } from './plan';
import { buildTemplate, templateContext } from './template';
import type { Diagnostic } from '../util/diagnostics';
import type { CompileResult, HotTemplate, Plan, PlanInput, PlannedStack } from './types';

/**
 * design -> one HOT template per lane, the deployment plan, and diagnostics (DESIGN.md, "Compile: design -> plan").
 * Pure and deterministic. Templates are produced even when the design has errors (for review); the plan has no
 * waves when the resource graph has a cycle.
 */
export function compile(design: Design, catalog: Catalog): CompileResult {
  const prep = prepare(design, catalog);
  const { diagnostics } = prep;
  const before = budgetBeforeBuild(design, prep);
  if ('refusal' in before) return refused(diagnostics, before.refusal);
  const { templates, passTemplates } = buildTemplates(design, prep);
  const plan = buildPlan(design, prep, templates, passTemplates);
  const tooMuchText = overOutputBudgetBuilt(
    design,
    { templates, passTemplates, plan },
    before.bound,
  );
  if (tooMuchText !== undefined) return refused(diagnostics, tooMuchText);
  return { templates, passTemplates, plan, diagnostics };
}

/**
 * The upper bound on the templates' text compile knows before building them (outputBound.ts), Infinity when a
 * budget refuses the design first: for the tests that hold it to the built text.
 */
export function outputTextBound(design: Design, catalog: Catalog): number {
  const before = budgetBeforeBuild(design, prepare(design, catalog));
  return 'bound' in before ? before.bound : Infinity;
}

/** What compile knows before building any template. */
interface Prepared {
  diagnostics: Diagnostic[];
  placement: Placement;
  graph: DepGraph;
  passes: Passes | undefined;
  cross: CrossRefs;
  crossByName: Map<string, CrossRef>;
  resourcesOf: Map<string, string[]>;
  /** The design's resource ids, in its order. */
  resourceIds: string[];
}

/** Validation, lanes, the resource graph, cross-region values and passes. */
function prepare(design: Design, catalog: Catalog): Prepared {
  const resources = listResources(design);
  const byResource = referencesByResource(design, resources);
  const diagnostics = [...validate(design, catalog, byResource, resources)];
  const placement = placeDesign(design, resources);
  diagnostics.push(...placement.diagnostics);
  const graph = buildDepGraph(design, placement, byResource);
  const cross = collectCrossRefs(design, catalog, placement);
  diagnostics.push(...cross.diagnostics);
  const crossByName = new Map<string, CrossRef>([...cross.byKey.values()].map((r) => [r.name, r]));
  const passes = assignPasses(graph, placement.lanes);
  const resourcesOf = groupByLane(placement.resourceLane);
  const resourceIds = resources.map(([id]) => id);
  return { diagnostics, placement, graph, passes, cross, crossByName, resourcesOf, resourceIds };
}

/**
 * The budgets counted before building (resource copies, then their text): a refusal, or else the upper bound on
 * the templates' text that lets compile skip walking them (outputBound.ts).
 */
function budgetBeforeBuild(
  design: Design,
  { placement, passes, graph, resourcesOf, crossByName, cross }: Prepared,
): { refusal: Diagnostic } | { bound: number } {
  const tooLarge = overBudget(
    placement.lanes.map((lane) => ({
      passes: passes?.lanePasses.get(lane) ?? 1,
      resources: resourcesOf.get(lane)?.length ?? 0,
    })),
  );
  if (tooLarge !== undefined) return { refusal: tooLarge };
  const plans = lanePlans(placement.lanes, passes, graph, resourcesOf);
  const laneText = resourcesText(design, plans, MAX_OUTPUT_CHARS);
  const tooMuchResourceText = overOutputBudget(design, { lanes: laneText });
  if (tooMuchResourceText !== undefined) return { refusal: tooMuchResourceText };
  const refs = [...crossByName.values()];
  return { bound: templatesTextBound(design, plans, laneText, refs, cross.sites) };
}

/** Each lane's template, and for a lane deployed in passes the templates of its earlier passes. */
function buildTemplates(
  design: Design,
  { placement, passes, graph, resourcesOf, cross, crossByName, resourceIds }: Prepared,
): { templates: Record<string, HotTemplate>; passTemplates: Record<string, HotTemplate[]> } {
  const ctx = templateContext(design, cross.rewriter, crossByName, resourceIds);
  // maps keyed by lane ids (user keys): no prototype, so `__proto__` or `constructor` are plain lanes
  const templates = emptyMap<HotTemplate>();
  const passTemplates = emptyMap<HotTemplate[]>();
  const outputsOf = groupByLane(placement.outputLane);
  for (const lane of placement.lanes) {
    const laneResources = resourcesOf.get(lane) ?? [];
    const laneOutputs = outputsOf.get(lane) ?? [];
    templates[lane] = buildTemplate(ctx, {
      lane,
      resources: new Set(laneResources),
      outputs: laneOutputs,
    });
    const count = passes?.lanePasses.get(lane) ?? 1;
    if (count > 1) {
      const earlier: HotTemplate[] = (passTemplates[lane] = []);
      for (let p = 1; p < count; p++) {
        const subset = laneResources.filter(
          (id) => passes!.nodePass[graph.resourceNode.get(id)!]! <= p,
        );
        earlier.push(buildTemplate(ctx, { lane, resources: new Set(subset), outputs: [] }));
      }
    }
  }
  return { templates, passTemplates };
}

/** Each lane's passes, and its resources with the templates each will be in (pass p holds those of pass <= p). */
function lanePlans(
  lanes: readonly string[],
  passes: Passes | undefined,
  graph: DepGraph,
  resourcesOf: ReadonlyMap<string, string[]>,
): LanePlan[] {
  return lanes.map((lane) => {
    const count = passes?.lanePasses.get(lane) ?? 1;
    const copies = (id: string) => count - (passes?.nodePass[graph.resourceNode.get(id)!] ?? 1) + 1;
    const ids = resourcesOf.get(lane) ?? [];
    return { lane, passes: count, resources: ids.map((id) => ({ id, copies: copies(id) })) };
  });
}

/** Over a budget: no templates and no plan, so nothing is written or deployed; the diagnostic says why. */
function refused(diagnostics: Diagnostic[], tooLarge: Diagnostic): CompileResult {
  return {
    templates: emptyMap<HotTemplate>(),
    passTemplates: emptyMap<HotTemplate[]>(),
    plan: { stacks: [], inputs: [], waves: [] },
    diagnostics: [...diagnostics, tooLarge],
  };
}

function buildPlan(
  design: Design,
  { placement, graph, passes, crossByName: crossRefs }: Prepared,
  templates: Record<string, HotTemplate>,
  passTemplates: Record<string, HotTemplate[]>,
): Plan {
  const laneOf = new Map<string, Lane>();
  for (const r of design.regions) if (!laneOf.has(r.id)) laneOf.set(r.id, r);
  const stackOf = (lane: string) => stackNameOf(design, laneOf.get(lane)!);
  const stacks: PlannedStack[] = placement.lanes.map((lane) => {
    const laneDef = laneOf.get(lane)!;
    return {
      lane,
      regionName: laneDef.region_name,
      ...(laneDef.cloud !== undefined ? { cloud: laneDef.cloud } : {}),
      stack: stackOf(lane),
      passes: passes?.lanePasses.get(lane) ?? 1,
    };
  });
  const declares = (t: HotTemplate | undefined, name: string) => {
    const params = t?.parameters;
    return (
      typeof params === 'object' && params !== null && !Array.isArray(params) && name in params
    );
  };
  const inputs: PlanInput[] = [];
  for (const lane of placement.lanes) {
    for (const name of [...crossRefs.keys()].sort()) {
      const ref = crossRefs.get(name)!;
      if (!ref.consumers.includes(lane) || !declares(templates[lane], name)) continue;
      const earlier = passTemplates[lane] ?? [];
      const first = earlier.findIndex((t) => declares(t, name));
      inputs.push({
        lane,
        parameter: name,
        fromLane: ref.fromLane,
        output: name,
        pass: first === -1 ? earlier.length + 1 : first + 1,
        ...(ref.condition !== undefined ? { optional: true } : {}),
      });
    }
  }
  const waves = passes === undefined ? [] : planWaves(graph, passes, placement.lanes, stackOf);
  return { stacks, inputs, waves };
}

/** `id -> lane` as `lane -> ids` (in the map's order), in one pass. */
function groupByLane(laneOf: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, lane] of laneOf) {
    const ids = out.get(lane);
    if (ids === undefined) out.set(lane, [id]);
    else ids.push(id);
  }
  return out;
}
