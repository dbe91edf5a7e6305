/**
 * How fast a follower polls one stack. Two parts:
 * - `RequestPacer`: a token bucket, the hard limit: at most `perSecond` requests per second sustained,
 *   bursts of at most `burst`. A stack's life starts at its create/update call, which counts as its first
 *   request and leaves nothing saved up (`RequestPacer.fromCall`): by the time a stack's n-th request
 *   starts, n / 2 s of its life have passed, so a stack never averages more than 2 requests per second
 *   over its life, however short. Polls keep one request in reserve (`POLL_RESERVE`) so that the read of
 *   the stack with its outputs goes out at once when a poll shows its end (each wait there delays the
 *   next wave);
 * - `nextIntervalMs`: the adaptive cadence under it: fast right after the call, whenever nothing is
 *   known to be in progress (the stack may be about to end, or its next resource to start) and for the
 *   first 3 s of a quiet busy spell, backing off
 *   while resources are busy and nothing changes, fast again as soon as something does.
 */
import { delay } from '../openstack/retry';

/** Never more than this many requests per second, sustained, for one followed stack. */
export const MAX_REQUESTS_PER_SECOND = 2;
/** The most requests saved up while idle. */
export const BURST = 3;
/** The fastest poll: one request per tick at the limit. */
export const FAST_POLL_MS = 1000 / MAX_REQUESTS_PER_SECOND;
/** The slowest poll while resources are busy and nothing changes (default). */
export const SLOW_POLL_MS = 2000;
/** Requests a poll leaves in the bucket: the end read (the stack with its outputs) never waits. */
export const POLL_RESERVE = 1;
const BACKOFF = 1.5;

export class RequestPacer {
  private tokens: number;
  private last: number;
  private readonly perSecond: number;
  private readonly burst: number;
  private readonly now: () => number;

  /** `start`: the bucket's content at a moment (default: full, now). */
  constructor(
    perSecond = MAX_REQUESTS_PER_SECOND,
    burst = BURST,
    now: () => number = Date.now,
    start: { tokens: number; at: number } = { tokens: burst, at: now() },
  ) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.now = now;
    this.tokens = start.tokens;
    this.last = start.at;
  }

  /**
   * The pacer of a stack whose life started with a call at `calledAt` (ms): that call counted, nothing
   * saved up before it (the bucket starts empty and the call takes one).
   */
  static fromCall(calledAt: number, now: () => number = Date.now): RequestPacer {
    return new RequestPacer(MAX_REQUESTS_PER_SECOND, BURST, now, { tokens: -1, at: calledAt });
  }

  private refill(): void {
    const t = this.now();
    if (t <= this.last) return;
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.perSecond) / 1000);
    this.last = t;
  }

  /** How long until one more request may start leaving `reserve` in the bucket (0: now). */
  waitMs(reserve = 0): number {
    this.refill();
    // within a microsecond's refill of a whole request is a whole request (float sums of refills)
    const missing = 1 + reserve - this.tokens - 1e-9;
    return missing <= 0 ? 0 : Math.ceil((missing * 1000) / this.perSecond);
  }

  /** Resolves when one more request may start (leaving `reserve` in the bucket), and counts it. */
  async take(signal?: AbortSignal, reserve = 0): Promise<void> {
    for (let wait = this.waitMs(reserve); wait > 0; wait = this.waitMs(reserve))
      await delay(wait, signal);
    this.tokens -= 1;
  }

  /** `fn` once the bucket allows one more request (leaving `reserve` in it). */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal, reserve = 0): Promise<T> {
    await this.take(signal, reserve);
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
