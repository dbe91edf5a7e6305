import { createStore, type StoreApi } from 'zustand/vanilla';
import { createCatalogSlice } from './catalogSlice';
import { createCloudValuesSlice } from '../deploy/cloudValuesSlice';
import { createDeploySlice } from '../deploy/deploySlice';
import { createDesignSlice } from './designSlice';
import { createHistorySlice } from './historySlice';
import { createSelectionSlice } from './selectionSlice';
import type { AppState, StoreEnv } from './types';
import { createUiSlice } from './uiSlice';

export type AppStore = StoreApi<AppState>;

/** The one app store, from its slices. Headless: tests create their own with a test codec and ids. */
export function createAppStore(env: StoreEnv): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDesignSlice(env)(...a),
    ...createHistorySlice(env)(...a),
    ...createSelectionSlice(env)(...a),
    ...createUiSlice(env)(...a),
    ...createCatalogSlice(env)(...a),
    ...createDeploySlice(env)(...a),
    ...createCloudValuesSlice(env)(...a),
  }));
}

export const isDirty = (s: Pick<AppState, 'revision' | 'savedRevision'>): boolean =>
  s.revision !== s.savedRevision;
