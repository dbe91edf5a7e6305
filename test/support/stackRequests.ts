/**
 * The requests spent on each stack over its life, from a deploy's events and the HTTP exchanges it made
 * (shared by the deploy benchmark and the integration test that holds the follower to its limit).
 * A stack's life runs from the start of its create or update call (its first `stack-action` event,
 * emitted just before the call) to the moment the deploy saw it settled (`stack-settled`, after the
 * read of its outputs). Its requests: that call (a create's POST carries no stack name in its path, so
 * it is counted from the event) and every request whose path names the stack in that span (events,
 * resources, the stack itself, an update's PUT/PATCH).
 */
import type { DeployEvent } from '../../shared/deploy/events';

export interface TimedRequest {
  method: string;
  path: string;
  /** ms since the epoch */
  start: number;
  end: number;
}

export interface StackLife {
  lane: string;
  stack: string;
  requests: number;
  lifeMs: number;
  perSecond: number;
}

/** The life of each stack that was acted on and settled (others are left out). */
export function stackLives(
  stacks: readonly { lane: string; stack: string }[],
  events: readonly DeployEvent[],
  requests: readonly TimedRequest[],
): StackLife[] {
  const lives: StackLife[] = [];
  for (const { lane, stack } of stacks) {
    const action = events.find(
      (e): e is Extract<DeployEvent, { kind: 'stack-action' }> =>
        e.kind === 'stack-action' && e.lane === lane,
    );
    const settled = events.find((e) => e.kind === 'stack-settled' && e.lane === lane);
    if (action === undefined || settled === undefined) continue;
    const from = Date.parse(action.time);
    const to = Date.parse(settled.time);
    const about = requests.filter(
      (q) => q.start >= from && q.end <= to && q.path.includes(`/stacks/${stack}/`),
    ).length;
    const n = about + (action.action === 'create' ? 1 : 0);
    const lifeMs = to - from;
    if (lifeMs > 0)
      lives.push({ lane, stack, requests: n, lifeMs, perSecond: n / (lifeMs / 1000) });
  }
  return lives;
}
