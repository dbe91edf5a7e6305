import { describe, expect, it } from 'vitest';
import { DisposableStore, liveDisposables } from './disposables';
import { DeployEventBus } from './eventBus';

describe('disposables', () => {
  it('releases everything once, counts live ones, disposes late additions at once', () => {
    const before = liveDisposables();
    const store = new DisposableStore();
    const calls: string[] = [];
    const one = store.add(() => calls.push('one'));
    store.add(() => calls.push('two'));
    expect(liveDisposables()).toBe(before + 2);
    one();
    one();
    expect(calls).toEqual(['one']);
    store.dispose();
    expect(calls).toEqual(['one', 'two']);
    store.add(() => calls.push('late'));
    expect(calls).toEqual(['one', 'two', 'late']);
    expect(liveDisposables()).toBe(before);
  });

  it('subscribe returns its unsubscribe; a throwing listener does not stop the others', () => {
    const bus = new DeployEventBus();
    const seen: string[] = [];
    bus.subscribe(() => {
      throw new Error('boom');
    });
    const off = bus.subscribe((e) => seen.push(e.kind));
    bus.emit({ kind: 'wave-finished', time: 't', wave: 0, outcome: 'succeeded', elapsedMs: 1 });
    off();
    bus.emit({ kind: 'wave-finished', time: 't', wave: 1, outcome: 'succeeded', elapsedMs: 1 });
    expect(seen).toEqual(['wave-finished']);
    expect(bus.listenerCount).toBe(1);
  });
});
