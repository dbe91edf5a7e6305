import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../shared/deploy/events';
import { createProgressView, plainLine } from './deployView';
import type { DeployCliEnv } from './deployCommon';

const env = (tty: boolean, out: string[]): DeployCliEnv => ({
  env: {},
  stdinIsTTY: tty,
  stderrIsTTY: tty,
  columns: 120,
  write: (t) => out.push(t),
  ask: async () => 'n',
  onInterrupt: () => () => {},
});

const time = '2026-01-01T00:00:00.000Z';
const events: DeployEvent[] = [
  {
    kind: 'plan-started',
    time,
    operation: 'deploy',
    deployId: 'x',
    design: 'd',
    cloud: 'c',
    resumed: false,
    waves: [
      [
        {
          lane: 'a',
          regionName: 'R1',
          stack: 'd-a',
          pass: 1,
          passes: 1,
          action: 'create',
          resources: 1,
        },
      ],
    ],
  },
  { kind: 'stack-action', time, lane: 'a', stack: 'd-a', action: 'create', pass: 1 },
  {
    kind: 'stack-failed',
    time,
    lane: 'a',
    stack: 'd-a',
    action: 'create',
    pass: 1,
    status: 'CREATE_FAILED',
    reason: 'Resource CREATE failed',
    failedResources: [
      {
        resource: 'boom',
        type: 'OS::Heat::TestResource',
        status: 'CREATE_FAILED',
        reason: 'Test Resource failed boom',
      },
    ],
  },
  {
    kind: 'deploy-finished',
    time,
    operation: 'deploy',
    outcome: 'failed',
    elapsedMs: 1000,
    failed: [],
    skipped: [],
  },
];

describe('progress view', () => {
  it('prints timestamped lines without a terminal, naming the failed resource', () => {
    const lines: string[] = [];
    const view = createProgressView(env(false, []), (l) => lines.push(l));
    for (const e of events) view.listener(e);
    view.finish();
    expect(lines.every((l) => l.startsWith(time))).toBe(true);
    expect(lines.join('\n')).toContain(
      'boom (OS::Heat::TestResource) CREATE_FAILED: Test Resource failed boom',
    );
    expect(
      plainLine({ kind: 'progress', time, done: 1, total: 2, stepsDone: 0, stepsTotal: 1 }),
    ).toBeUndefined();
  });

  it('redraws lanes in place on a terminal and stops its timer on finish', () => {
    const out: string[] = [];
    const view = createProgressView(env(true, out), () => {});
    for (const e of events) view.listener(e);
    view.finish();
    const text = out.join('');
    expect(text).toContain('\x1b[2K');
    expect(text).toContain('d-a');
    expect(view.view().lanes['a']?.outcome).toBe('failed');
  });
});
