import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { KeyboardDesigner, notices } from './pages/keyboard';

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

test('keyboard only: + Lane asks id and region, palette items add with Enter, arrows move, Connect from the palette', async ({
  app,
}) => {
  const { page } = app;
  const k = new KeyboardDesigner(page);
  await app.welcome.getByRole('button', { name: 'New design' }).click();
  await expect(k.lane('region_1')).toBeVisible();

  // "+ Lane" from the command palette: one dialog with free defaults (region_2 / Region2)
  await k.runFromPalette('add region lane', 'Control+k');
  const add = page.getByRole('dialog', { name: 'Add a region lane' });
  await expect(add.getByLabel('Lane id')).toHaveValue('region_2');
  await expect(add.getByLabel('OpenStack region name')).toHaveValue('Region2');
  await expect(add.getByLabel('Lane id')).toBeFocused();
  await page.keyboard.type('west');
  await page.keyboard.press('Tab');
  await page.keyboard.type('RegionTwo');
  await app.screenshot('keyboard-add-lane');
  await page.keyboard.press('Enter');
  await expect(k.lane('west')).toContainText('RegionTwo');

  // palette items: from the search box down into the list; Enter adds to the lane of the selection
  await page.getByLabel('Search resource types').focus();
  await page.keyboard.type('RandomString');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('palette-OS::Heat::RandomString')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(k.node('random_string')).toBeVisible();
  await expect(k.regionOfSelection).toHaveValue('region_1');
  await page.getByLabel('Search resource types').fill('Heat::Value');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(k.node('value')).toBeVisible();
  await expect(k.regionOfSelection).toHaveValue('region_1');

  // arrow keys move the selected node; a burst of presses is one undo step
  const before = (await k.node('value').boundingBox())!;
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(async () => Math.round((await k.node('value').boundingBox())!.x - before.x))
    .toBeGreaterThan(40);
  const moved = (await k.node('value').boundingBox())!;
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => Math.round((await k.node('value').boundingBox())!.x))
    .toBe(Math.round(before.x));
  await page.keyboard.press('Control+Shift+Z');
  await expect
    .poll(async () => Math.round((await k.node('value').boundingBox())!.x))
    .toBe(Math.round(moved.x));

  // Connect from the palette: choose the target from a list, then the binding
  await k.runFromPalette('connect');
  const targets = page.getByRole('dialog', { name: 'Connect value to…' });
  await expect(targets.getByRole('option')).toHaveText([/random_string/]);
  await page.keyboard.type('random');
  await app.screenshot('keyboard-connect-target');
  await page.keyboard.press('Enter');
  const chooser = page.getByRole('dialog', { name: 'Connect value to random_string' });
  await expect(chooser).toBeVisible();
  await expect(chooser.locator(':focus')).toHaveCount(1);
  await app.screenshot('keyboard-connect-binding');
  // nothing is preselected: Bind waits for both the attribute and the property
  await expect(chooser.getByRole('button', { name: 'Bind' })).toBeDisabled();
  await chooser.getByLabel('Attribute').selectOption('value');
  await chooser.getByLabel('Property').selectOption('value');
  await chooser.getByRole('button', { name: 'Bind' }).press('Enter');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(k.yaml).toContainText('get_attr: [random_string, value]');
});

test('the palette lists the registry; Save As is in the toolbar; Deploy says why it is disabled', async ({
  app,
}) => {
  const { page } = app;
  const k = new KeyboardDesigner(page);
  await app.welcome.getByRole('button', { name: 'New design' }).click();
  await expect(page.getByRole('button', { name: 'Save As…' })).toBeVisible();

  // a Value without its required value: the design has an error
  await page.getByLabel('Search resource types').fill('Heat::Value');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(k.node('value')).toBeVisible();

  const deploy = page.getByTestId('cmd-deploy.deploy');
  await expect(deploy).toHaveAttribute('aria-disabled', 'true');
  await expect(deploy).toHaveAttribute('title', /Deploy: .+/);
  await deploy.click({ force: true });
  await expect(notices(page)).toContainText(
    /Deploy: (The design has 1 error|No cloud|Pick a cloud)/,
  );
  await app.screenshot('keyboard-deploy-why');

  await page.keyboard.press('Control+Shift+P');
  await expect(k.palette).toBeVisible();
  await expect(k.palette.getByRole('option')).not.toHaveCount(0);
  await expect(k.palette.getByRole('option', { name: /File: Save As…/ })).toBeVisible();
  await page.keyboard.type('deploy');
  await expect(k.palette.getByRole('option', { name: /Deploy: Deploy…/ })).toContainText(
    /The design has 1 error|No cloud|Pick a cloud/,
  );
  await app.screenshot('keyboard-command-palette');
  await page.keyboard.press('Escape');
  await expect(k.palette).toHaveCount(0);

  // Save As from the palette opens the browser-mode dialog
  await k.runFromPalette('save as');
  await expect(app.files.saveAsDialog).toBeVisible();
});

test('browser-mode file dialogs: the allowed folders, Up, typed paths, and a clear answer outside them', async ({
  app,
}) => {
  const { page, files, workDir } = app;
  await app.welcome.getByRole('button', { name: 'New design' }).click();
  await page.keyboard.press('Control+Shift+S');
  const dialog = files.saveAsDialog;
  await expect(dialog).toBeVisible();

  // "Look in": each allowed folder once, none empty
  const roots = await files.lookIn(dialog).locator('option').allTextContents();
  expect(roots.length).toBeGreaterThan(0);
  expect(roots.filter((r) => r.trim() === '')).toEqual([]);
  expect(new Set(roots).size).toBe(roots.length);

  // a typed folder outside them is explained in place, with how to allow another
  await files.goTo(dialog, '/proc');
  await expect(dialog.getByRole('alert')).toContainText('npm start -- --allow DIR');
  await app.screenshot('keyboard-file-dialog-not-allowed');

  // a typed allowed folder, then Up, then back
  await files.goTo(dialog, workDir);
  await expect(dialog.getByLabel('Save in folder')).toHaveValue(workDir);
  await dialog.getByRole('button', { name: 'Up to the parent folder' }).click();
  await expect(dialog.getByLabel('Save in folder')).not.toHaveValue(workDir);
  await expect(dialog.getByTestId('file-list')).toContainText(workDir.split('/').pop()!);
  await files.goTo(dialog, workDir);
  await expect(dialog.getByLabel('Save in folder')).toHaveValue(workDir);
  await expect(dialog.locator('svg').first()).toBeVisible();
  await app.screenshot('keyboard-file-dialog');

  // saving into a folder outside them answers in the dialog, not with a loop of notices
  await dialog.getByLabel('Save in folder').fill('/proc');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('--allow DIR');
  await expect(page.locator('.notices')).not.toContainText('Not saved');
  await files.saveAs(workDir, 'kb.isotherm.yaml');
  await expect(page.getByTestId('doc-title')).toHaveText('kb.isotherm.yaml');

  // Open: a file path outside answers in the dialog; the saved file opens from the list
  await page.keyboard.press('Control+o');
  const open = files.openDialog;
  await open.getByLabel('File path').fill('/proc/version');
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(open.getByRole('alert')).toContainText('--allow DIR');
  await files.goTo(open, workDir);
  await open.getByRole('button', { name: 'kb.isotherm.yaml' }).click();
  await expect(open.getByLabel('File path')).toHaveValue(`${workDir}/kb.isotherm.yaml`);
  await open.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(open).toHaveCount(0);
});
