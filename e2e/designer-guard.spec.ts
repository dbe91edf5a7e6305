import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** No surprise data loss: New, Open and a dropped file ask first when the design has unsaved changes. */

const unsavedDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Unsaved changes' });

async function openExampleWithChange(page: Page): Promise<void> {
  await page.getByTestId('example-web-two-regions').click();
  await expect(page.getByTestId('lane-east')).toBeVisible();
  await page.getByTestId('cmd-design.addLane').click();
  await page
    .getByRole('dialog', { name: 'Add a region lane' })
    .getByLabel('Lane id')
    .press('Enter');
  await expect(page.getByTestId('dirty-mark')).toBeVisible();
}

test("New with unsaved changes asks first: Cancel keeps them, Don't Save drops them", async ({
  app,
}) => {
  const { page } = app;
  await openExampleWithChange(page);
  const lanes = await page.locator('[data-testid^="lane-"]').count();

  await page.getByTestId('cmd-file.new').click();
  const dialog = unsavedDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('before starting a new design');
  await app.screenshot('guard-unsaved-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-testid^="lane-"]')).toHaveCount(lanes);
  await expect(page.getByTestId('dirty-mark')).toBeVisible();

  // Escape is Cancel too (and the keyboard shortcut asks as well)
  await page.keyboard.press('Control+n');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-testid^="lane-"]')).toHaveCount(lanes);

  await page.getByTestId('cmd-file.new').click();
  await dialog.getByRole('button', { name: "Don't Save" }).click();
  await expect(page.getByTestId('lane-region_1')).toBeVisible();
  await expect(page.getByTestId('lane-east')).toHaveCount(0);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
});

test('Save in the guard saves first (Save As for a new design), then opens the new design', async ({
  app,
  workDir,
}) => {
  const { page } = app;
  await openExampleWithChange(page);
  await page.getByTestId('cmd-file.new').click();
  await unsavedDialog(page).getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.files.saveAsDialog).toBeVisible();
  await app.files.saveAs(workDir, 'kept.isotherm.yaml');
  await expect(page.getByTestId('lane-region_1')).toBeVisible();
  const saved = await readFile(join(workDir, 'kept.isotherm.yaml'), 'utf8');
  expect(saved).toContain('region_name: Region3');
});

test('a file dropped on a changed design asks first, then opens as an unsaved copy (browser)', async ({
  app,
}) => {
  const { page } = app;
  await openExampleWithChange(page);
  const text =
    'isotherm: 1\nname: dropped\nheat_template_version: 2021-04-16\nregions:\n  far: {region_name: FarRegion}\nresources: {}\n';
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped.isotherm.yaml', { type: 'application/yaml' }));
    window.dispatchEvent(
      new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }),
    );
  }, text);
  const dialog = unsavedDialog(page);
  await expect(dialog).toContainText('before opening dropped.isotherm.yaml');
  await dialog.getByRole('button', { name: "Don't Save" }).click();
  await expect(page.getByTestId('lane-far')).toBeVisible();
  await expect(page.getByTestId('doc-title')).toContainText('dropped (unsaved)');
});
