import { useStore } from 'zustand';
import { designCodec } from './codec';
import { createAppStore, type AppStore } from './createAppStore';
import type { AppState } from './types';

let docCounter = 0;
const randomKey = () => {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `d${Date.now().toString(36)}${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}${++docCounter}`;
};

/** The app's one store instance (tests create their own with createAppStore). */
export const appStore: AppStore = createAppStore({ codec: designCodec, newDocKey: randomKey });

/** Narrow subscription to the app store (use module-scope selectors). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
