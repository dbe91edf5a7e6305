import { describe, expect, it } from 'vitest';
import { miniCatalog, twoLaneDesign } from '../../shared/design/ops/testFixtures';
import { setProperty } from '../../shared/design/ops';
import { testStore } from '../store/testEnv';
import { commandById, disabledReason } from '../commands/registry';
import { cloudBlocker, runBlocker } from './deployBlocker';

const cloud = {
  name: 'dev',
  regions: ['RegionOne'],
  authType: 'password' as const,
  authUrl: 'http://127.0.0.1:5000/v3',
  needsPassword: false,
  storedPassword: false,
};

describe('why Deploy cannot run', () => {
  it('names the first thing in the way: clouds, the pick, a run, errors in the design', () => {
    const store = testStore();
    store.getState().setCatalog(miniCatalog());
    store.getState().loadDocument({ design: twoLaneDesign() });
    const deploy = commandById('deploy.deploy')!;
    const why = () => disabledReason(deploy, store.getState());
    expect(why()).toBe('The clouds are still being read.');
    store.getState().setClouds(null, 'bad YAML at line 3');
    expect(why()).toBe('clouds.yaml could not be read: bad YAML at line 3');
    store.getState().setClouds([]);
    expect(why()).toMatch(
      /^No cloud is configured: add one to clouds.yaml \(OS_CLIENT_CONFIG_FILE/,
    );
    store.getState().setClouds([cloud]);
    store.getState().pickCloud(null);
    expect(why()).toMatch(/^Pick a cloud first/);
    store.getState().pickCloud('dev');
    expect(why()).toBeNull();
    store.getState().setDeployBusy('validate');
    expect(cloudBlocker(store.getState())).toBe('Wait: a validation is running.');
    store.getState().setDeployBusy(null);
    // a required property removed: the design has an error, Deploy says so; Destroy still can run
    store.getState().apply('Unset', (d) => setProperty(d, 'port', ['network'], undefined));
    expect(why()).toBe('The design has 1 error: fix it first (see Problems).');
    expect(runBlocker(store.getState(), 'destroy')).toBeNull();
  });
});
