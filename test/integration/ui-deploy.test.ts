// The app's deploy operations (electron/ipc/deploy) through the real contract dispatcher against the
// local cloud: clouds, Heat's validate, plan with previews, deploy with events, update plan, destroy;
// a password entered in the app; and no secret in anything the renderer receives.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CloudsList, DeployPlan, RunStarted } from '../../shared/ipc/channels/deploy';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { tempWorld, type TempWorld } from '../support/testing';
import {
  CLOUD,
  cleanupPrefix,
  describeCloud,
  devcloudCloudsYaml,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { exampleText, renamed } from '../support/designs';
import { deployHarness, value, type DeployHarness } from '../support/deployHarness';

/** Every password and secret in the devcloud's clouds.yaml. */
async function cloudSecrets(): Promise<string[]> {
  const doc = parse(await readFile(devcloudCloudsYaml(), 'utf8')) as {
    clouds: Record<string, { auth: Record<string, string> }>;
  };
  return Object.values(doc.clouds)
    .flatMap((c) => [c.auth['password'], c.auth['application_credential_secret'], c.auth['token']])
    .filter((s): s is string => typeof s === 'string' && s !== '');
}

describeCloud('deploy from the app (IPC handlers on the local cloud)', () => {
  const prefix = uniqueName('uid');
  const name = `${prefix}-ho`;
  const text = renamed(exampleText('heat-only.isotherm.yaml'), name);
  let world: TempWorld;
  let h: DeployHarness;
  const admin = testClients();

  beforeAll(async () => {
    world = await tempWorld();
    h = deployHarness(world, devcloudCloudsYaml());
  });
  afterAll(async () => {
    await cleanupPrefix(admin, prefix);
    await admin.close();
    await world.dispose();
  });

  it('lists the clouds with regions and auth type, without secrets', async () => {
    const list = value(await h.call<CloudsList>('clouds.list', {}));
    const dev = list.clouds.find((c) => c.name === CLOUD);
    expect(dev).toMatchObject({
      regions: ['RegionOne', 'RegionTwo'],
      authType: 'password',
      needsPassword: false,
      storedPassword: false,
    });
    expect(dev?.authUrl).toMatch(/^http:\/\/127\.0\.0\.1:5000/);
    expect(list.secretStore).toBe('memory');
  });

  it("validates every lane with Heat, and reports Heat's objections on the lane and resource", async () => {
    const ok = value(
      await h.call<{ diagnostics: Diagnostic[]; lanes: number }>('cloud.validate', {
        cloud: CLOUD,
        designText: text,
      }),
    );
    expect(ok).toEqual({ diagnostics: [], lanes: 3 });
    // a function argument the compiler lets through and Heat refuses
    const bad = text.replace(
      'resources:\n',
      'resources:\n  q:\n    type: OS::Heat::Value\n    region: config\n    properties: {value: {repeat: {for_each: 3, template: x}}}\n',
    );
    const refused = value(
      await h.call<{ diagnostics: Diagnostic[] }>('cloud.validate', {
        cloud: CLOUD,
        designText: bad,
      }),
    );
    expect(refused.diagnostics.length).toBeGreaterThan(0);
    expect(refused.diagnostics[0]).toMatchObject({
      code: 'E_HEAT_VALIDATE',
      severity: 'error',
      lane: 'config',
      resource: 'q',
      path: ['properties', 'value', 'repeat'],
    });
    expect(refused.diagnostics[0]!.message).toMatch(/RegionTwo/);
  });

  it('plans, deploys with live events, plans an update with previews, destroys', async () => {
    const plan = value(await h.call<DeployPlan>('deploy.plan', { cloud: CLOUD, designText: text }));
    expect(plan.waves.map((w) => w.map((s) => `${s.lane}:${s.action}`))).toEqual([
      ['config:create'],
      ['app:create'],
      ['audit:create'],
    ]);
    expect(plan.stacks.find((s) => s.lane === 'app')).toMatchObject({
      action: 'create',
      resources: ['app_config', 'app_server'],
    });

    const started = value(
      await h.call<RunStarted>('deploy.start', { cloud: CLOUD, designText: text }),
    );
    expect(started.design).toBe(name);
    // the same design cannot be started twice at once
    const again = await h.call('deploy.start', { cloud: CLOUD, designText: text });
    expect(again.ok).toBe(false);
    const events = await h.finished(started.runId);
    expect(events[0]?.kind).toBe('plan-started');
    expect(events.at(-1)).toMatchObject({
      kind: 'deploy-finished',
      outcome: 'succeeded',
      operation: 'deploy',
    });
    const kinds = new Set(events.map((e) => e.kind));
    for (const k of [
      'wave-started',
      'stack-action',
      'resource-status',
      'heat-event',
      'outputs',
      'stack-settled',
      'progress',
    ] as const)
      expect(kinds, k).toContain(k);
    const done = events.find(
      (e) =>
        e.kind === 'resource-status' &&
        e.resource === 'app_server' &&
        e.status === 'CREATE_COMPLETE',
    );
    expect(done).toBeDefined();
    const audit = events.find((e) => e.kind === 'outputs' && e.lane === 'audit');
    expect(audit?.kind === 'outputs' && String(audit.outputs['audit'])).toMatch(
      /^app server \S+ in staging$/,
    );

    const update = value(
      await h.call<DeployPlan>('deploy.plan', { cloud: CLOUD, designText: text }),
    );
    expect(update.stacks.every((s) => s.action === 'update')).toBe(true);
    const config = update.stacks.find((s) => s.lane === 'config');
    expect(config?.changes?.unchanged).toEqual(['db_password', 'settings']);

    const destroyed = value(
      await h.call<RunStarted>('destroy.start', { cloud: CLOUD, designText: text }),
    );
    const dEvents = await h.finished(destroyed.runId);
    expect(dEvents.at(-1)).toMatchObject({
      kind: 'deploy-finished',
      outcome: 'succeeded',
      operation: 'destroy',
    });
    const order = dEvents.flatMap((e) => (e.kind === 'stack-settled' ? [e.lane] : []));
    expect(order).toEqual(['audit', 'app', 'config']);
  }, 300_000);

  it('asks for a password that clouds.yaml lacks, keeps it on the Node side, and uses it', async () => {
    const doc = parse(await readFile(devcloudCloudsYaml(), 'utf8')) as {
      clouds: Record<string, { auth: Record<string, string> }>;
    };
    const dev = doc.clouds[CLOUD]!;
    const password = dev.auth['password']!;
    delete dev.auth['password'];
    const dir = await tempDir('iso-ui-clouds-');
    const path = join(dir, 'clouds.yaml');
    await writeFile(path, JSON.stringify({ clouds: { [CLOUD]: dev } }), { mode: 0o600 });
    const p = deployHarness(world, path);
    expect(value(await p.call<CloudsList>('clouds.list', {})).clouds[0]).toMatchObject({
      name: CLOUD,
      needsPassword: true,
      storedPassword: false,
    });
    const refused = await p.call('deploy.start', { cloud: CLOUD, designText: text });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.code).toBe('E_CLOUD');
    expect(!refused.ok && refused.error.message).toMatch(/no password/);
    value(await p.call('cloud.setPassword', { cloud: CLOUD, password }));
    expect(value(await p.call<CloudsList>('clouds.list', {})).clouds[0]).toMatchObject({
      needsPassword: false,
      storedPassword: true,
    });
    expect(
      value(
        await p.call<{ diagnostics: Diagnostic[] }>('cloud.validate', {
          cloud: CLOUD,
          designText: text,
        }),
      ).diagnostics,
    ).toEqual([]);
    // the password went in; it never comes back out
    expect(p.received.join('\n')).not.toContain(password);
  });

  it('never sends a password or a token to the renderer', async () => {
    const secrets = await cloudSecrets();
    expect(secrets.length).toBeGreaterThan(0);
    const all = h.received.join('\n');
    expect(h.received.length).toBeGreaterThan(20);
    for (const s of secrets) expect(all).not.toContain(s);
    // Keystone's fernet tokens start with gAAAAA; no auth header either
    expect(all).not.toMatch(/gAAAAA[A-Za-z0-9_-]{20}/);
    expect(all.toLowerCase()).not.toContain('x-auth-token');
  });
});
