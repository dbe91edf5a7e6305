import { memo } from 'react';
import type { LaneView } from '../../shared/deploy/view';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { statusLabel, toneOf } from './statusClass';
import { formatElapsed, useNow } from './useNow';

const selectors = new Map<string, (s: AppState) => LaneView | undefined>();
function selectorFor(lane: string) {
  let sel = selectors.get(lane);
  if (sel === undefined) {
    sel = (s: AppState) => s.view.lanes[lane];
    selectors.set(lane, sel);
  }
  return sel;
}

function laneText(lane: LaneView): string {
  if (lane.outcome === 'pending') return 'waiting';
  if (lane.outcome === 'skipped') return `not started (needs ${(lane.blockedBy ?? []).join(', ')})`;
  return statusLabel(lane.status ?? `${(lane.action ?? 'create').toUpperCase()}_IN_PROGRESS`);
}

/** A lane header's stack status and elapsed time in the followed run. */
export const LaneDeployStatus = memo(function LaneDeployStatus({ lane: laneId }: { lane: string }) {
  const lane = useApp(selectorFor(laneId));
  const running = lane?.outcome === 'running';
  const now = useNow(running);
  if (lane === undefined) return null;
  const tone =
    lane.outcome === 'failed'
      ? 'failed'
      : lane.outcome === 'succeeded'
        ? 'complete'
        : lane.outcome === 'running'
          ? 'progress'
          : toneOf(lane.status);
  const started = lane.startedAt !== undefined ? Date.parse(lane.startedAt) : undefined;
  const ended =
    lane.finishedAt !== undefined ? Date.parse(lane.finishedAt) : running ? now : undefined;
  const elapsed =
    started !== undefined && ended !== undefined ? formatElapsed(ended - started) : null;
  const title = `${lane.stack} in ${lane.regionName}${lane.passes > 1 ? ` (pass ${lane.pass} of ${lane.passes})` : ''}: ${lane.status ?? lane.outcome}${lane.reason ? ` — ${lane.reason}` : ''}`;
  return (
    <span
      className={`lane-status tone-${tone}`}
      title={title}
      data-testid={`lane-status-${laneId}`}
      data-outcome={lane.outcome}
    >
      <span className="node-status-dot" aria-hidden="true" />
      <span>{laneText(lane)}</span>
      {elapsed !== null && <span className="lane-elapsed">{elapsed}</span>}
    </span>
  );
});
