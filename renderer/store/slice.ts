import type { StateCreator } from 'zustand';
import type { AppState, StoreEnv } from './types';

/** A slice creator of the one app store (zustand slices pattern), with the injected environment. */
export type SliceCreator<S> = (env: StoreEnv) => StateCreator<AppState, [], [], S>;

/** How many undo steps are kept. */
export const HISTORY_LIMIT = 200;
