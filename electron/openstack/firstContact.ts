/**
 * The first request to a service endpoint with a new token goes alone; the others sent beside it wait
 * for its answer. A service (Heat's keystonemiddleware) validates an unknown token with Keystone and
 * then caches it: requests sent side by side with a fresh token each make Keystone validate it again,
 * which on a busy Keystone costs seconds each (measured on the local cloud: one request 27 s, six side
 * by side 24-42 s). Whatever the first answer (even an error), the waiters then go.
 */
import { OpenStackError } from './errors';

export class FirstContact {
  /** Per token (by object), the endpoints contacted or being contacted, settled when the first answered. */
  private readonly seen = new WeakMap<object, Map<string, Promise<void>>>();

  /**
   * Wait for the first request of (token, endpoint) if one is under way; else become it: the returned
   * function ends the wait of the others (call it once its answer came, whatever it was).
   */
  async enter(token: object, endpoint: string, signal?: AbortSignal): Promise<() => void> {
    let endpoints = this.seen.get(token);
    if (endpoints === undefined) {
      endpoints = new Map();
      this.seen.set(token, endpoints);
    }
    const first = endpoints.get(endpoint);
    if (first !== undefined) {
      await abortable(first, signal);
      return () => {};
    }
    let done!: () => void;
    endpoints.set(
      endpoint,
      new Promise<void>((resolve) => {
        done = resolve;
      }),
    );
    return done;
  }
}

function abortable(p: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (signal === undefined) return p;
  if (signal.aborted) return Promise.reject(new OpenStackError('E_ABORTED', 'Aborted.'));
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => reject(new OpenStackError('E_ABORTED', 'Aborted.'));
    signal.addEventListener('abort', onAbort, { once: true });
    void p.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
