/**
 * Follow one stack until it settles: new events by marker every tick, the stack itself when its
 * own events say it changed (and every few ticks anyway), its resources at the start and the end.
 * About 1.5 requests per second whatever the stack's size; a change shows within one tick.
 */
import type { DeployEvent } from '../../shared/deploy/events';
import { parseStatus } from '../../shared/deploy/heatStatus';
import { isOpenStackError, OpenStackError } from '../openstack/errors';
import type { HeatClient } from '../openstack/heat';
import type { HeatResource, HeatStack, StackIdentity } from '../openstack/heatTypes';
import { delay } from '../openstack/retry';
import type { DisposableStore } from './disposables';

export interface FollowOptions {
  heat: HeatClient;
  region: string;
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

export async function followStack(o: FollowOptions): Promise<FollowResult> {
  const interval = o.intervalMs ?? 700;
  const stackEvery = o.stackEvery ?? 3;
  const deadline = Date.now() + (o.deadlineMs ?? 3600_000);
  const controller = new AbortController();
  const release = o.store.add(() => controller.abort());
  const onAbort = (): void => controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const signal = controller.signal;
  const resourceStatus = new Map<string, string>();
  let marker = o.marker;
  let lastStatus: string | undefined;
  let sawInProgress = false;
  let failures = 0;
  /** Consecutive 404s of the stack itself (reset only by a successful read of the stack). */
  let notFound = 0;

  const emitResources = (resources: HeatResource[]): void => {
    for (const r of resources) {
      const key = r.resource_name;
      const sig = `${r.resource_status}\u0000${r.physical_resource_id ?? ''}`;
      if (resourceStatus.get(key) === sig) continue;
      resourceStatus.set(key, sig);
      o.emit({
        kind: 'resource-status',
        time: now(),
        region: o.region,
        stack: o.identity.name,
        resource: key,
        type: r.resource_type,
        status: r.resource_status,
        reason: r.resource_status_reason ?? '',
        physicalId: r.physical_resource_id || undefined,
        heatTime: heatIso(r.updated_time ?? r.creation_time),
      });
    }
  };

  try {
    // resources are read up front only for a create (their types for the canvas); during an update the
    // events say enough, and a resource listing racing Heat's first resource update was seen to stall it
    if (o.action === 'CREATE') {
      try {
        emitResources(await o.heat.resources(o.identity, { signal }));
      } catch (e) {
        if (signal.aborted) throw e;
      }
    }
    for (let tick = 0; ; tick++) {
      if (Date.now() > deadline)
        throw new OpenStackError(
          'E_TIMEOUT',
          `Stack ${o.identity.name} in ${o.heat.region} did not settle in time. It is still in Heat: run status, or destroy.`,
        );
      try {
        let stackEvent = false;
        /** The stack's own event says the action ended: read it with its outputs at once. */
        let endEvent = false;
        for (let page = 0; page < 20; page++) {
          const events = await o.heat.events(o.identity, { marker, limit: 100, signal });
          for (const ev of events) {
            marker = ev.id;
            const isStack =
              ev.physical_resource_id === o.identity.id || ev.resource_name === o.identity.name;
            if (isStack) stackEvent = true;
            if (isStack && parseStatus(ev.resource_status).state !== 'IN_PROGRESS') endEvent = true;
            if (
              isStack &&
              parseStatus(ev.resource_status).action === o.action &&
              parseStatus(ev.resource_status).state === 'IN_PROGRESS'
            )
              sawInProgress = true;
            o.emit({
              kind: 'heat-event',
              time: now(),
              region: o.region,
              stack: o.identity.name,
              eventId: ev.id,
              eventTime: heatIso(ev.event_time) ?? ev.event_time,
              resource: ev.resource_name,
              physicalId: ev.physical_resource_id || undefined,
              status: ev.resource_status,
              reason: ev.resource_status_reason ?? '',
            });
            if (!isStack) {
              resourceStatus.set(
                ev.resource_name,
                `${ev.resource_status}\u0000${ev.physical_resource_id ?? ''}`,
              );
              o.emit({
                kind: 'resource-status',
                time: now(),
                region: o.region,
                stack: o.identity.name,
                resource: ev.resource_name,
                status: ev.resource_status,
                reason: ev.resource_status_reason ?? '',
                physicalId: ev.physical_resource_id || undefined,
                heatTime: heatIso(ev.event_time),
              });
            }
          }
          if (events.length < 100) break;
        }
        if (tick === 0 || stackEvent || tick % stackEvery === 0) {
          const withOutputs = endEvent && o.action !== 'DELETE';
          const polled = await o.heat.getStack(o.identity, signal, {
            resolveOutputs: withOutputs,
          });
          notFound = 0;
          let stack = polled;
          if (stack === undefined) {
            if (o.action === 'DELETE')
              return { status: 'DELETE_COMPLETE', reason: 'Stack is gone.', resources: [], marker };
            // Heat can answer 404 for a moment while an update swaps the stack's template: transient, a few times
            throw new OpenStackError(
              'E_NOT_FOUND',
              `Stack ${o.identity.name} disappeared from ${o.heat.region} while being followed.`,
              { status: 404, retryable: true },
            );
          }
          if (stack.stack_status !== lastStatus) {
            lastStatus = stack.stack_status;
            if (
              parseStatus(stack.stack_status).action === o.action &&
              parseStatus(stack.stack_status).state === 'IN_PROGRESS'
            )
              sawInProgress = true;
            o.emit({
              kind: 'stack-status',
              time: now(),
              region: o.region,
              stack: o.identity.name,
              stackId: stack.id,
              status: stack.stack_status,
              reason: stack.stack_status_reason ?? '',
              creationTime: heatIso(stack.creation_time),
              updatedTime: heatIso(stack.updated_time),
            });
          }
          if (isSettled(stack, o.action, o.previousUpdatedTime, sawInProgress)) {
            // the outputs (unless this read had them) and the resources, side by side: each round trip
            // here delays the next wave
            const read = stack;
            const [full, resources] = await Promise.all([
              o.action === 'DELETE' || withOutputs
                ? read
                : o.heat.getStack(o.identity, signal).then((s) => s ?? read),
              o.action === 'DELETE' ? [] : o.heat.resources(o.identity, { signal }),
            ]);
            stack = full;
            emitResources(resources);
            return {
              stack,
              status: stack.stack_status,
              reason: stack.stack_status_reason ?? '',
              resources,
              marker,
            };
          }
        }
        failures = 0;
      } catch (e) {
        const isNotFound = isOpenStackError(e, 'E_NOT_FOUND') && o.action !== 'DELETE';
        if (
          signal.aborted ||
          !isOpenStackError(e) ||
          !(e.retryable || isNotFound || e.code === 'E_AUTH_EXPIRED')
        )
          throw e;
        failures += 1;
        if (isNotFound) notFound += 1;
        if (notFound >= 8) throw e;
        o.emit({
          kind: 'error',
          time: now(),
          region: o.region,
          stack: o.identity.name,
          code: e.code,
          message: e.message,
          transient: true,
        });
        if (failures >= (o.maxPollFailures ?? 20)) throw e;
      }
      await delay(interval, signal);
    }
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    release();
  }
}
