import { useEffect } from 'react';
import { api } from '../api';
import { appStore } from '../store/appStore';
import { loadClouds } from './deployActions';

/** The one bridge from `deploy.event` into the store (STYLE.md 4), and the first clouds list. Disposed on unmount. */
export function useDeployBridge(): void {
  useEffect(() => {
    void loadClouds({ store: appStore, api });
    return api.on('deploy.event', (payload) => appStore.getState().ingestDeployEvent(payload));
  }, []);
}
