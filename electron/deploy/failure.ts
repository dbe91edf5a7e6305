/** Turn a settled-failed stack or a failed call into a StackFailure (names the resources and Heat's reasons). */
import type { FailedResource } from '../../shared/deploy/events';
import { isFailed } from '../../shared/deploy/heatStatus';
import { toOpenStackError } from '../openstack/errors';
import type { HeatResource } from '../openstack/heatTypes';
import type { RunContext } from './runContext';
import { nowIso } from './runContext';
import type { StackFailure } from './types';

export function failedResourcesOf(resources: readonly HeatResource[]): FailedResource[] {
  return resources
    .filter((r) => isFailed(r.resource_status))
    .map((r) => ({
      resource: r.resource_name,
      type: r.resource_type,
      status: r.resource_status,
      reason: r.resource_status_reason ?? '',
    }));
}

/** One line naming the failed resources and Heat's reasons. */
export function describeFailure(
  f: Pick<StackFailure, 'stack' | 'regionName' | 'status' | 'reason' | 'failedResources'>,
): string {
  const resources = f.failedResources
    .map((r) => `${r.resource} (${r.type ?? '?'}) ${r.status}: ${r.reason}`)
    .join('; ');
  return `${f.stack} in ${f.regionName}: ${f.status}: ${f.reason}${resources ? ` [${resources}]` : ''}`;
}

export function reportFailure(
  ctx: RunContext,
  lane: string,
  pass: number,
  action: 'create' | 'update' | 'delete',
  status: string,
  reason: string,
  failedResources: FailedResource[],
): StackFailure {
  const ref = ctx.ref(lane);
  ctx.emit({
    kind: 'stack-failed',
    time: nowIso(),
    lane,
    stack: ref.stack,
    action,
    pass,
    status,
    reason,
    failedResources,
  });
  return { ...ref, pass, status, reason, failedResources };
}

/** A call that failed (not Heat's stack): status CLIENT_ERROR, the error's code and message. */
export function reportCallFailure(
  ctx: RunContext,
  lane: string,
  pass: number,
  action: 'create' | 'update' | 'delete',
  e: unknown,
): StackFailure {
  const err = toOpenStackError(e);
  return reportFailure(
    ctx,
    lane,
    pass,
    action,
    err.code === 'E_BAD_REQUEST' ? 'VALIDATION_FAILED' : 'CLIENT_ERROR',
    `${err.code}: ${err.message}`,
    [],
  );
}
