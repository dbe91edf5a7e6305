import { useSyncExternalStore } from 'react';
import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';

const query = () =>
  typeof matchMedia === 'undefined' ? null : matchMedia('(prefers-color-scheme: dark)');
const subscribe = (cb: () => void) => {
  const q = query();
  q?.addEventListener('change', cb);
  return () => q?.removeEventListener('change', cb);
};
const systemDark = () => query()?.matches ?? false;
const selectTheme = (s: AppState) => s.theme;

/** Is the dark theme in effect (the user's choice, or the system's)? */
export function useDark(): boolean {
  const theme = useApp(selectTheme);
  const system = useSyncExternalStore(subscribe, systemDark, () => false);
  return theme === 'dark' || (theme === 'system' && system);
}
