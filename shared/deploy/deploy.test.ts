import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Plan, PlanStep } from '../compile/types';
import { parseJournal, replayJournal, type JournalRecord } from './journal';
import { templateOfStep } from './plannedStep';
import { blockersOf, destroyWaves, inputsOfStep } from './schedule';
import { encodeParameter, parametersForStep } from './parameters';
import { applyDeployEvent, emptyView, progressOfView } from './view';
import { coveredMs, timelineOf } from './timeline';
import type { DeployEvent, HeatEventEvent } from './events';

const plan: Plan = {
  stacks: [
    { lane: 'a', regionName: 'R1', stack: 'd-a', passes: 1 },
    { lane: 'b', regionName: 'R2', stack: 'd-b', passes: 1 },
    { lane: 'c', regionName: 'R1', stack: 'd-c', passes: 1 },
  ],
  inputs: [{ lane: 'b', parameter: 'x', fromLane: 'a', output: 'x' }],
  waves: [
    [
      { lane: 'a', stack: 'd-a', pass: 1 },
      { lane: 'c', stack: 'd-c', pass: 1 },
    ],
    [{ lane: 'b', stack: 'd-b', pass: 1 }],
  ],
};
const templates = {
  a: {
    heat_template_version: '2021-04-16',
    resources: { r: { type: 'OS::Heat::None' } },
    outputs: { x: { value: 1 } },
  },
  b: {
    heat_template_version: '2021-04-16',
    parameters: { x: { type: 'json' }, y: { type: 'string' } },
    resources: { r: { type: 'OS::Heat::None' }, s: { type: 'OS::Heat::None' } },
  },
  c: { heat_template_version: '2021-04-16', resources: {} },
};

describe('schedule', () => {
  it('blocks the steps that take a value from a failed lane, not the independent ones', () => {
    const stepB = plan.waves[1]![0]!;
    const inputs = inputsOfStep(
      plan,
      stepB,
      templateOfStep({ templates, passTemplates: {} }, stepB),
    );
    expect(inputs).toHaveLength(1);
    expect(blockersOf(stepB, inputs, new Set(['a']))).toEqual(['a']);
    expect(blockersOf(stepB, inputs, new Set(['c']))).toEqual([]);
    const dependsOnly: PlanStep = {
      lane: 'c',
      stack: 'd-c',
      pass: 1,
      dependsOn: [{ lane: 'a', pass: 1 }],
    };
    expect(blockersOf(dependsOnly, [], new Set(['a']))).toEqual(['a']);
  });

  it('destroys in reverse wave order, each stack once', () => {
    const multi: Plan = {
      ...plan,
      waves: [
        [{ lane: 'a', stack: 'd-a', pass: 1 }],
        [{ lane: 'b', stack: 'd-b', pass: 1 }],
        [{ lane: 'a', stack: 'd-a', pass: 2 }],
      ],
    };
    expect(destroyWaves(multi).map((w) => w.map((s) => s.lane))).toEqual([['a'], ['b']]);
    expect(destroyWaves(plan).map((w) => w.map((s) => s.lane))).toEqual([['b'], ['a', 'c']]);
  });
});

describe('parameters', () => {
  it('fills cross-region inputs from outputs, json-encoding json parameters', () => {
    const stepB = plan.waves[1]![0]!;
    const r = parametersForStep(
      plan,
      stepB,
      templates.b,
      { a: { x: { k: [1, 2] } } },
      { y: 'user', z: 'undeclared' },
    );
    expect(r.parameters).toEqual({ x: '{"k":[1,2]}', y: 'user' });
    expect(r.missing).toEqual([]);
    expect(parametersForStep(plan, stepB, templates.b, {}).missing.map((m) => m.parameter)).toEqual(
      ['x'],
    );
  });

  it('encodes any JSON value so that json parameters parse back to it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const enc = encodeParameter('json', v);
        if (typeof v === 'string') expect(enc).toBe(v);
        else expect(JSON.parse(String(enc))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
    expect(encodeParameter('comma_delimited_list', ['a', 'b'])).toBe('a,b');
    expect(encodeParameter('string', 3)).toBe('3');
  });
});

describe('journal', () => {
  const t = '2026-01-01T00:00:00.000Z';
  const records: JournalRecord[] = [
    {
      t: 'begin',
      v: 1,
      time: t,
      deployId: 'x',
      operation: 'deploy',
      design: 'd',
      cloud: 'c',
      stacks: [],
    },
    { t: 'intent', time: t, op: 'create', lane: 'a', stack: 'd-a', pass: 1, hash: 'h1' },
    {
      t: 'accepted',
      time: t,
      op: 'create',
      lane: 'a',
      stack: 'd-a',
      pass: 1,
      stackId: 'id-a',
      adopted: false,
    },
    {
      t: 'settled',
      time: t,
      op: 'create',
      lane: 'a',
      stack: 'd-a',
      pass: 1,
      stackId: 'id-a',
      status: 'CREATE_COMPLETE',
    },
    { t: 'intent', time: t, op: 'create', lane: 'b', stack: 'd-b', pass: 1, hash: 'h2' },
  ];

  it('knows what was created, what is pending, and that the run did not end', () => {
    const s = replayJournal(records);
    expect(s.finished).toBe(false);
    expect(s.stacks['a']).toMatchObject({
      stackId: 'id-a',
      createdHere: true,
      completedPasses: [1],
      lastAccepted: { op: 'create', pass: 1, hash: 'h1' },
    });
    expect(s.stacks['b']?.pendingIntent).toMatchObject({ op: 'create', pass: 1 });
    expect(s.stacks['b']?.pendingHash).toBe('h2');
  });

  it('survives a torn last line', () => {
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n{"t":"accep';
    const s = parseJournal(text);
    expect(s.badLines).toBe(1);
    expect(s.stacks['a']?.stackId).toBe('id-a');
  });

  it('reads journals written before `lane`, whose records name the lane id `region`', () => {
    const old = [
      '{"t":"begin","v":1,"time":"' +
        t +
        '","deployId":"x","operation":"deploy","design":"d",' +
        '"cloud":"c","stacks":[{"region":"a","regionName":"RegionOne","stack":"d-a","cloud":"c"}]}',
      '{"t":"intent","time":"' +
        t +
        '","op":"create","region":"a","stack":"d-a","pass":1,"hash":"h1"}',
      '{"t":"accepted","time":"' +
        t +
        '","op":"create","region":"a","stack":"d-a","pass":1,' +
        '"stackId":"id-a","adopted":false}',
    ].join('\n');
    const s = parseJournal(old);
    expect(s.badLines).toBe(0);
    expect(s.entries['a']).toEqual({
      lane: 'a',
      regionName: 'RegionOne',
      stack: 'd-a',
      cloud: 'c',
    });
    expect(s.stacks['a']).toMatchObject({ lane: 'a', stackId: 'id-a', createdHere: true });
    expect(s.stacks['a']?.lastAccepted).toMatchObject({ op: 'create', pass: 1, hash: 'h1' });
  });

  it('forgets a stack once it is deleted', () => {
    const s = replayJournal([
      ...records,
      {
        t: 'settled',
        time: t,
        op: 'delete',
        lane: 'a',
        stack: 'd-a',
        pass: 1,
        stackId: 'id-a',
        status: 'DELETE_COMPLETE',
      },
      { t: 'end', time: t, outcome: 'succeeded' },
    ]);
    expect(s.stacks['a']).toMatchObject({ deleted: true, createdHere: false });
    expect(s.finished).toBe(true);
  });
});

describe('view', () => {
  it('folds events into lanes, progress, outcome', () => {
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
              resources: 2,
            },
          ],
        ],
      },
      { kind: 'stack-action', time, lane: 'a', stack: 'd-a', action: 'create', pass: 1 },
      {
        kind: 'resource-status',
        time,
        lane: 'a',
        stack: 'd-a',
        resource: 'r',
        status: 'CREATE_COMPLETE',
        reason: '',
      },
      {
        kind: 'resource-status',
        time,
        lane: 'a',
        stack: 'd-a',
        resource: 's',
        status: 'CREATE_IN_PROGRESS',
        reason: '',
      },
    ];
    let v = events.reduce(applyDeployEvent, emptyView());
    expect(v.lanes['a']?.outcome).toBe('running');
    expect(progressOfView(v)).toEqual({ done: 1, total: 2 });
    v = applyDeployEvent(v, {
      kind: 'stack-settled',
      time,
      lane: 'a',
      stack: 'd-a',
      action: 'create',
      pass: 1,
      stackId: 'i',
      status: 'CREATE_COMPLETE',
      elapsedMs: 5,
    });
    expect(v.lanes['a']?.outcome).toBe('succeeded');
    expect(progressOfView(v)).toEqual({ done: 2, total: 2 });
  });
});

describe('timeline', () => {
  it('draws bars from Heat event times and measures covered time', () => {
    const ev = (resource: string, status: string, at: string): HeatEventEvent => ({
      kind: 'heat-event',
      time: at,
      lane: 'a',
      stack: 'd-a',
      eventId: at + resource,
      eventTime: at,
      resource,
      status,
      reason: '',
    });
    const bars = timelineOf([
      ev('d-a', 'CREATE_IN_PROGRESS', '2026-01-01T00:00:00'),
      ev('r', 'CREATE_IN_PROGRESS', '2026-01-01T00:00:01'),
      ev('r', 'CREATE_COMPLETE', '2026-01-01T00:00:03'),
      ev('d-a', 'CREATE_COMPLETE', '2026-01-01T00:00:04'),
    ]);
    expect(bars.map((b) => [b.resource, b.isStack, (b.end ?? 0) - b.start])).toEqual([
      ['d-a', true, 4000],
      ['r', false, 2000],
    ]);
    expect(
      coveredMs([
        { start: 0, end: 10 },
        { start: 5, end: 20 },
        { start: 30, end: 40 },
      ]),
    ).toBe(30);
  });
});
