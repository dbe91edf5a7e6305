/**
 * The one design worker (./designWorker.ts), created on first use. A request is answered by the worker, or with
 * undefined when workers are not available (unit tests) or the worker failed: the caller then does the work on
 * the main thread, as before.
 */
import type { WorkerReply, WorkerRequest } from './designWorker';

type Answer = Exclude<WorkerReply, { error: string }>;
type WithoutId<R> = R extends unknown ? Omit<R, 'id'> : never;
type RequestBody = WithoutId<WorkerRequest>;

type Waiting = (reply: Answer | undefined) => void;

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./designWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const entry = waiting.get(e.data.id);
      if (entry === undefined) return;
      waiting.delete(e.data.id);
      entry('error' in e.data ? undefined : e.data);
    };
    w.onerror = () => {
      // the worker cannot run here (e.g. blocked): answer on the main thread from now on
      worker = null;
      w.terminate();
      for (const entry of waiting.values()) entry(undefined);
      waiting.clear();
    };
    return w;
  } catch {
    return null;
  }
}

/** Start the worker ahead of the first request (its chunk loaded and evaluated), so opening a design does not wait. */
export function warmDesignWorker(): void {
  if (worker === undefined) worker = startWorker();
}

/** The worker's answer to `body`; undefined when there is no worker or it failed (do the work here then). */
export function askWorker(body: RequestBody): Promise<Answer | undefined> {
  if (worker === undefined) worker = startWorker();
  if (worker === null) return Promise.resolve(undefined);
  const request = { ...body, id: nextId++ } as WorkerRequest;
  const w = worker;
  return new Promise((resolve) => {
    waiting.set(request.id, resolve);
    try {
      w.postMessage(request);
    } catch {
      // not cloneable (should not happen: a design is plain data)
      waiting.delete(request.id);
      resolve(undefined);
    }
  });
}
