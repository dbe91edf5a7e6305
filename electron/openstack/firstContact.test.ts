import { describe, expect, it } from 'vitest';
import { FirstContact } from './firstContact';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

describe('FirstContact', () => {
  it('lets the first request of a token to an endpoint go alone, then all the others', async () => {
    const gate = new FirstContact();
    const token = {};
    const order: string[] = [];
    const done = await gate.enter(token, 'http://heat-one');
    const waiting = [1, 2].map((i) =>
      gate.enter(token, 'http://heat-one').then(() => order.push(`waiter ${i}`)),
    );
    await tick();
    expect(order).toEqual([]);
    order.push('first answered');
    done();
    await Promise.all(waiting);
    expect(order).toEqual(['first answered', 'waiter 1', 'waiter 2']);
    // once answered, later requests go at once
    await gate.enter(token, 'http://heat-one');
  });

  it('does not hold other endpoints or a new token', async () => {
    const gate = new FirstContact();
    const token = {};
    await gate.enter(token, 'http://heat-one');
    const other = await Promise.race([gate.enter(token, 'http://heat-two'), tick()]);
    expect(other).toBeTypeOf('function');
    const fresh = await Promise.race([gate.enter({}, 'http://heat-one'), tick()]);
    expect(fresh).toBeTypeOf('function');
  });

  it('stops waiting when the caller aborts', async () => {
    const gate = new FirstContact();
    const token = {};
    await gate.enter(token, 'http://heat-one');
    const controller = new AbortController();
    const waiting = gate.enter(token, 'http://heat-one', controller.signal);
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'E_ABORTED' });
  });
});
