import type { RecoveryStore } from '../files/recoveryStore';
import type { Handlers } from './dispatch';

type RecoveryHandlers = Pick<
  Handlers,
  'recovery.write' | 'recovery.list' | 'recovery.read' | 'recovery.discard'
>;

export function recoveryHandlers(store: RecoveryStore): RecoveryHandlers {
  return {
    'recovery.write': async ({ key, text, path, name }) => store.write(key, text, path, name),
    'recovery.list': async () => ({ entries: await store.list() }),
    'recovery.read': async ({ key }) => store.read(key),
    'recovery.discard': async ({ key }) => {
      await store.discard(key);
      return null;
    },
  };
}
