/**
 * A timeline from Heat's own event times (pure): one bar per (region, resource) from the first
 * `*_IN_PROGRESS` to the terminal status of the same action. The stack's own events give the lane's bar.
 */
import type { HeatEventEvent } from './events';
import { parseStatus } from './heatStatus';

export interface TimelineBar {
  lane: string;
  stack: string;
  /** Logical resource id, or the stack name for the stack's own bar. */
  resource: string;
  isStack: boolean;
  action: string;
  /** Heat's times (ms since epoch). `end` is undefined while in progress. */
  start: number;
  end?: number;
  state: 'IN_PROGRESS' | 'COMPLETE' | 'FAILED';
}

function heatMs(time: string): number {
  // Heat's event_time has no zone and is UTC
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(time) ? time : `${time}Z`);
}

export function timelineOf(events: readonly HeatEventEvent[]): TimelineBar[] {
  const open = new Map<string, TimelineBar>();
  const bars: TimelineBar[] = [];
  for (const e of events) {
    const { action, state } = parseStatus(e.status);
    const key = `${e.lane}\u0000${e.resource}\u0000${action}`;
    const t = heatMs(e.eventTime);
    if (Number.isNaN(t)) continue;
    if (state === 'IN_PROGRESS') {
      const bar: TimelineBar = {
        lane: e.lane,
        stack: e.stack,
        resource: e.resource,
        isStack: e.resource === e.stack,
        action,
        start: t,
        state: 'IN_PROGRESS',
      };
      open.set(key, bar);
      bars.push(bar);
    } else if (state === 'COMPLETE' || state === 'FAILED') {
      const bar = open.get(key);
      if (bar !== undefined) {
        bar.end = t;
        bar.state = state;
        open.delete(key);
      } else {
        bars.push({
          lane: e.lane,
          stack: e.stack,
          resource: e.resource,
          isStack: e.resource === e.stack,
          action,
          start: t,
          end: t,
          state,
        });
      }
    }
  }
  return bars;
}

/** The critical path length of stacks' own bars: the union of wall time covered by any stack bar (ms). */
export function coveredMs(bars: readonly { start: number; end?: number }[]): number {
  const spans = bars
    .filter((b) => b.end !== undefined)
    .map((b) => [b.start, b.end!] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [s, e] of spans) {
    if (s > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = s;
      curEnd = e;
    } else curEnd = Math.max(curEnd, e);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
}
