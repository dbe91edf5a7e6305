/**
 * The command line's progress view. On a terminal: a line per lane, redrawn in place (status,
 * resources done, elapsed time) under a progress header. Elsewhere: plain timestamped lines.
 */
import type { DeployEvent } from '../../shared/deploy/events';
import {
  applyDeployEvent,
  emptyView,
  type DeployView,
  type LaneView,
} from '../../shared/deploy/view';
import type { DeployCliEnv } from './deployCommon';

export interface ProgressView {
  listener: (event: DeployEvent) => void;
  /** Draw the last state and stop redrawing. */
  finish(): void;
  view(): DeployView;
}

function seconds(from?: string, to?: string, now = Date.now()): string {
  if (from === undefined) return '';
  const ms = (to !== undefined ? Date.parse(to) : now) - Date.parse(from);
  return `${(ms / 1000).toFixed(1)}s`;
}

const MARK: Record<LaneView['outcome'], string> = {
  pending: ' ',
  running: '~',
  succeeded: '+',
  failed: '!',
  skipped: '-',
};

export function laneLine(lane: LaneView, now = Date.now()): string {
  const pass = lane.passes > 1 ? ` pass ${lane.pass}/${lane.passes}` : '';
  const status =
    lane.outcome === 'skipped'
      ? `SKIPPED (needs ${lane.blockedBy?.join(', ') ?? '?'})`
      : lane.outcome === 'pending'
        ? 'waiting'
        : (lane.status ?? `${lane.action ?? ''}…`);
  const count = lane.total > 0 ? ` ${Math.min(lane.done.length, lane.total)}/${lane.total}` : '';
  return `${MARK[lane.outcome]} ${lane.lane.padEnd(12)} ${lane.regionName.padEnd(11)} ${lane.stack.padEnd(28)} ${status}${pass}${count} ${seconds(lane.startedAt, lane.finishedAt, now)}`.trimEnd();
}

/** The plain line for an event, or undefined for events the plain view leaves out. */
export function plainLine(e: DeployEvent): string | undefined {
  const at = e.time;
  switch (e.kind) {
    case 'plan-started':
      return `${at} ${e.operation} ${e.design} on ${e.cloud}: ${e.waves.length} wave(s), ${e.waves.flat().length} step(s)${e.resumed ? ' (resuming an interrupted run)' : ''}`;
    case 'wave-started':
      return `${at} wave ${e.wave + 1}: ${e.steps.map((s) => s.lane).join(', ')}`;
    case 'stack-action':
      if (e.kept === true)
        return `${at} ${e.lane} ${e.stack}: pass ${e.pass} kept (the stack already holds this design's final pass; its outputs are read as they are)`;
      return e.stackId === undefined || e.adopted
        ? `${at} ${e.lane} ${e.stack}: ${e.action}${e.adopted ? ' (found existing)' : ''} pass ${e.pass}`
        : undefined;
    case 'stack-status':
      return `${at} ${e.lane} ${e.stack}: ${e.status}${e.reason ? ` (${e.reason})` : ''}`;
    case 'resource-status':
      return `${at} ${e.lane} ${e.stack}: ${e.resource} ${e.status}${e.status.endsWith('FAILED') && e.reason ? `: ${e.reason}` : ''}`;
    case 'outputs':
      return `${at} ${e.lane} ${e.stack}: outputs ${Object.keys(e.outputs).join(', ') || '(none)'}`;
    case 'stack-failed':
      return `${at} ${e.lane} ${e.stack}: FAILED ${e.status}: ${e.reason}${e.failedResources.map((r) => `\n${at}   ${r.resource} (${r.type ?? '?'}) ${r.status}: ${r.reason}`).join('')}`;
    case 'stack-skipped':
      return `${at} ${e.lane} ${e.stack}: skipped, ${e.reason}`;
    case 'stack-settled':
      return `${at} ${e.lane} ${e.stack}: ${e.status} in ${(e.elapsedMs / 1000).toFixed(1)}s`;
    case 'wave-finished':
      return `${at} wave ${e.wave + 1} ${e.outcome} in ${(e.elapsedMs / 1000).toFixed(1)}s`;
    case 'error':
      return e.transient
        ? `${at} ${e.lane ?? ''} retrying: ${e.code}`
        : `${at} error ${e.code}: ${e.message}`;
    case 'deploy-finished':
      return `${at} ${e.operation} ${e.outcome} in ${(e.elapsedMs / 1000).toFixed(1)}s`;
    case 'heat-event':
    case 'progress':
      return undefined;
  }
}

export function createProgressView(env: DeployCliEnv, err: (line: string) => void): ProgressView {
  let view = emptyView();
  if (!env.stderrIsTTY) {
    return {
      listener: (e) => {
        view = applyDeployEvent(view, e);
        const line = plainLine(e);
        if (line !== undefined) err(line);
      },
      finish: () => {},
      view: () => view,
    };
  }
  let drawn = 0;
  let timer: NodeJS.Timeout | undefined;
  const draw = (): void => {
    const { done, total } = view.progress;
    const width = Math.max(40, env.columns - 1);
    const lines = [
      `${view.operation ?? ''} ${view.design ?? ''}: ${done}/${total} resources, ${view.progress.stepsDone}/${view.progress.stepsTotal} steps ${seconds(view.startedAt, view.finishedAt)}`,
    ];
    for (const lane of Object.values(view.lanes)) lines.push(laneLine(lane));
    const up = drawn > 0 ? `\x1b[${drawn}A` : '';
    env.write(up + lines.map((l) => `\x1b[2K${l.slice(0, width)}\n`).join(''));
    drawn = lines.length;
  };
  return {
    listener: (e) => {
      view = applyDeployEvent(view, e);
      if (e.kind === 'stack-failed') {
        // failures stay above the redrawn block
        draw();
        drawn = 0;
        env.write(`${plainLine(e)}\n`);
      }
      if (timer === undefined && e.kind === 'plan-started') timer = setInterval(draw, 200);
    },
    finish: () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
      draw();
    },
    view: () => view,
  };
}
