import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import { api } from '../api';

let cached: Promise<AppInfo | null> | undefined;

/** `app.info`, asked once. */
export function appInfo(): Promise<AppInfo | null> {
  cached ??= api.app.info().then((r) => (r.ok ? r.value : null));
  return cached;
}

export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void appInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
