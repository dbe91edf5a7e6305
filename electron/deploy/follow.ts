/**
 * Follow one stack until it settles: new events by marker every tick, the stack itself when its
 * own events say it changed (and every few ticks anyway), its resources at the start and the end.
 * About 1.5 requests per second whatever the stack's size; a change shows within one tick.
 */
import type { DeployEvent } from '../../shared/deploy/events';
import { parseStatus } from '../../shared/deploy/heatStatus';
import { isOpenStackError, OpenStackError } from '../openstack/errors';
import type { HeatClient } from '../openstack/heat';
import type { HeatEvent, HeatResource, HeatStack, StackIdentity } from '../openstack/heatTypes';
import { delay } from '../openstack/retry';
import type { DisposableStore } from './disposables';

export interface FollowOptions {
  heat: HeatClient;
  lane: string;
  identity: StackIdentity;
  /** The Heat action being followed: CREATE, UPDATE or DELETE. */
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  /** For UPDATE: the stack's updated_time before the call (the settled state must be newer). */
  previousUpdatedTime?: string | null;
  /** The last event id seen before the call: only newer events are reported. */
  marker?: string;
  emit: (event: DeployEvent) => void;
  store: DisposableStore;
  signal?: AbortSignal;
  intervalMs?: number;
  /** Read the stack itself at least every this many ticks (default 3). */
  stackEvery?: number;
  /** Give up after this long (default 1 h). */
  deadlineMs?: number;
  /** Consecutive failed polls before giving up (default 20). */
  maxPollFailures?: number;
}

export interface FollowResult {
  /** Undefined when the stack is gone (deleted). */
  stack?: HeatStack;
  status: string;
  reason: string;
  resources: HeatResource[];
  /** The last event id seen (the next follow starts after it). */
  marker?: string;
}

const now = (): string => new Date().toISOString();

function heatIso(t: string | undefined | null): string | undefined {
  if (t === undefined || t === null || t === '') return undefined;
  return /[zZ]|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`;
}

/** Whether a stack read shows the followed action settled. */
export function isSettled(
  stack: { stack_status: string; updated_time?: string | null },
  action: FollowOptions['action'],
  previousUpdatedTime: string | null | undefined,
  sawInProgress: boolean,
): boolean {
  const { action: a, state } = parseStatus(stack.stack_status);
  if (state !== 'COMPLETE' && state !== 'FAILED') return false;
  if (a === 'ROLLBACK') return true;
  if (a !== action) return false;
  if (action === 'UPDATE')
    return sawInProgress || (stack.updated_time ?? null) !== (previousUpdatedTime ?? null);
  return true;
}

/** What a follow has seen so far. */
interface FollowState {
  /** The resources' last reported status and physical id, by name. */
  resourceStatus: Map<string, string>;
  marker?: string;
  lastStatus?: string;
  sawInProgress: boolean;
  /** Consecutive failed polls. */
  failures: number;
  /** Consecutive 404s of the stack itself (reset only by a successful read of the stack). */
  notFound: number;
  /**
   * The last new event about the stack itself says its action ended (not IN_PROGRESS): the next poll
   * reads the stack with its outputs at once. Taken by that poll, whatever its outcome.
   */
  endEvent: boolean;
}

export async function followStack(o: FollowOptions): Promise<FollowResult> {
  const interval = o.intervalMs ?? 700;
  const stackEvery = o.stackEvery ?? 3;
  const deadline = Date.now() + (o.deadlineMs ?? 3600_000);
  const controller = new AbortController();
  const release = o.store.add(() => controller.abort());
  const onAbort = (): void => controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const state: FollowState = {
    resourceStatus: new Map(),
    marker: o.marker,
    sawInProgress: false,
    failures: 0,
    notFound: 0,
    endEvent: false,
  };
  try {
    if (o.action === 'CREATE') await emitInitialResources(o, state, signal);
    for (let tick = 0; ; tick++) {
      if (Date.now() > deadline)
        throw new OpenStackError(
          'E_TIMEOUT',
          `Stack ${o.identity.name} in ${o.heat.region} did not settle in time. It is still in Heat: run status, or destroy.`,
        );
      try {
        const stackEvent = await readNewEvents(o, state, signal);
        if (tick === 0 || stackEvent || tick % stackEvery === 0) {
          const settled = await pollStack(o, state, signal);
          if (settled !== undefined) return settled;
        }
        state.failures = 0;
      } catch (e) {
        onPollFailure(o, state, e, signal);
      }
      await delay(interval, signal);
    }
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    release();
  }
}

/**
 * Resources are read up front only for a create (their types for the canvas); during an update the
 * events say enough, and a resource listing racing Heat's first resource update was seen to stall it.
 */
async function emitInitialResources(
  o: FollowOptions,
  state: FollowState,
  signal: AbortSignal,
): Promise<void> {
  try {
    emitResources(o, state, await o.heat.resources(o.identity, { signal }));
  } catch (e) {
    if (signal.aborted) throw e;
  }
}

function emitResources(o: FollowOptions, state: FollowState, resources: HeatResource[]): void {
  for (const r of resources) {
    const key = r.resource_name;
    const sig = `${r.resource_status}\u0000${r.physical_resource_id ?? ''}`;
    if (state.resourceStatus.get(key) === sig) continue;
    state.resourceStatus.set(key, sig);
    o.emit({
      kind: 'resource-status',
      time: now(),
      lane: o.lane,
      stack: o.identity.name,
      resource: key,
      type: r.resource_type,
      status: r.resource_status,
      reason: r.resource_status_reason ?? '',
      physicalId: r.physical_resource_id || undefined,
      heatTime: heatIso(r.updated_time ?? r.creation_time),
    });
  }
}

/** Events after the marker (up to 20 pages); true when one of them is about the stack itself. */
async function readNewEvents(
  o: FollowOptions,
  state: FollowState,
  signal: AbortSignal,
): Promise<boolean> {
  let stackEvent = false;
  for (let page = 0; page < 20; page++) {
    const events = await o.heat.events(o.identity, { marker: state.marker, limit: 100, signal });
    for (const ev of events) if (reportEvent(o, state, ev)) stackEvent = true;
    if (events.length < 100) break;
  }
  return stackEvent;
}

/** Publish one Heat event (and the resource status it tells of); true when it is about the stack. */
function reportEvent(o: FollowOptions, state: FollowState, ev: HeatEvent): boolean {
  state.marker = ev.id;
  const isStack = ev.physical_resource_id === o.identity.id || ev.resource_name === o.identity.name;
  if (isStack && isActionInProgress(ev.resource_status, o.action)) state.sawInProgress = true;
  if (isStack) state.endEvent = parseStatus(ev.resource_status).state !== 'IN_PROGRESS';
  o.emit({
    kind: 'heat-event',
    time: now(),
    lane: o.lane,
    stack: o.identity.name,
    eventId: ev.id,
    eventTime: heatIso(ev.event_time) ?? ev.event_time,
    resource: ev.resource_name,
    physicalId: ev.physical_resource_id || undefined,
    status: ev.resource_status,
    reason: ev.resource_status_reason ?? '',
  });
  if (isStack) return true;
  state.resourceStatus.set(
    ev.resource_name,
    `${ev.resource_status}\u0000${ev.physical_resource_id ?? ''}`,
  );
  o.emit({
    kind: 'resource-status',
    time: now(),
    lane: o.lane,
    stack: o.identity.name,
    resource: ev.resource_name,
    status: ev.resource_status,
    reason: ev.resource_status_reason ?? '',
    physicalId: ev.physical_resource_id || undefined,
    heatTime: heatIso(ev.event_time),
  });
  return false;
}

function isActionInProgress(status: string, action: FollowOptions['action']): boolean {
  const parsed = parseStatus(status);
  return parsed.action === action && parsed.state === 'IN_PROGRESS';
}

/**
 * Read the stack: its status when it changed, and the result once the followed action settled.
 * Mid-action reads leave the outputs out (Heat 404s and stalls resolving them mid-update); right
 * after the stack's own end event the read takes them, saving a round trip before the next wave.
 */
async function pollStack(
  o: FollowOptions,
  state: FollowState,
  signal: AbortSignal,
): Promise<FollowResult | undefined> {
  const withOutputs = state.endEvent && o.action !== 'DELETE';
  state.endEvent = false;
  const stack = await o.heat.getStack(o.identity, signal, { resolveOutputs: withOutputs });
  if (stack === undefined) {
    if (o.action === 'DELETE')
      return {
        status: 'DELETE_COMPLETE',
        reason: 'Stack is gone.',
        resources: [],
        marker: state.marker,
      };
    // Heat can answer 404 for a moment while an update swaps the stack's template: transient, a few times
    throw new OpenStackError(
      'E_NOT_FOUND',
      `Stack ${o.identity.name} disappeared from ${o.heat.region} while being followed.`,
      { status: 404, retryable: true },
    );
  }
  state.notFound = 0;
  if (stack.stack_status !== state.lastStatus) reportStackStatus(o, state, stack);
  if (!isSettled(stack, o.action, o.previousUpdatedTime, state.sawInProgress)) return undefined;
  return settledResult(o, state, stack, withOutputs, signal);
}

function reportStackStatus(o: FollowOptions, state: FollowState, stack: HeatStack): void {
  state.lastStatus = stack.stack_status;
  if (isActionInProgress(stack.stack_status, o.action)) state.sawInProgress = true;
  o.emit({
    kind: 'stack-status',
    time: now(),
    lane: o.lane,
    stack: o.identity.name,
    stackId: stack.id,
    status: stack.stack_status,
    reason: stack.stack_status_reason ?? '',
    creationTime: heatIso(stack.creation_time),
    updatedTime: heatIso(stack.updated_time),
  });
}

/**
 * The settled stack with its outputs and resources (none after a delete): the outputs (unless the
 * poll had them) and the resources side by side, as each round trip here delays the next wave.
 */
async function settledResult(
  o: FollowOptions,
  state: FollowState,
  polled: HeatStack,
  hasOutputs: boolean,
  signal: AbortSignal,
): Promise<FollowResult> {
  const deleted = o.action === 'DELETE';
  const [stack, resources] = await Promise.all([
    deleted || hasOutputs ? polled : o.heat.getStack(o.identity, signal).then((s) => s ?? polled),
    deleted ? [] : o.heat.resources(o.identity, { signal }),
  ]);
  emitResources(o, state, resources);
  return {
    stack,
    status: stack.stack_status,
    reason: stack.stack_status_reason ?? '',
    resources,
    marker: state.marker,
  };
}

/** A failed poll: transient ones are reported and retried (up to a limit); anything else is thrown. */
function onPollFailure(
  o: FollowOptions,
  state: FollowState,
  e: unknown,
  signal: AbortSignal,
): void {
  const isNotFound = isOpenStackError(e, 'E_NOT_FOUND') && o.action !== 'DELETE';
  if (
    signal.aborted ||
    !isOpenStackError(e) ||
    !(e.retryable || isNotFound || e.code === 'E_AUTH_EXPIRED')
  )
    throw e;
  state.failures += 1;
  if (isNotFound) state.notFound += 1;
  if (state.notFound >= 8) throw e;
  o.emit({
    kind: 'error',
    time: now(),
    lane: o.lane,
    stack: o.identity.name,
    code: e.code,
    message: e.message,
    transient: true,
  });
  if (state.failures >= (o.maxPollFailures ?? 20)) throw e;
}
