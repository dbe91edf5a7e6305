import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { KeyboardDesigner } from './pages/keyboard';

test('undo in the YAML pane takes back only the broken text; redo shows it not applied; the file holds the model', async ({
  app,
}) => {
  const { page } = app;
  const k = new KeyboardDesigner(page);
  await page.getByTestId('example-heat-only').click();
  await expect(k.designField('Design name')).toHaveValue('heat-only');

  // a design change in the inspector, then unparseable text typed in the pane
  await k.setDesignField('Design name', 'shop');
  await expect(k.yaml).toContainText('name: shop');
  await k.typeAtEndOfYaml('\nresources: [');
  await expect(k.notApplied).toBeVisible();
  await app.screenshot('keyboard-yaml-not-applied');

  // one Ctrl+Z in the pane: the broken text goes, the inspector's change stays
  await page.keyboard.press('Control+z');
  await expect(k.notApplied).toHaveCount(0);
  await expect(k.yaml).not.toContainText('resources: [');
  await expect(k.yaml).toContainText('name: shop');
  await expect(k.designField('Design name')).toHaveValue('shop');

  // redo: the broken text is back, and the pane says it is not applied
  await page.keyboard.press('Control+Shift+Z');
  await expect(k.yaml).toContainText('resources: [');
  await expect(k.notApplied).toBeVisible();
  await expect(page.getByRole('region', { name: 'Design YAML' }).getByRole('status')).toContainText(
    'E_',
  );
  await app.screenshot('keyboard-yaml-redo-not-applied');

  // saving writes the model (the inspector's change), not the text that is not applied
  await page.keyboard.press('Control+s');
  await app.files.saveAs(app.workDir, 'shop.isotherm.yaml');
  const saved = await readFile(join(app.workDir, 'shop.isotherm.yaml'), 'utf8');
  expect(saved).toContain('name: shop');
  expect(saved).not.toContain('resources: [');
  await expect(k.notApplied).toBeVisible();

  // two more undos: first the broken text, then the rename
  await k.yaml.click();
  await page.keyboard.press('Control+z');
  await expect(k.notApplied).toHaveCount(0);
  await expect(k.designField('Design name')).toHaveValue('shop');
  await page.keyboard.press('Control+z');
  await expect(k.designField('Design name')).toHaveValue('heat-only');
  await expect(k.yaml).toContainText('name: heat-only');
});
