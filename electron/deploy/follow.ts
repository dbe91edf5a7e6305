/**
 * Follow one stack until it settles: new events by marker every tick (the stack's status from its own
 * events), the stack itself with its outputs as soon as its own end event shows (and without them every
 * few ticks anyway), its resources at the start of a create and at the end. The cadence adapts
 * (followPace.ts): fast after the call and whenever nothing is known busy, slower while resources are
 * busy and quiet; never more than 2 requests per second sustained, whatever the stack's size.
 */
import type { DeployEvent } from '../../shared/deploy/events';
import { parseStatus } from '../../shared/deploy/heatStatus';
import { isOpenStackError, OpenStackError } from '../openstack/errors';
import type { HeatClient } from '../openstack/heat';
import type { HeatEvent, HeatResource, HeatStack, StackIdentity } from '../openstack/heatTypes';
import { delay } from '../openstack/retry';
import type { DisposableStore } from './disposables';
import { FAST_POLL_MS, nextIntervalMs, RequestPacer } from './followPace';

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
  /** The slowest poll, while resources are busy and nothing changes (default 2 s; never under 0.5 s). */
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
  /** A create's resources as first listed, their status kept up to date from the events. */
  listed: Map<string, HeatResource>;
  /** A create's resources are still to be listed (with the first events read). */
  needsListing: boolean;
  marker?: string;
  lastStatus?: string;
  sawInProgress: boolean;
  /** Some event about the stack itself was seen. */
  sawStackEvent: boolean;
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
  const deadline = Date.now() + (o.deadlineMs ?? 3600_000);
  const controller = new AbortController();
  const release = o.store.add(() => controller.abort());
  const onAbort = (): void => controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const state: FollowState = {
    resourceStatus: new Map(),
    listed: new Map(),
    needsListing: o.action === 'CREATE',
    marker: o.marker,
    sawInProgress: false,
    sawStackEvent: false,
    failures: 0,
    notFound: 0,
    endEvent: false,
  };
  const pacer = new RequestPacer();
  const paced = <T>(fn: () => Promise<T>): Promise<T> => pacer.run(fn, signal);
  let interval = FAST_POLL_MS;
  let lastNews = Date.now();
  try {
    for (let tick = 0; ; tick++) {
      if (Date.now() > deadline)
        throw new OpenStackError(
          'E_TIMEOUT',
          `Stack ${o.identity.name} in ${o.heat.region} did not settle in time. It is still in Heat: run status, or destroy.`,
        );
      const started = Date.now();
      let changed = false;
      try {
        const polled = await pollOnce(o, state, tick, paced, signal);
        if (polled.settled !== undefined) return polled.settled;
        changed = polled.changed;
        state.failures = 0;
      } catch (e) {
        onPollFailure(o, state, e, signal);
      }
      if (changed) lastNews = Date.now();
      const summary = { changed, busy: isBusy(state), quietMs: Date.now() - lastNews };
      interval = nextIntervalMs(interval, summary, o.intervalMs);
      await delay(Math.max(0, started + interval - Date.now()), signal);
    }
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    release();
  }
}

type Paced = <T>(fn: () => Promise<T>) => Promise<T>;

/**
 * One tick: new events (and, for a create, the resources listing beside the first read); the stack
 * is read at once with its outputs when its own end event shows, else when nothing said how it is
 * (first tick) and every few ticks anyway.
 */
async function pollOnce(
  o: FollowOptions,
  state: FollowState,
  tick: number,
  paced: Paced,
  signal: AbortSignal,
): Promise<{ settled?: FollowResult; changed: boolean }> {
  const listing = state.needsListing ? initialResources(o, paced, signal) : undefined;
  const [listed, events] = await Promise.all([listing, readNewEvents(o, state, paced, signal)]);
  if (listing !== undefined) {
    state.needsListing = false;
    if (listed !== undefined) listResources(o, state, listed);
  }
  for (const ev of events) reportEvent(o, state, ev);
  const changed = events.length > 0;
  if (state.endEvent) return { settled: await endRead(o, state, paced, signal), changed };
  const stackEvery = o.stackEvery ?? 3;
  if ((tick === 0 && !state.sawStackEvent) || (tick > 0 && tick % stackEvery === 0))
    return { settled: await pollStack(o, state, paced, signal), changed };
  return { changed };
}

/** Some resource is in progress as far as the follower knows (its events or the listing). */
function isBusy(state: FollowState): boolean {
  for (const sig of state.resourceStatus.values()) if (sig.includes('_IN_PROGRESS')) return true;
  return false;
}

/**
 * Resources are read up front only for a create (their types for the canvas); during an update the
 * events say enough, and a resource listing racing Heat's first resource update was seen to stall it.
 * A failed listing is not retried (the end read lists them).
 */
async function initialResources(
  o: FollowOptions,
  paced: Paced,
  signal: AbortSignal,
): Promise<HeatResource[] | undefined> {
  try {
    return await paced(() => o.heat.resources(o.identity, { signal }));
  } catch (e) {
    if (signal.aborted) throw e;
    return undefined;
  }
}

function listResources(o: FollowOptions, state: FollowState, resources: HeatResource[]): void {
  for (const r of resources) state.listed.set(r.resource_name, r);
  emitResources(o, state, resources);
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

/** Events after the marker (up to 20 pages), oldest first; the marker moves past them. */
async function readNewEvents(
  o: FollowOptions,
  state: FollowState,
  paced: Paced,
  signal: AbortSignal,
): Promise<HeatEvent[]> {
  const all: HeatEvent[] = [];
  let marker = state.marker;
  for (let page = 0; page < 20; page++) {
    const events = await paced(() => o.heat.events(o.identity, { marker, limit: 100, signal }));
    all.push(...events);
    if (events.length > 0) marker = events.at(-1)!.id;
    if (events.length < 100) break;
  }
  return all;
}

/** Publish one Heat event (and the resource or stack status it tells of). */
function reportEvent(o: FollowOptions, state: FollowState, ev: HeatEvent): void {
  state.marker = ev.id;
  const isStack = ev.physical_resource_id === o.identity.id || ev.resource_name === o.identity.name;
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
  if (isStack) {
    state.sawStackEvent = true;
    if (isActionInProgress(ev.resource_status, o.action)) state.sawInProgress = true;
    state.endEvent = parseStatus(ev.resource_status).state !== 'IN_PROGRESS';
    // the stack's status as its own event tells it (a read follows at its end)
    if (!state.endEvent && ev.resource_status !== state.lastStatus)
      reportStackStatus(o, state, {
        id: o.identity.id,
        stack_status: ev.resource_status,
        stack_status_reason: ev.resource_status_reason,
      });
    return;
  }
  state.resourceStatus.set(
    ev.resource_name,
    `${ev.resource_status}\u0000${ev.physical_resource_id ?? ''}`,
  );
  const listed = state.listed.get(ev.resource_name);
  if (listed !== undefined)
    state.listed.set(ev.resource_name, {
      ...listed,
      resource_status: ev.resource_status,
      resource_status_reason: ev.resource_status_reason,
      physical_resource_id: ev.physical_resource_id || listed.physical_resource_id,
    });
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
}

function isActionInProgress(status: string, action: FollowOptions['action']): boolean {
  const parsed = parseStatus(status);
  return parsed.action === action && parsed.state === 'IN_PROGRESS';
}

/** Read the stack: 404 is "gone" after a delete, a transient error otherwise. */
async function readStack(
  o: FollowOptions,
  state: FollowState,
  paced: Paced,
  signal: AbortSignal,
  withOutputs: boolean,
): Promise<HeatStack | undefined> {
  const stack = await paced(() =>
    o.heat.getStack(o.identity, signal, { resolveOutputs: withOutputs }),
  );
  if (stack === undefined && o.action !== 'DELETE')
    // Heat can answer 404 for a moment while an update swaps the stack's template: transient, a few times
    throw new OpenStackError(
      'E_NOT_FOUND',
      `Stack ${o.identity.name} disappeared from ${o.heat.region} while being followed.`,
      { status: 404, retryable: true },
    );
  if (stack !== undefined) {
    state.notFound = 0;
    if (stack.stack_status !== state.lastStatus) reportStackStatus(o, state, stack);
  }
  return stack;
}

const gone = (state: FollowState): FollowResult => ({
  status: 'DELETE_COMPLETE',
  reason: 'Stack is gone.',
  resources: [],
  marker: state.marker,
});

/**
 * A periodic read of the stack, without its outputs (Heat 404s and stalls resolving them
 * mid-update); when it shows the action settled, the end read follows.
 */
async function pollStack(
  o: FollowOptions,
  state: FollowState,
  paced: Paced,
  signal: AbortSignal,
): Promise<FollowResult | undefined> {
  const stack = await readStack(o, state, paced, signal, false);
  if (stack === undefined) return gone(state);
  if (!isSettled(stack, o.action, o.previousUpdatedTime, state.sawInProgress)) return undefined;
  if (o.action === 'DELETE')
    return settledResult(o, state, stack, await resourcesAtEnd(o, state, paced, signal));
  return endRead(o, state, paced, signal);
}

/**
 * The stack's own end event showed: read it with its outputs and, beside it, its resources (unless a
 * completed create's events already told every listed resource's end), as each round trip here
 * delays the next wave. Undefined when the read shows the action not settled after all.
 */
async function endRead(
  o: FollowOptions,
  state: FollowState,
  paced: Paced,
  signal: AbortSignal,
): Promise<FollowResult | undefined> {
  state.endEvent = false;
  const listing = eventsToldAll(o, state)
    ? undefined
    : resourcesAtEnd(o, state, paced, signal).catch((e: unknown) => e as Error);
  const stack = await readStack(o, state, paced, signal, o.action !== 'DELETE').catch(
    async (e: unknown) => {
      await listing;
      throw e;
    },
  );
  const resources = await listing;
  if (resources instanceof Error) throw resources;
  if (stack === undefined) return gone(state);
  if (!isSettled(stack, o.action, o.previousUpdatedTime, state.sawInProgress)) {
    if (resources !== undefined) emitResources(o, state, resources);
    return undefined;
  }
  const ok = parseStatus(stack.stack_status).state === 'COMPLETE';
  return settledResult(
    o,
    state,
    stack,
    resources ?? (ok ? [...state.listed.values()] : await resourcesAtEnd(o, state, paced, signal)),
  );
}

/** A create whose listing and events show every resource created: a listing would say nothing new. */
function eventsToldAll(o: FollowOptions, state: FollowState): boolean {
  if (o.action !== 'CREATE' || state.listed.size === 0) return false;
  for (const r of state.listed.values()) if (r.resource_status !== 'CREATE_COMPLETE') return false;
  return true;
}

function resourcesAtEnd(
  o: FollowOptions,
  state: FollowState,
  paced: Paced,
  signal: AbortSignal,
): Promise<HeatResource[]> {
  if (o.action === 'DELETE') return Promise.resolve([]);
  return paced(() => o.heat.resources(o.identity, { signal }));
}

function reportStackStatus(
  o: FollowOptions,
  state: FollowState,
  stack: Pick<HeatStack, 'id' | 'stack_status' | 'stack_status_reason'> & Partial<HeatStack>,
): void {
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

/** The settled stack with its outputs and resources (none after a delete). */
function settledResult(
  o: FollowOptions,
  state: FollowState,
  stack: HeatStack,
  resources: HeatResource[],
): FollowResult {
  emitResources(o, state, resources);
  return {
    stack,
    status: stack.stack_status,
    reason: stack.stack_status_reason ?? '',
    resources,
    marker: state.marker,
  };
}

/**
 * Heat 19, while an update that drops a parameter removes the old resources that used it (pass 1
 * of a multi-pass lane does it), answers reads of the stack with 400 UserParameterMissing: it
 * evaluates the old template against the new parameters. A read validates nothing of ours, so this
 * is a moment of the stack (also for a delete that overtakes such an update), not an outcome.
 */
export function isMidUpdateRead(e: OpenStackError): boolean {
  return e.status === 400 && e.heatType === 'UserParameterMissing';
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
    !(e.retryable || isNotFound || e.code === 'E_AUTH_EXPIRED' || isMidUpdateRead(e))
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
