import type { LaneStatus } from '../../shared/ipc/channels/deploy';
import type { AppState } from '../store/types';

/** What a lane header's drift mark says: a short label and a tooltip with what changed and when. */
export interface DriftMark {
  kind: 'changed' | 'deleted';
  label: string;
  title: string;
}

export function driftMarkOf(status: LaneStatus, readAt: string): DriftMark | undefined {
  const drift = status.drift;
  if (drift === undefined) return undefined;
  const when = drift.at !== undefined ? ` (at ${drift.at})` : '';
  return {
    kind: drift.kind,
    label: drift.kind === 'deleted' ? 'deleted outside Isotherm' : 'changed outside Isotherm',
    title: `Stack ${status.stack} in ${status.regionName} was ${drift.kind === 'deleted' ? 'deleted' : 'changed'} outside Isotherm since its last deploy${when}: ${drift.message}. Status read at ${readAt}.`,
  };
}

/** The drift mark of a lane, for the document whose status was read (none for another document). */
export function selectDriftMark(s: AppState, lane: string): DriftMark | undefined {
  const statuses = s.laneStatuses;
  if (statuses === null || statuses.documentId !== s.documentId) return undefined;
  const status = statuses.lanes.find((l) => l.lane === lane);
  return status === undefined ? undefined : driftMarkOf(status, statuses.readAt);
}
