import { describe, expect, it } from 'vitest';
import {
  FAST_POLL_MS,
  nextIntervalMs,
  POLL_RESERVE,
  RequestPacer,
  SLOW_POLL_MS,
} from './followPace';

/** Start times (ms) of `n` requests sent as soon as the pacer allows, on a clock that only moves by waiting. */
async function startsOf(
  pacer: RequestPacer,
  clock: { t: number },
  n: number,
  reserve = 0,
): Promise<number[]> {
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    clock.t += pacer.waitMs(reserve);
    await pacer.take(undefined, reserve); // no wait left: the clock moved
    starts.push(clock.t);
  }
  return starts;
}

describe('RequestPacer', () => {
  it('lets a burst through, then one request per 500 ms', async () => {
    let t = 0;
    const pacer = new RequestPacer(2, 3, () => t);
    const starts: number[] = [];
    // simulate: each request starts as soon as the bucket allows
    for (let i = 0; i < 9; i++) {
      t += pacer.waitMs();
      await pacer.take(); // no wait left: the clock moved
      starts.push(t);
    }
    expect(starts.slice(0, 3)).toEqual([0, 0, 0]);
    expect(starts.slice(3)).toEqual([500, 1000, 1500, 2000, 2500, 3000]);
    // sustained: never more than 2 per second after the burst, over any window
    for (let i = 3; i + 2 < starts.length; i++)
      expect(starts[i + 2]! - starts[i]!).toBeGreaterThanOrEqual(1000);
  });

  it('refills while idle, never beyond its burst', async () => {
    let t = 0;
    const pacer = new RequestPacer(2, 3, () => t);
    for (let i = 0; i < 3; i++) await pacer.take();
    expect(pacer.waitMs()).toBe(500);
    t = 60_000;
    for (let i = 0; i < 3; i++) await pacer.take();
    expect(pacer.waitMs()).toBe(500);
  });

  it('counts the call: a stack never averages more than 2 requests per second from its call on', async () => {
    const clock = { t: 0 };
    // the create's POST started at 0 and took 300 ms; the follower then reads as fast as allowed
    clock.t = 300;
    const pacer = RequestPacer.fromCall(0, () => clock.t);
    const starts = await startsOf(pacer, clock, 8);
    // request k (the POST being the first) starts k / 2 s after the POST at the earliest
    expect(starts).toEqual([1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500]);
    starts.forEach((start, i) => expect((i + 2) / (start / 1000)).toBeLessThanOrEqual(2));
  });

  it('saves up no more than a burst during a long call', async () => {
    const clock = { t: 60_000 };
    const pacer = RequestPacer.fromCall(0, () => clock.t);
    expect(await startsOf(pacer, clock, 4)).toEqual([60_000, 60_000, 60_000, 60_500]);
  });

  it('keeps a reserve for the end read: polls wait for it, the end read goes at once', async () => {
    const clock = { t: 0 };
    const pacer = new RequestPacer(2, 3, () => clock.t);
    expect(await startsOf(pacer, clock, 3, POLL_RESERVE)).toEqual([0, 0, 500]);
    expect(pacer.waitMs(POLL_RESERVE)).toBe(500);
    expect(pacer.waitMs()).toBe(0);
  });

  it('waits for real time when the bucket is empty', async () => {
    const pacer = new RequestPacer(20, 1);
    const t0 = Date.now();
    for (let i = 0; i < 4; i++) await pacer.take();
    // 1 at once, then 3 more at 50 ms each
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });
});

describe('nextIntervalMs', () => {
  it('polls fast after news and when nothing is known busy', () => {
    expect(nextIntervalMs(2000, { changed: true, busy: true })).toBe(FAST_POLL_MS);
    expect(nextIntervalMs(2000, { changed: false, busy: false })).toBe(FAST_POLL_MS);
  });

  it('backs off while resources are busy and quiet, up to the slow bound', () => {
    const seq: number[] = [];
    let ms = FAST_POLL_MS;
    for (let i = 0; i < 6; i++) seq.push((ms = nextIntervalMs(ms, { changed: false, busy: true })));
    expect(seq).toEqual([750, 1125, 1687.5, SLOW_POLL_MS, SLOW_POLL_MS, SLOW_POLL_MS]);
  });

  it('keeps polling fast while resources have been busy for less than 3 s', () => {
    expect(nextIntervalMs(FAST_POLL_MS, { changed: false, busy: true, quietMs: 2000 })).toBe(
      FAST_POLL_MS,
    );
    expect(nextIntervalMs(FAST_POLL_MS, { changed: false, busy: true, quietMs: 3500 })).toBe(750);
  });

  it('never polls faster than the limit allows, whatever the slow bound asked', () => {
    expect(nextIntervalMs(FAST_POLL_MS, { changed: false, busy: true }, 100)).toBe(FAST_POLL_MS);
    expect(nextIntervalMs(FAST_POLL_MS, { changed: true, busy: true }, 100)).toBe(FAST_POLL_MS);
  });
});
