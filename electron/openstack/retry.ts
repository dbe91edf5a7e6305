/** Retries with exponential backoff and jitter, for calls that are safe to repeat. Timers are cleared on abort. */
import { OpenStackError, toOpenStackError } from './errors';

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 250, maxMs: 4000 };
export const NO_RETRY: RetryPolicy = { attempts: 1, baseMs: 0, maxMs: 0 };

/** Resolves after `ms`, or rejects with E_ABORTED as soon as `signal` aborts (the timer is cleared). */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new OpenStackError('E_ABORTED', 'Aborted.'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new OpenStackError('E_ABORTED', 'Aborted.'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function backoffMs(
  policy: RetryPolicy,
  attempt: number,
  random: () => number = Math.random,
): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  options: {
    signal?: AbortSignal;
    onRetry?: (error: OpenStackError, attempt: number, waitMs: number) => void;
  } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      const err = toOpenStackError(e);
      if (!err.retryable || attempt >= policy.attempts || options.signal?.aborted) throw err;
      const wait = backoffMs(policy, attempt);
      options.onRetry?.(err, attempt, wait);
      await delay(wait, options.signal);
    }
  }
}
