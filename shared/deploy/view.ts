/**
 * The deploy view: what the canvas and the CLI show, folded from status events (pure, immutable:
 * each event returns a new view, so a store can keep it and React can compare by reference).
 * Live status only: never saved in a design, never part of undo.
 */
import type {
  DeployEvent,
  DeployOperation,
  ErrorEvent,
  FailedResource,
  HeatEventEvent,
  PlannedStep,
  StackAction,
  StackRef,
} from './events';
import { parseStatus } from './heatStatus';

export type LaneOutcome = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';

export interface ResourceView {
  status: string;
  reason: string;
  type?: string;
  physicalId?: string;
  heatTime?: string;
}

export interface LaneView {
  lane: string;
  regionName: string;
  stack: string;
  stackId?: string;
  /** Heat's stack_status as last seen. */
  status?: string;
  reason?: string;
  action?: StackAction;
  pass: number;
  passes: number;
  outcome: LaneOutcome;
  /** Client times (ISO) of the first call and of the settled state: the lane header's elapsed time. */
  startedAt?: string;
  finishedAt?: string;
  outputs?: Record<string, unknown>;
  resources: Record<string, ResourceView>;
  /** Resources that reached `<action>_COMPLETE` during this run. */
  done: string[];
  /** Resources in the template of the current pass. */
  total: number;
  blockedBy?: string[];
  /** When the lane failed: its failed resources with Heat's status_reason. */
  failedResources?: FailedResource[];
}

export interface DeployView {
  operation?: DeployOperation;
  deployId?: string;
  design?: string;
  startedAt?: string;
  finishedAt?: string;
  outcome?: 'running' | 'succeeded' | 'failed' | 'aborted';
  waves: PlannedStep[][];
  currentWave?: number;
  lanes: Record<string, LaneView>;
  /** Heat's events, oldest first, at most `LOG_LIMIT`. */
  log: HeatEventEvent[];
  errors: ErrorEvent[];
  progress: { done: number; total: number; stepsDone: number; stepsTotal: number };
  /** Stacks of lanes removed from the design that the finished deploy left in place. */
  removedLeft?: StackRef[];
}

export const LOG_LIMIT = 2000;

export function emptyView(): DeployView {
  return {
    waves: [],
    lanes: {},
    log: [],
    errors: [],
    progress: { done: 0, total: 0, stepsDone: 0, stepsTotal: 0 },
  };
}

function laneFrom(step: PlannedStep): LaneView {
  return {
    lane: step.lane,
    regionName: step.regionName,
    stack: step.stack,
    pass: step.pass,
    passes: step.passes,
    action: step.action,
    outcome: 'pending',
    resources: {},
    done: [],
    total: step.resources,
  };
}

function withLane(
  view: DeployView,
  laneId: string,
  update: (lane: LaneView) => LaneView,
): DeployView {
  const lane = view.lanes[laneId];
  if (lane === undefined) return view;
  return { ...view, lanes: { ...view.lanes, [laneId]: update(lane) } };
}

function markDone(lane: LaneView, resource: string, status: string): LaneView {
  const { action, state } = parseStatus(status);
  const expected = (lane.action ?? 'create').toUpperCase();
  const isDone = state === 'COMPLETE' && action === expected;
  if (!isDone || lane.done.includes(resource)) return lane;
  return { ...lane, done: [...lane.done, resource] };
}

export const STACK_DELETED = 'DELETE_COMPLETE';

/**
 * A stack reached DELETE_COMPLETE: every resource of it is deleted, whether or not Heat's events
 * said so (a very short delete shows only stack-level events). Renderers show resources this run
 * never heard of as deleted too, from the lane's status (see `deletedResource`).
 */
function markAllDeleted(lane: LaneView, status: string, time: string): LaneView {
  if (status !== STACK_DELETED) return lane;
  const resources: Record<string, ResourceView> = {};
  for (const [name, r] of Object.entries(lane.resources))
    resources[name] =
      r.status === STACK_DELETED
        ? r
        : { ...r, status: STACK_DELETED, reason: 'stack deleted', heatTime: r.heatTime ?? time };
  return { ...lane, resources };
}

/** What a resource of a lane whose stack is deleted shows when no event named it. */
export const deletedResource: ResourceView = Object.freeze({
  status: STACK_DELETED,
  reason: 'stack deleted',
});

/** A resource's state as a node shows it: its own events, else deleted when its lane's stack is. */
export function resourceViewOf(
  view: DeployView,
  laneId: string | undefined,
  id: string,
): ResourceView | undefined {
  const lane = laneId === undefined ? undefined : view.lanes[laneId];
  return lane?.resources[id] ?? (lane?.status === STACK_DELETED ? deletedResource : undefined);
}

/** Fold one event into the view. */
export function applyDeployEvent(view: DeployView, event: DeployEvent): DeployView {
  switch (event.kind) {
    case 'plan-started': {
      const lanes: Record<string, LaneView> = {};
      for (const wave of event.waves) for (const step of wave) lanes[step.lane] ??= laneFrom(step);
      const total = Object.values(lanes).reduce((n, l) => n + l.total, 0);
      const stepsTotal = event.waves.reduce((n, w) => n + w.length, 0);
      return {
        ...emptyView(),
        operation: event.operation,
        deployId: event.deployId,
        design: event.design,
        startedAt: event.time,
        outcome: 'running',
        waves: event.waves,
        lanes,
        progress: { done: 0, total, stepsDone: 0, stepsTotal },
      };
    }
    case 'wave-started':
      return { ...view, currentWave: event.wave };
    case 'stack-action': {
      const step = view.waves.flat().find((s) => s.lane === event.lane && s.pass === event.pass);
      return withLane(view, event.lane, (lane) => ({
        ...lane,
        action: event.action,
        pass: event.pass,
        stackId: event.stackId ?? lane.stackId,
        outcome: 'running',
        startedAt: lane.startedAt ?? event.time,
        finishedAt: undefined,
        done: event.pass === lane.pass && event.action === lane.action ? lane.done : [],
        total: step?.resources ?? lane.total,
      }));
    }
    case 'stack-status':
      return withLane(view, event.lane, (lane) =>
        markAllDeleted(
          { ...lane, stackId: event.stackId, status: event.status, reason: event.reason },
          event.status,
          event.time,
        ),
      );
    case 'resource-status':
      return withLane(view, event.lane, (lane) =>
        markDone(
          {
            ...lane,
            resources: {
              ...lane.resources,
              [event.resource]: {
                status: event.status,
                reason: event.reason,
                type: event.type ?? lane.resources[event.resource]?.type,
                physicalId: event.physicalId,
                heatTime: event.heatTime,
              },
            },
          },
          event.resource,
          event.status,
        ),
      );
    case 'heat-event': {
      const log =
        view.log.length >= LOG_LIMIT
          ? [...view.log.slice(view.log.length - LOG_LIMIT + 1), event]
          : [...view.log, event];
      return { ...view, log };
    }
    case 'outputs':
      return withLane(view, event.lane, (lane) => ({ ...lane, outputs: event.outputs }));
    case 'stack-failed':
      return withLane(view, event.lane, (lane) => ({
        ...lane,
        outcome: 'failed',
        status: event.status,
        reason: event.reason,
        failedResources: event.failedResources,
        finishedAt: event.time,
      }));
    case 'stack-skipped':
      return withLane(view, event.lane, (lane) => ({
        ...lane,
        outcome: 'skipped',
        blockedBy: event.blockedBy,
        reason: event.reason,
      }));
    case 'stack-settled':
      return withLane(view, event.lane, (lane) => {
        const last = event.pass >= lane.passes;
        const settled = markAllDeleted(lane, event.status, event.time);
        return {
          ...settled,
          status: event.status,
          stackId: event.stackId,
          outcome: last ? 'succeeded' : 'running',
          finishedAt: last ? event.time : undefined,
          done: last ? Object.keys(lane.resources) : lane.done,
        };
      });
    case 'wave-finished':
      return view;
    case 'progress':
      return {
        ...view,
        progress: {
          done: event.done,
          total: event.total,
          stepsDone: event.stepsDone,
          stepsTotal: event.stepsTotal,
        },
      };
    case 'error':
      return { ...view, errors: [...view.errors, event] };
    case 'deploy-finished':
      return {
        ...view,
        outcome: event.outcome,
        finishedAt: event.time,
        ...(event.removedLeft !== undefined ? { removedLeft: event.removedLeft } : {}),
      };
  }
}

/** Resources done of all, across lanes (what a progress bar shows). */
export function progressOfView(view: DeployView): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const lane of Object.values(view.lanes)) {
    const laneTotal = Math.max(lane.total, lane.done.length);
    total += laneTotal;
    done += lane.outcome === 'succeeded' ? laneTotal : Math.min(lane.done.length, laneTotal);
  }
  return { done, total };
}
