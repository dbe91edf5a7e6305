// The web tier of web-two-regions deployed from the canvas onto the local cloud's real services (Nova
// with the fake driver, Neutron, Glance, Octavia with no-op drivers), in Chromium through the browser
// fallback: live status on the canvas while the servers build (screenshots), every node complete, the
// servers ACTIVE in Nova, then destroyed with nothing left. Skipped LOUDLY unless the full cloud runs.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { DeployPanel } from './pages/deploy';
import { stackPrefix } from './fixtures/stackPrefix';
import { CLOUD, stacksWithPrefix, testClients } from '../test/support/cloud';
import { webTwoRegionsForLocalCloud } from '../test/support/designs';
import { devcloudServices, fullServicesUp, servers } from '../test/support/fullCloud';

const full = fullServicesUp();
if (!full)
  console.warn(
    `real deploy e2e skipped: the local cloud runs no Nova/Neutron/Glance (services: ${devcloudServices()}) — run \`npm run devcloud:up\` as root (without ISOTHERM_DEVCLOUD_SERVICES=heat)`,
  );

const SERVERS = ['db', 'east_web', 'west_web'];

test.describe('a real web tier deployed from the canvas', () => {
  test.skip(!full, 'the local cloud runs no Nova/Neutron/Glance');
  const prefix = stackPrefix('e2e-web');

  test('servers build with live status on the canvas, reach ACTIVE in Nova, and are destroyed', async ({
    app,
    workDir,
  }) => {
    test.setTimeout(900_000);
    const { page } = app;
    const deploy = new DeployPanel(page);
    const file = join(workDir, 'web.isotherm.yaml');
    await writeFile(file, webTwoRegionsForLocalCloud(prefix));
    await page.keyboard.press('Control+o');
    await app.files.open(file);
    for (const id of SERVERS) await expect(app.node(id)).toBeVisible();

    await deploy.pickCloud(CLOUD);
    await deploy.openConfirmation('deploy');
    await expect(deploy.plan.getByTestId('plan-step-east')).toContainText('create');
    await expect(deploy.plan.getByTestId('plan-step-west')).toContainText('west_web');
    await deploy.confirm('deploy');

    // while the servers build: a server node in CREATE_IN_PROGRESS on the canvas
    const building = page.locator(
      SERVERS.map(
        (id) => `[data-testid="node-status-${id}"][data-status="CREATE_IN_PROGRESS"]`,
      ).join(','),
    );
    await expect(building.first()).toBeVisible({ timeout: 300_000 });
    await app.screenshot('deploy-real-servers-building');

    await expect(deploy.progressText).toContainText(/Deploy succeeded/, { timeout: 720_000 });
    for (const id of [...SERVERS, 'east_lb', 'west_lb', 'east_subnet', 'west_fip'])
      await expect(deploy.nodeStatus(id)).toHaveAttribute('data-status', 'CREATE_COMPLETE');
    for (const lane of ['east', 'west'])
      await expect(deploy.laneStatus(lane)).toHaveAttribute('data-outcome', 'succeeded');
    await deploy.showTab('deploy');
    await expect(deploy.outputs.getByTestId('output-east-east_url')).toContainText(
      /http:\/\/[0-9.]+\//,
    );
    await app.screenshot('deploy-real-finished');

    const clients = testClients();
    try {
      const stacks = await stacksWithPrefix(clients, prefix);
      expect(stacks.map((s) => s.name).sort()).toEqual([`${prefix}-east`, `${prefix}-west`]);
      const active = (await servers(clients, 'RegionOne')).filter(
        (s) => s.name.startsWith(prefix) && s.status === 'ACTIVE',
      );
      expect(active).toHaveLength(SERVERS.length);

      await deploy.openConfirmation('destroy');
      await deploy.confirm('destroy');
      await expect(deploy.progressText).toContainText('Destroy succeeded', { timeout: 600_000 });
      await expect(deploy.nodeStatus('db')).toHaveAttribute('data-status', 'DELETE_COMPLETE');
      await app.screenshot('deploy-real-destroyed');
      expect(await stacksWithPrefix(clients, prefix)).toEqual([]);
      const left = (await servers(clients, 'RegionOne')).filter((s) => s.name.startsWith(prefix));
      expect(left).toEqual([]);
    } finally {
      await clients.close();
    }
  });
});
