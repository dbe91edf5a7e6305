import { READY_SELECTOR } from '../shared/ipc/ready';
import { expect, test } from './fixtures';

test('the app opens on the welcome view', async ({ app }) => {
  await expect(app.page.locator(READY_SELECTOR)).toHaveCount(1);
  await expect(app.welcome).toBeVisible();
  await expect(app.examples.first()).toBeVisible();
  expect(await app.examples.count()).toBeGreaterThanOrEqual(5);
  await expect(app.page).toHaveTitle(/Isotherm/);
  await app.screenshot('welcome');
});
