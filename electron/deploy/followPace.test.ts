import { describe, expect, it } from 'vitest';
import { FAST_POLL_MS, nextIntervalMs, RequestPacer, SLOW_POLL_MS } from './followPace';

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
