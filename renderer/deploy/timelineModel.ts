/**
 * The timeline's rows (pure): one per region (its stack's bar) and per resource, bars from Heat's
 * own event times, and the start of each wave (the earliest stack bar of the wave's lanes).
 */
import type { PlannedStep } from '../../shared/deploy/events';
import { timelineOf, type TimelineBar } from '../../shared/deploy/timeline';
import type { DeployView } from '../../shared/deploy/view';

export interface TimelineRow {
  key: string;
  lane: string;
  label: string;
  isStack: boolean;
  bars: TimelineBar[];
}

export interface TimelineModel {
  rows: TimelineRow[];
  start: number;
  end: number;
  waves: { index: number; at: number }[];
}

const STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];

/** Axis ticks (ms from the start) at a round step, about five of them. */
export function ticksOf(spanMs: number): number[] {
  const step = (STEPS_S.find((s) => spanMs / 1000 / s <= 6) ?? 3600) * 1000;
  const ticks: number[] = [];
  for (let t = 0; t <= spanMs; t += step) ticks.push(t);
  return ticks;
}

export function timelineModel(
  view: Pick<DeployView, 'log' | 'waves'>,
  now: number,
): TimelineModel | null {
  const bars = timelineOf(view.log);
  if (bars.length === 0) return null;
  const lanes: string[] = [];
  for (const wave of view.waves)
    for (const s of wave) if (!lanes.includes(s.lane)) lanes.push(s.lane);
  for (const b of bars) if (!lanes.includes(b.lane)) lanes.push(b.lane);
  const rows: TimelineRow[] = [];
  for (const lane of lanes) {
    const mine = bars.filter((b) => b.lane === lane);
    if (mine.length === 0) continue;
    rows.push({
      key: `${lane}/`,
      lane,
      label: lane,
      isStack: true,
      bars: mine.filter((b) => b.isStack),
    });
    const resources: string[] = [];
    for (const b of mine)
      if (!b.isStack && !resources.includes(b.resource)) resources.push(b.resource);
    for (const r of resources)
      rows.push({
        key: `${lane}/${r}`,
        lane,
        label: r,
        isStack: false,
        bars: mine.filter((b) => !b.isStack && b.resource === r),
      });
  }
  const start = Math.min(...bars.map((b) => b.start));
  const last = Math.max(start + 1000, ...bars.map((b) => b.end ?? now));
  // room on the right for the last bars and the last wave's label
  const end = last + Math.max(1000, (last - start) * 0.1);
  const waves = view.waves
    .map((wave: PlannedStep[], index) => {
      const starts = bars
        .filter((b) => b.isStack && wave.some((s) => s.lane === b.lane))
        .map((b) => b.start);
      return { index, at: starts.length > 0 ? Math.min(...starts) : NaN };
    })
    .filter((w) => !Number.isNaN(w.at));
  return { rows, start, end, waves };
}
