import type { Plan, PlanInput, PlanStep } from '../../../shared/compile/types';
import { labelSize, labelSpot } from '../../canvas/routing/labelSpot';
import { routeOrthogonal } from '../../canvas/routing/orthogonal';
import type { Point, Rect } from '../../canvas/routing/types';

/**
 * The plan as a picture (pure): one column per wave, the stacks (and passes) of that wave in it, and an arrow
 * from each step to the steps it waits for the outputs of, labelled with the values that flow.
 */

export const BOX_W = 230;
export const BOX_H = 58;
/** Inputs listed in a step's box; more are counted. */
const MAX_LINES = 4;
const LINE_H = 14;
const LINE_CHARS = 32;
const COL_GAP = 130;
const ROW_GAP = 26;
const HEADER = 34;
const MARGIN = 16;

export interface PictureStep extends Rect {
  key: string;
  lane: string;
  regionName: string;
  stack: string;
  pass: number;
  passes: number;
  /** Parameters this step receives: `parameter ← fromRegion.output`. */
  inputs: string[];
  /** The lines drawn for them in the box (shortened, at most MAX_LINES). */
  lines: string[];
}

export interface PictureFlow {
  from: string;
  to: string;
  /** The parameters carried (empty: the step only waits for the other). */
  values: string[];
  points: Point[];
  label: Point;
  text: string;
}

export interface PictureColumn {
  title: string;
  x: number;
}

export interface PlanPictureLayout {
  columns: PictureColumn[];
  steps: PictureStep[];
  flows: PictureFlow[];
  width: number;
  height: number;
}

const keyOf = (lane: string, pass: number) => `${lane}#${pass}`;

/** The producing step of an input for a receiving step: the pass it depends on, else the last earlier one. */
function producerOf(
  input: PlanInput,
  to: PlanStep,
  placed: Map<string, PictureStep>,
): string | undefined {
  const dep = (to.dependsOn ?? []).find((d) => d.lane === input.fromLane);
  if (dep !== undefined) return keyOf(dep.lane, dep.pass);
  const candidates = [...placed.values()].filter((s) => s.lane === input.fromLane);
  return candidates[candidates.length - 1]?.key;
}

/** The step of `region` that first receives `input` (its `pass`, else the first pass). */
const receiverOf = (input: PlanInput, steps: PlanStep[]) =>
  steps.find((s) => s.lane === input.lane && s.pass >= (input.pass ?? 1));

/** `text` cut to `max` characters with an ellipsis. */
export const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

function linesOf(inputs: PlanInput[]): string[] {
  const lines = inputs.map((i) => clip(`← ${i.parameter}`, LINE_CHARS));
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), `+${lines.length - MAX_LINES + 1} more`];
}

function placeSteps(plan: Plan): { columns: PictureColumn[]; steps: PictureStep[] } {
  const info = new Map(plan.stacks.map((s) => [s.lane, s]));
  const columns: PictureColumn[] = [];
  const steps: PictureStep[] = [];
  const allSteps = plan.waves.flat();
  plan.waves.forEach((wave, w) => {
    const x = MARGIN + w * (BOX_W + COL_GAP);
    columns.push({ title: `Wave ${w + 1}${wave.length > 1 ? ' · in parallel' : ''}`, x });
    let y = MARGIN + HEADER;
    wave.forEach((step) => {
      const stack = info.get(step.lane);
      const received = plan.inputs.filter((i) => receiverOf(i, allSteps) === step);
      const lines = linesOf(received);
      const h = BOX_H + lines.length * LINE_H;
      steps.push({
        key: keyOf(step.lane, step.pass),
        lane: step.lane,
        regionName: stack?.regionName ?? step.lane,
        stack: step.stack,
        pass: step.pass,
        passes: stack?.passes ?? 1,
        inputs: received.map((i) => `${i.parameter} ← ${i.fromLane}.${i.output}`),
        lines,
        x,
        y,
        w: BOX_W,
        h,
      });
      y += h + ROW_GAP;
    });
  });
  return { columns, steps };
}

function placeFlows(plan: Plan, steps: PictureStep[]): PictureFlow[] {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const allSteps = plan.waves.flat();
  const carried = new Map<string, { from: string; to: string; values: string[] }>();
  const add = (from: string, to: string, value?: string) => {
    const k = `${from}>${to}`;
    const f = carried.get(k) ?? { from, to, values: [] };
    if (value !== undefined) f.values.push(value);
    carried.set(k, f);
  };
  for (const input of plan.inputs) {
    const to = receiverOf(input, allSteps);
    if (to === undefined) continue;
    const from = producerOf(input, to, byKey);
    if (from !== undefined && byKey.has(from)) add(from, keyOf(to.lane, to.pass), input.parameter);
  }
  for (const step of allSteps)
    for (const d of step.dependsOn ?? []) add(keyOf(d.lane, d.pass), keyOf(step.lane, step.pass));
  const taken: Rect[] = [...steps];
  const near = (area: Rect) => taken.filter((b) => b.x < area.x + area.w && area.x < b.x + b.w);
  return [...carried.values()]
    .filter((f) => byKey.has(f.from) && byKey.has(f.to))
    .map((f) => {
      const a = byKey.get(f.from)!;
      const b = byKey.get(f.to)!;
      const points = routeOrthogonal(
        { point: { x: a.x + a.w, y: a.y + 29 }, side: 'right' },
        { point: { x: b.x, y: b.y + 29 }, side: 'left' },
        steps,
      );
      const text =
        f.values.length === 0
          ? 'after'
          : f.values.length === 1
            ? clip(f.values[0]!, 22)
            : `${f.values.length} values`;
      const size = labelSize(text);
      const label = labelSpot(points, size, near);
      // later labels keep off this one
      taken.push({ x: label.x - size.w / 2, y: label.y - size.h / 2, w: size.w, h: size.h });
      return { ...f, points, text, label };
    });
}

export function planPicture(plan: Plan): PlanPictureLayout {
  const { columns, steps } = placeSteps(plan);
  const flows = placeFlows(plan, steps);
  const width = MARGIN * 2 + Math.max(1, columns.length) * (BOX_W + COL_GAP) - COL_GAP;
  const bottom = Math.max(MARGIN + HEADER, ...steps.map((s) => s.y + s.h));
  return { columns, steps, flows, width, height: bottom + MARGIN + 20 };
}
