import { api, markReady } from '../api';
import { appStore } from '../store/appStore';

/** Load the catalog, offer recovery copies, then say the app is ready (the e2e tests wait on it). */
export async function boot(): Promise<void> {
  const s = appStore.getState();
  const catalog = await api.catalog.get();
  if (catalog.ok) s.setCatalog(catalog.value);
  else s.setCatalog(null, catalog.error.message);
  const recovery = await api.recovery.list();
  if (recovery.ok && recovery.value.entries.length > 0) {
    s.openDialog({ kind: 'restore', keys: recovery.value.entries.map((e) => e.key) });
  }
  requestAnimationFrame(() => markReady());
}
