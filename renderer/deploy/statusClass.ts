import { parseStatus } from '../../shared/deploy/heatStatus';

export type StatusTone = 'progress' | 'complete' | 'failed' | 'other';

/** How a Heat status looks: in progress (animated), complete, failed. */
export function toneOf(status: string | undefined): StatusTone {
  if (status === undefined) return 'other';
  const { state } = parseStatus(status);
  return state === 'IN_PROGRESS'
    ? 'progress'
    : state === 'COMPLETE'
      ? 'complete'
      : state === 'FAILED'
        ? 'failed'
        : 'other';
}
