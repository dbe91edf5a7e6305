import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../shared/deploy/events';
import { progressOfView } from '../../shared/deploy/view';
import { setProperty } from '../../shared/design/ops';
import type { DeployEventPayload } from '../../shared/ipc/channels/deploy';
import { diag } from '../../shared/util/diagnostics';
import { designCodec } from '../../renderer/store/codec';
import { selectDiagnostics } from '../../renderer/store/selectors';
import { testStore } from '../support/testEnv';
import { currentText } from '../../renderer/files/fileActions';

const time = '2026-01-01T00:00:00.000Z';
const example = readFileSync(
  new URL('../../assets/examples/heat-only.isotherm.yaml', import.meta.url),
  'utf8',
);

/** A deploy of the heat-only example, as the deployer reports it (one lane shown in detail). */
function deployEvents(): DeployEvent[] {
  return [
    {
      kind: 'plan-started',
      time,
      operation: 'deploy',
      deployId: 'x',
      design: 'heat-only',
      cloud: 'c',
      resumed: false,
      waves: [
        [
          {
            lane: 'config',
            regionName: 'RegionTwo',
            stack: 'heat-only-config',
            pass: 1,
            passes: 1,
            action: 'create',
            resources: 2,
          },
        ],
        [
          {
            lane: 'app',
            regionName: 'RegionOne',
            stack: 'heat-only-app',
            pass: 1,
            passes: 1,
            action: 'create',
            resources: 2,
          },
        ],
      ],
    },
    {
      kind: 'wave-started',
      time,
      wave: 0,
      steps: [{ lane: 'config', regionName: 'RegionTwo', stack: 'heat-only-config' }],
    },
    {
      kind: 'stack-action',
      time,
      lane: 'config',
      stack: 'heat-only-config',
      action: 'create',
      pass: 1,
      stackId: 'id1',
    },
    {
      kind: 'resource-status',
      time,
      lane: 'config',
      stack: 'heat-only-config',
      resource: 'db_password',
      status: 'CREATE_IN_PROGRESS',
      reason: 'state changed',
    },
    {
      kind: 'heat-event',
      time,
      lane: 'config',
      stack: 'heat-only-config',
      eventId: 'e1',
      eventTime: '2026-01-01T00:00:01',
      resource: 'db_password',
      status: 'CREATE_IN_PROGRESS',
      reason: 'state changed',
    },
    {
      kind: 'resource-status',
      time,
      lane: 'config',
      stack: 'heat-only-config',
      resource: 'db_password',
      status: 'CREATE_COMPLETE',
      reason: 'state changed',
    },
    {
      kind: 'resource-status',
      time,
      lane: 'config',
      stack: 'heat-only-config',
      resource: 'settings',
      status: 'CREATE_FAILED',
      reason: 'boom: value invalid',
    },
  ];
}

const payload = (runId: string, event: DeployEvent): DeployEventPayload => ({
  runId,
  operation: 'deploy',
  event,
});

function loaded() {
  const store = testStore(designCodec);
  const parsed = designCodec.parse(example);
  store.getState().loadDocument({ design: parsed.design!, source: parsed.source });
  return store;
}

describe('deploy slice', () => {
  it('folds the events of the followed run into resource and lane states and progress', () => {
    const store = loaded();
    store.getState().runStarted('r1');
    for (const e of deployEvents()) store.getState().ingestDeployEvent(payload('r1', e));
    const view = store.getState().view;
    expect(view.outcome).toBe('running');
    expect(view.lanes['config']?.resources['db_password']?.status).toBe('CREATE_COMPLETE');
    expect(view.lanes['config']?.resources['settings']).toMatchObject({
      status: 'CREATE_FAILED',
      reason: 'boom: value invalid',
    });
    expect(view.lanes['config']?.outcome).toBe('running');
    expect(view.lanes['app']?.outcome).toBe('pending');
    expect(progressOfView(view)).toEqual({ done: 1, total: 4 });
    expect(view.log.map((e) => e.eventId)).toEqual(['e1']);
  });

  it('ignores other runs, and replays events that arrived before deploy.start answered', () => {
    const store = loaded();
    store.getState().runStarting();
    const [plan, wave, action] = deployEvents();
    store.getState().ingestDeployEvent(payload('r2', plan!));
    store.getState().ingestDeployEvent(payload('other', wave!));
    expect(store.getState().view.outcome).toBeUndefined();
    store.getState().runStarted('r2');
    expect(store.getState().view.outcome).toBe('running');
    expect(store.getState().view.currentWave).toBeUndefined();
    store.getState().ingestDeployEvent(payload('other', action!));
    expect(store.getState().view.lanes['config']?.outcome).toBe('pending');
    store.getState().ingestDeployEvent(payload('r2', action!));
    expect(store.getState().view.lanes['config']?.outcome).toBe('running');
  });

  it('never enters undo history and never changes the design or its text', () => {
    const store = loaded();
    const before = currentText(store);
    const { design, revision } = store.getState();
    store.getState().apply('Set length', (d) => setProperty(d, 'db_password', ['length'], 30));
    const past = store.getState().past;
    store.getState().runStarted('r1');
    for (const e of deployEvents()) store.getState().ingestDeployEvent(payload('r1', e));
    store
      .getState()
      .setCloudDiagnostics([
        diag('E_HEAT_VALIDATE', 'error', 'no', { lane: 'config', resource: 'settings' }),
      ]);
    store.getState().pickCloud('c');
    expect(store.getState().past).toBe(past);
    expect(store.getState().future).toEqual([]);
    const text = currentText(store);
    expect(text).not.toMatch(/CREATE_|E_HEAT_VALIDATE|runId|r1/);
    store.getState().undo();
    expect(store.getState().design).toBe(design);
    expect(store.getState().revision).toBe(revision);
    expect(currentText(store)).toBe(before);
    // the live status survives undo: it is not part of the design
    expect(store.getState().view.lanes['config']?.resources['db_password']?.status).toBe(
      'CREATE_COMPLETE',
    );
  });

  it("shows Heat's diagnostics in Problems for the document they were made for only", () => {
    const store = loaded();
    const heat = diag('E_HEAT_VALIDATE', 'error', 'Heat says no', {
      lane: 'config',
      resource: 'settings',
    });
    store.getState().setCloudDiagnostics([heat]);
    expect(selectDiagnostics(store.getState())).toContainEqual(heat);
    const parsed = designCodec.parse(example);
    store.getState().loadDocument({ design: parsed.design!, source: parsed.source });
    expect(selectDiagnostics(store.getState())).not.toContainEqual(heat);
  });
});
