/**
 * Where an Isotherm deploy spends its time, from its events and the HTTP exchanges it made (bench/deploy.ts
 * --trace). Per step, milliseconds from the start of the run: wave start, POST /validate, POST/PUT of the
 * stack, Heat's end of the stack's action (from its log, to the ms; else its final event's whole
 * second), when the follower saw it, settled, outputs; then the requests per kind. Times are the
 * client's clock except Heat's.
 */
import type { DeployEvent } from '../shared/deploy/events';

export interface StampedRequest {
  method: string;
  path: string;
  start: number;
  end: number;
}

const heatMs = (iso: string): number => Date.parse(/[zZ]$/.test(iso) ? iso : `${iso}Z`);

function kindOf(r: StampedRequest): string {
  if (r.path.endsWith('/auth/tokens')) return 'token';
  if (r.path.endsWith('/validate')) return 'validate';
  if (r.path.endsWith('/events')) return 'events';
  if (r.path.endsWith('/resources')) return 'resources';
  if (r.method === 'POST' && r.path.endsWith('/stacks')) return 'create';
  if (r.method === 'GET' && r.path.endsWith('/stacks')) return 'find';
  if (r.method === 'PUT' || r.method === 'PATCH') return 'update';
  if (r.method === 'DELETE') return 'delete';
  return r.method === 'GET' ? 'stack' : `${r.method} other`;
}

const at = (t0: number, t: number | undefined): string =>
  t === undefined || Number.isNaN(t) ? '-' : `${((t - t0) / 1000).toFixed(2)}`;

/** One line per step, then the request counts: printed to the console. */
export function printTrace(
  t0: number,
  events: readonly DeployEvent[],
  requests: readonly StampedRequest[],
  logged: ReadonlyMap<string, number>,
): void {
  const time = (e: DeployEvent | undefined): number | undefined =>
    e === undefined ? undefined : Date.parse(e.time);
  const waves = events.filter(
    (e): e is Extract<DeployEvent, { kind: 'wave-started' }> => e.kind === 'wave-started',
  );
  console.log(
    '  trace (s from start): lane  wave-start validate[start-end] post[start-end] heat-final seen settled outputs',
  );
  for (const w of waves) {
    for (const ref of w.steps) {
      const own = (r: StampedRequest): boolean =>
        r.path.includes(`/stacks/${ref.stack}`) ||
        (r.start >= Date.parse(w.time) && r.path.endsWith('/validate'));
      const validate = requests.find((r) => kindOf(r) === 'validate' && own(r));
      const post = requests.find(
        (r) =>
          (kindOf(r) === 'create' || kindOf(r) === 'update') &&
          r.start >= Date.parse(w.time) &&
          (kindOf(r) === 'create' ? true : own(r)),
      );
      const finals = events.filter(
        (e): e is Extract<DeployEvent, { kind: 'heat-event' }> =>
          e.kind === 'heat-event' &&
          e.stack === ref.stack &&
          e.resource === ref.stack &&
          /_(COMPLETE|FAILED)$/.test(e.status),
      );
      const final = finals.at(-1);
      const heatFinal = logged.get(ref.stack) ?? (final ? heatMs(final.eventTime) : undefined);
      const settled = events.find((e) => e.kind === 'stack-settled' && e.lane === ref.lane);
      const outputs = events.find((e) => e.kind === 'outputs' && e.lane === ref.lane);
      console.log(
        `    ${ref.lane.padEnd(6)} w${w.wave} ${at(t0, Date.parse(w.time))} validate ${at(t0, validate?.start)}-${at(t0, validate?.end)} post ${at(t0, post?.start)}-${at(t0, post?.end)} heat-final ${at(t0, heatFinal)} seen ${at(t0, time(final))} settled ${at(t0, time(settled))} outputs ${at(t0, time(outputs))}`,
      );
    }
  }
  const counts = new Map<string, { n: number; ms: number }>();
  for (const r of requests) {
    const k = kindOf(r);
    const c = counts.get(k) ?? { n: 0, ms: 0 };
    c.n += 1;
    c.ms += r.end - r.start;
    counts.set(k, c);
  }
  const finished = events.find((e) => e.kind === 'deploy-finished');
  console.log(
    `    requests: ${[...counts].map(([k, c]) => `${k} ${c.n} (mean ${(c.ms / c.n).toFixed(0)} ms)`).join(', ')}; finished ${at(t0, time(finished))}`,
  );
}
