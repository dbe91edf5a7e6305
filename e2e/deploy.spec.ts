// Deploy from the canvas against the local test cloud (npm run devcloud:up), in Chromium through the
// browser fallback: open the heat-only example under a unique name, validate on the cloud, deploy with
// live status on nodes and lanes, see outputs and the timeline, destroy. Skipped LOUDLY without the cloud.
import { existsSync } from 'node:fs';
import { expect, test } from './fixtures';
import { DeployPanel } from './pages/deploy';
import { stackPrefix } from './fixtures/stackPrefix';
import { CLOUD, devcloudCloudsYaml, stacksWithPrefix, testClients } from '../test/support/cloud';

const cloudThere = existsSync(devcloudCloudsYaml()) || Boolean(process.env.OS_CLIENT_CONFIG_FILE);
if (!cloudThere)
  console.warn(
    `deploy e2e skipped: local cloud not running (${devcloudCloudsYaml()} not found) — run \`npm run devcloud:up\` as root`,
  );

test.describe('deploy from the canvas', () => {
  test.skip(!cloudThere, 'local cloud not running: run `npm run devcloud:up` as root');
  const prefix = stackPrefix('e2e');

  test('validates, deploys with live status and outputs, shows the timeline, destroys', async ({
    app,
  }) => {
    test.setTimeout(360_000);
    const { page } = app;
    const deploy = new DeployPanel(page);
    await page.getByTestId('example-heat-only').click();
    await expect(app.node('app_server')).toBeVisible();
    // a design name of its own, so stacks never clash with other runs
    await page.getByLabel('Design name').fill(prefix);
    await page.getByLabel('Design name').press('Enter');

    await expect(deploy.cloudPicker.locator('option', { hasText: CLOUD }).first()).toBeAttached();
    await deploy.pickCloud(CLOUD);
    await deploy.validateOnCloud();
    await expect(page.getByText(/Heat on isotherm-dev accepts all 3 lane templates/)).toBeVisible({
      timeout: 120_000,
    });

    await deploy.openConfirmation('deploy');
    await expect(deploy.plan.getByTestId('plan-step-config')).toContainText('create');
    await expect(deploy.plan.getByTestId('plan-step-app')).toContainText('app_config, app_server');
    await app.screenshot('deploy-confirm');
    await deploy.confirm('deploy');

    // in progress: a node in an *_IN_PROGRESS state, a lane running, the progress bar counting
    await expect(deploy.inProgressNode).toBeVisible({ timeout: 120_000 });
    await expect(deploy.progressText).toContainText(/Deploy: \d+\/5/);
    await app.screenshot('deploy-in-progress');

    await expect(deploy.progressText).toContainText('Deploy succeeded: 5/5', { timeout: 240_000 });
    await expect(deploy.nodeStatus('app_server')).toHaveAttribute('data-status', 'CREATE_COMPLETE');
    await expect(deploy.nodeStatus('db_password')).toHaveAttribute(
      'data-status',
      'CREATE_COMPLETE',
    );
    for (const lane of ['config', 'app', 'audit'])
      await expect(deploy.laneStatus(lane)).toHaveAttribute('data-outcome', 'succeeded');
    await deploy.showTab('deploy');
    await expect(deploy.log).toContainText('CREATE_COMPLETE');
    await expect(deploy.outputs.getByTestId('output-audit-audit')).toContainText(
      /app server \S+ in staging/,
    );
    await expect(deploy.outputs.getByTestId('output-config-db_host')).toContainText(
      'db.staging.internal',
    );
    await app.screenshot('deploy-finished');
    await deploy.showTab('timeline');
    await expect(deploy.timeline.getByTestId('tl-row-app/app_server')).toBeVisible();
    await app.screenshot('deploy-timeline');

    // a lane removed from the design: its stack is listed "to delete" and deleted once confirmed
    await page.getByRole('button', { name: 'Remove lane audit' }).click();
    const ask = page.getByRole('dialog', { name: 'Remove lane audit?' });
    await ask.getByLabel('Move to lane').selectOption('app');
    await ask.getByRole('button', { name: 'Move them to' }).click();
    await deploy.openConfirmation('deploy');
    await expect(deploy.plan.getByTestId('plan-step-audit')).toContainText(
      `delete${prefix}-audit in RegionOne (lane audit)`,
    );
    await expect(deploy.plan).toContainText('To delete (lanes removed from the design)');
    await app.screenshot('deploy-confirm-removed-lane');
    await deploy.confirm('deploy');
    // the stack of the removed lane is deleted after the other waves (read from Heat)
    const clients = testClients();
    try {
      await expect
        .poll(async () => (await stacksWithPrefix(clients, prefix)).map((s) => s.name).sort(), {
          timeout: 240_000,
          intervals: [2_000],
        })
        .toEqual([`${prefix}-app`, `${prefix}-config`]);
    } finally {
      await clients.close();
    }
    await expect(deploy.progressText).toContainText('Deploy succeeded', { timeout: 60_000 });
    await expect(deploy.laneStatus('audit')).toHaveCount(0);
    await app.screenshot('deploy-removed-lane-deleted');

    await deploy.openConfirmation('destroy');
    await expect(deploy.plan.getByTestId('plan-step-app')).toContainText('delete');
    await expect(deploy.plan).not.toContainText('lane audit');
    await deploy.confirm('destroy');
    await expect(deploy.progressText).toContainText('Destroy succeeded', { timeout: 240_000 });
    await expect(deploy.nodeStatus('app_server')).toHaveAttribute('data-status', 'DELETE_COMPLETE');
    await app.screenshot('deploy-destroyed');
  });
});
