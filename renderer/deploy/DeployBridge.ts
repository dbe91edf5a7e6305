import { useEffect } from 'react';
import { api } from '../api';
import { whenIdle } from '../app/whenIdle';
import { appStore } from '../store/appStore';
import type { AppState } from '../store/types';
import { refreshLaneStatus, statusCloud } from './cloudValuesActions';
import { isRunning, loadClouds } from './deployActions';

function hasResources(s: AppState): boolean {
  for (const id in s.design.resources) if (Object.hasOwn(s.design.resources, id)) return true;
  return false;
}

/** When the lane headers' status is read again by itself: another document or cloud, a run that ended. */
const statusTrigger = (s: AppState): string =>
  `${s.documentId}|${statusCloud(s) ?? ''}|${isRunning(s)}|${hasResources(s)}`;

/**
 * The one bridge from `deploy.event` into the store (STYLE.md 4), the first clouds list, and the
 * quiet status reads behind the lane headers' drift marks. Disposed on unmount.
 */
export function useDeployBridge(): void {
  useEffect(() => {
    const ctx = { store: appStore, api };
    void loadClouds(ctx);
    let last = statusTrigger(appStore.getState());
    let cancel = () => {};
    const offStatus = appStore.subscribe((s) => {
      const now = statusTrigger(s);
      if (now === last) return;
      last = now;
      cancel();
      // once the page is idle: an opened design is shown first, then its stacks are asked about
      if (statusCloud(s) !== null && !isRunning(s) && hasResources(s))
        cancel = whenIdle(() => void refreshLaneStatus(ctx, true));
    });
    const offEvents = api.on('deploy.event', (payload) =>
      appStore.getState().ingestDeployEvent(payload),
    );
    return () => {
      cancel();
      offStatus();
      offEvents();
    };
  }, []);
}
