/**
 * The effects behind the inspector's cloud picker and the lane headers' drift marks: each asks the
 * Node side through the typed API and puts the answer into the store. Nothing here sees a secret.
 */
import type { AppState } from '../store/types';
import { serializeInBackground } from '../yaml/backgroundSerialize';
import { cloudValuesKey } from './cloudValuesSlice';
import type { DeployContext } from './deployActions';

export interface CloudPickTarget {
  cloud: string;
  /** The lane's OpenStack region name. */
  region: string;
  constraint: string;
}

/** The region's values of the constraint: from the cache, or asked for (always when `refresh`). */
export async function loadCloudValues(
  { store, api }: DeployContext,
  target: CloudPickTarget,
  refresh = false,
): Promise<void> {
  const key = cloudValuesKey(target.cloud, target.region, target.constraint);
  const cached = store.getState().cloudValues[key];
  if (cached !== undefined && !refresh && cached.status !== 'error') return;
  if (cached?.status === 'loading') return;
  store.getState().setCloudValues(key, {
    status: 'loading',
    ...(cached?.status === 'ready' ? { values: cached.values } : {}),
  });
  const r = await api.cloud.values(target);
  const set = store.getState().setCloudValues;
  if (!r.ok) set(key, { status: 'error', message: r.error.message });
  else if (r.value.kind === 'unavailable')
    set(key, { status: 'unavailable', reason: r.value.reason });
  else set(key, { status: 'ready', values: r.value.values, fetchedAt: new Date().toISOString() });
}

/** Whether the design can be asked about on the picked cloud (a usable cloud, no password to enter). */
export function statusCloud(s: Pick<AppState, 'clouds' | 'cloud'>): string | null {
  const cloud = s.clouds?.find((c) => c.name === s.cloud);
  return cloud === undefined || cloud.needsPassword || cloud.problem !== undefined
    ? null
    : cloud.name;
}

/**
 * Read the stacks' status and drift (`deploy.status`) for the lane headers. `quiet`: an automatic
 * refresh, whose failure is not announced (the command's is).
 */
export async function refreshLaneStatus(ctx: DeployContext, quiet = false): Promise<void> {
  const { store, api } = ctx;
  const s0 = store.getState();
  const cloud = statusCloud(s0);
  if (cloud === null) {
    if (!quiet)
      s0.notify('error', 'Pick a cloud first (with its password entered) to read the status.');
    return;
  }
  const documentId = s0.documentId;
  // written in the design worker: a status read must not hold the main thread (it runs when a design opens)
  const designText = await serializeInBackground(s0.design, s0.source);
  const r = await api.deploy.status({ cloud, designText });
  const s = store.getState();
  if (s.documentId !== documentId) return;
  if (!r.ok) {
    if (!quiet) s.notify('error', `Cannot read the status on ${cloud}: ${r.error.message}`);
    return;
  }
  s.setLaneStatuses({ documentId, cloud, readAt: new Date().toISOString(), lanes: r.value.lanes });
  const drifted = r.value.lanes.filter((l) => l.drift !== undefined);
  if (!quiet)
    s.notify(
      drifted.length === 0 ? 'info' : 'error',
      drifted.length === 0
        ? `Status read from ${cloud}: no stack changed outside Isotherm.`
        : `${drifted.length} stack(s) changed outside Isotherm: see the lane headers.`,
    );
}
