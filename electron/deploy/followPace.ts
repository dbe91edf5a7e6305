/**
 * How fast a follower polls one stack. Two parts:
 * - `RequestPacer`: a token bucket, the hard limit: at most `perSecond` requests per second sustained,
 *   bursts of at most `burst` (3: a create's first tick lists the resources beside the events, and when
 *   those show the stack done the read of its outputs goes out at once, as each wait delays the next wave);
 * - `nextIntervalMs`: the adaptive cadence under it: fast right after the call, whenever nothing is
 *   known to be in progress (the stack may be about to end, or its next resource to start) and for the
 *   first 3 s of a quiet busy spell, backing off
 *   while resources are busy and nothing changes, fast again as soon as something does.
 */
import { delay } from '../openstack/retry';

/** Never more than this many requests per second, sustained, for one followed stack. */
export const MAX_REQUESTS_PER_SECOND = 2;
/** The fastest poll: one request per tick at the limit. */
export const FAST_POLL_MS = 1000 / MAX_REQUESTS_PER_SECOND;
/** The slowest poll while resources are busy and nothing changes (default). */
export const SLOW_POLL_MS = 2000;
const BACKOFF = 1.5;

export class RequestPacer {
  private tokens: number;
  private last: number;
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;

  constructor(perSecond = MAX_REQUESTS_PER_SECOND, burst = 3, now: () => number = Date.now) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.now = now;
    this.tokens = burst;
    this.last = now();
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.perSecond) / 1000);
    this.last = t;
  }

  /** How long until one more request may start (0: now). */
  waitMs(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) * 1000) / this.perSecond);
  }

  /** Resolves when one more request may start, and counts it. */
  async take(signal?: AbortSignal): Promise<void> {
    for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) await delay(wait, signal);
    this.tokens -= 1;
  }

  /** `fn` once the bucket allows one more request. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.take(signal);
    return fn();
  }
}

/** What the cadence looks at after a tick. */
export interface TickSummary {
  /** The tick brought news (new events). */
  changed: boolean;
  /** Some resource is known to be in progress. */
  busy: boolean;
  /** Since the last news (0 when unknown). */
  quietMs?: number;
}

/** Resources busy for less than this are polled fast (most settle within a few seconds). */
export const QUIET_BEFORE_BACKOFF_MS = 3000;

/**
 * The pause before the next tick, from its start: fast after news, when nothing is known busy or not
 * for long (3 s), else the last pause times 1.5 up to `slowMs` (never below `FAST_POLL_MS`).
 */
export function nextIntervalMs(last: number, tick: TickSummary, slowMs = SLOW_POLL_MS): number {
  const slow = Math.max(FAST_POLL_MS, slowMs);
  if (tick.changed || !tick.busy || (tick.quietMs ?? Infinity) < QUIET_BEFORE_BACKOFF_MS)
    return FAST_POLL_MS;
  return Math.min(slow, Math.max(FAST_POLL_MS, last) * BACKOFF);
}
