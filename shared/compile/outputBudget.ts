import { getOwn, isMap } from '../hot';
import type { Design } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { COMPILE_CODES } from './codes';
import type { HotTemplate, Plan } from './types';

/**
 * The output budget, in characters of text: values of a design are copied into its output many times (the
 * description into every template, a lane's resources into every pass of the lane, a stack name into every step
 * of deploy.sh that reads its outputs), so a 200 KB description over 1,000 pass templates is 200 MB to write.
 * Heat itself refuses a template over 512 KB (its default max_template_size); this is 32 such templates.
 */
export const MAX_OUTPUT_CHARS = 16 * 1024 * 1024;

/**
 * About how many characters `value` takes as YAML text, counted up to `limit` (then it stops). Iterative, one
 * step per node: a string shared by many templates is counted by its length each time, never copied.
 */
export function textSize(value: unknown, limit = Infinity): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (Array.isArray(v)) {
      size += 2;
      for (const item of v) stack.push(item);
    } else if (isMap(v)) {
      for (const k of Object.keys(v)) {
        size += k.length + 4;
        stack.push(v[k]);
      }
    } else size += 8;
  }
  return size;
}

/** deploy.sh's helper functions and usage, whatever the plan. */
const SCRIPT_HELPERS = 6_000;

/**
 * Characters of plan.json and deploy.sh, estimated: per step a few lines naming its stack and lane, and per
 * output the step reads (an input whose parameter the step's template declares) a line naming both again.
 */
export function planTextSize(plan: Plan): number {
  const longest = (values: readonly string[]) => values.reduce((n, v) => Math.max(n, v.length), 0);
  const names = longest(plan.stacks.map((s) => s.stack)) + longest(plan.stacks.map((s) => s.lane));
  const parameter = longest(plan.inputs.map((i) => i.parameter));
  const firstPasses = new Map<string, number[]>();
  for (const input of plan.inputs) {
    const passes = firstPasses.get(input.lane) ?? [];
    passes.push(input.pass ?? 1);
    firstPasses.set(input.lane, passes);
  }
  let size =
    SCRIPT_HELPERS +
    plan.stacks.length * (4 * names + 200) +
    plan.inputs.length * (names + parameter + 80);
  for (const wave of plan.waves)
    for (const step of wave) {
      const reads = (firstPasses.get(step.lane) ?? []).filter((p) => p <= step.pass).length;
      size += 4 * names + 200 + reads * (names + 2 * parameter + 60);
    }
  return size;
}

export interface CompiledOutput {
  templates: Readonly<Record<string, HotTemplate>>;
  passTemplates: Readonly<Record<string, readonly HotTemplate[]>>;
  plan: Plan;
}

/** The text of one lane's templates: how many there are and the characters they take. */
export interface LaneText {
  lane: string;
  count: number;
  size: number;
}

/** The templates of each lane (earlier passes first) and the characters they take, counted up to `limit`. */
function templatesText(out: CompiledOutput, limit: number): LaneText[] {
  let total = 0;
  return out.plan.stacks.map(({ lane }) => {
    const last = getOwn(out.templates, lane);
    const all = [...(getOwn(out.passTemplates, lane) ?? []), ...(last ? [last] : [])];
    let size = 0;
    for (const t of all) size += total + size > limit ? 0 : textSize(t, limit);
    total += size;
    return { lane, count: all.length, size };
  });
}

/** A lane before its templates are built: its passes, and each resource with the number of templates it is in. */
export interface LanePlan {
  lane: string;
  passes: number;
  resources: readonly { id: string; copies: number }[];
}

/**
 * The characters each lane's templates will take, counted before they are built (so that a resource of megabytes
 * in a lane of many passes is refused before it is copied): its resources times their copies, and the
 * description in each template. Counted up to `limit`.
 */
export function resourcesText(
  design: Design,
  lanes: readonly LanePlan[],
  limit: number,
): LaneText[] {
  const description = descriptionLength(design);
  let total = 0;
  return lanes.map(({ lane, passes, resources }) => {
    let size = passes * description;
    for (const { id, copies } of resources)
      if (total + size <= limit) size += copies * textSize(getOwn(design.resources, id), limit);
    total += size;
    return { lane, count: passes, size };
  });
}

/** The description each template carries: the design's, or compile's own naming the design. */
export const descriptionLength = (design: Design) =>
  typeof design.description === 'string'
    ? design.description.length
    : design.description === null
      ? 0
      : design.name.length;

const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

/** Stack names are repeated in every step of deploy.sh and plan.json: the longest one to shorten. */
function longestStackName(design: Design): { path: (string | number)[]; advice: string } {
  const named = design.regions.filter((l) => typeof l.stack === 'string');
  const lane = named.reduce<(typeof named)[number] | undefined>(
    (a, b) => (a === undefined || b.stack!.length > a.stack!.length ? b : a),
    undefined,
  );
  if (lane !== undefined && lane.stack!.length > design.name.length)
    return {
      path: ['regions', lane.id, 'stack'],
      advice: `the stack name of lane ${lane.id} (${lane.stack!.length} characters) is repeated in every step of deploy.sh and plan.json: shorten it`,
    };
  return {
    path: ['name'],
    advice: `the design name (${design.name.length} characters) starts every stack name, repeated in every step of deploy.sh and plan.json: shorten it`,
  };
}

/** Where the text comes from: the value to shorten (its path) and what to do about it. */
function culprit(
  design: Design,
  lanes: readonly LaneText[],
  planSize: number,
  total: number,
): { path: (string | number)[]; advice: string } {
  const templates = lanes.reduce((n, l) => n + l.count, 0);
  const own = design.description;
  const description = descriptionLength(design);
  if (description * templates * 2 >= total)
    return {
      path: [typeof own === 'string' ? 'description' : 'name'],
      advice: `the ${typeof own === 'string' ? 'description' : 'design name'} (${description} characters) is copied into each of its ${templates} templates: shorten it`,
    };
  if (planSize * 2 >= total) return longestStackName(design);
  const biggest = lanes.reduce((a, b) => (b.size > a.size ? b : a), lanes[0]!);
  if (biggest === undefined) return { path: ['regions'], advice: 'split the design' };
  return {
    path: ['regions', biggest.lane],
    advice: `lane ${biggest.lane}'s ${biggest.count} templates (one per pass, each holding the lane's resources so far) take ${mb(biggest.size)}: move large values out of its resources, or break the cycle between lanes that needs the passes`,
  };
}

/**
 * E_TOO_LARGE when the output would take more than `budget` characters of text, else undefined: from the built
 * templates and plan (`out`), or from the lanes' text counted before building (`lanes`, the plan not yet known).
 */
export function overOutputBudget(
  design: Design,
  out: CompiledOutput | { lanes: readonly LaneText[] },
  budget = MAX_OUTPUT_CHARS,
): Diagnostic | undefined {
  const planSize = 'plan' in out ? planTextSize(out.plan) : 0;
  const lanes = 'plan' in out ? templatesText(out, budget) : out.lanes;
  const total = planSize + lanes.reduce((n, l) => n + l.size, 0);
  if (total <= budget) return undefined;
  const { path, advice } = culprit(design, lanes, planSize, total);
  return diag(
    COMPILE_CODES.E_TOO_LARGE,
    'error',
    `This design would compile to more than ${mb(total)} of templates and deploy script (the limit is ${mb(budget)}; Heat refuses a template over 512 KB by default): ${advice}.`,
    { path },
  );
}

/**
 * The check of the built output (`overOutputBudget` on `out`), without walking its templates when `bound` (an upper
 * bound on that walk's count known before building: outputBound.ts) and the plan's text fit in the budget: the
 * walk could only find the output within the budget then.
 */
export function overOutputBudgetBuilt(
  design: Design,
  out: CompiledOutput,
  bound: number,
): Diagnostic | undefined {
  if (bound + planTextSize(out.plan) <= MAX_OUTPUT_CHARS) return undefined;
  return overOutputBudget(design, out);
}
