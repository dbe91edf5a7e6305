import type { CloudValue } from '../../shared/catalog/cloudLookups';
import type { LaneStatus } from '../../shared/ipc/channels/deploy';
import type { SliceCreator } from '../store/slice';

/**
 * What the cloud has, for the inspector's picker, and the drift of the design's stacks, for the lane
 * headers: [session] only, never saved, never undone. Values are cached per cloud + region +
 * custom_constraint until refreshed.
 */

export type CloudValuesEntry =
  | { status: 'loading'; values?: CloudValue[] }
  | { status: 'ready'; values: CloudValue[]; fetchedAt: string }
  /** The region has no such service, or it does not answer: shown quietly in the picker. */
  | { status: 'unavailable'; reason: string }
  | { status: 'error'; message: string };

export interface LaneStatusesState {
  /** The document and cloud the statuses were read for. */
  documentId: number;
  cloud: string;
  readAt: string;
  lanes: LaneStatus[];
}

export interface CloudValuesSlice {
  /** [session] By `cloudValuesKey`. */
  cloudValues: Record<string, CloudValuesEntry>;
  /** [session] The last `deploy.status` of this document (drift marks on lane headers). */
  laneStatuses: LaneStatusesState | null;
  setCloudValues(key: string, entry: CloudValuesEntry): void;
  setLaneStatuses(statuses: LaneStatusesState | null): void;
}

export const cloudValuesKey = (cloud: string, region: string, constraint: string): string =>
  `${cloud}\u0000${region}\u0000${constraint}`;

export const createCloudValuesSlice: SliceCreator<CloudValuesSlice> = () => (set) => ({
  cloudValues: {},
  laneStatuses: null,
  setCloudValues: (key, entry) => set((s) => ({ cloudValues: { ...s.cloudValues, [key]: entry } })),
  setLaneStatuses: (laneStatuses) => set({ laneStatuses }),
});
