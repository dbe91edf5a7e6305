import { parseStatus } from '../../shared/deploy/heatStatus';

export type StatusTone = 'progress' | 'complete' | 'failed' | 'other';

/**
 * Heat lists a resource it has not started yet as INIT_COMPLETE: complete in Heat's words, "waiting"
 * in the user's (neither green nor done).
 */
const NOT_STARTED = 'INIT_COMPLETE';

/** How a Heat status looks: in progress (animated), complete, failed. */
export function toneOf(status: string | undefined): StatusTone {
  if (status === undefined || status === NOT_STARTED) return 'other';
  const { state } = parseStatus(status);
  return state === 'IN_PROGRESS'
    ? 'progress'
    : state === 'COMPLETE'
      ? 'complete'
      : state === 'FAILED'
        ? 'failed'
        : 'other';
}

/** A Heat status as the canvas words it: `CREATE_IN_PROGRESS` -> "create in progress". */
export function statusLabel(status: string): string {
  return status === NOT_STARTED ? 'waiting' : status.replace(/_/g, ' ').toLowerCase();
}
