import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from './fixtures/paths';
import { expect, test } from './fixtures';

/** Designer-specific actions on top of the app page object. */
class Designer {
  constructor(readonly page: Page) {}

  palette(type: string): Locator {
    return this.page.getByTestId(`palette-${type}`);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  lane(id: string): Locator {
    return this.page.getByTestId(`lane-${id}`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search resource types').fill(text);
  }

  /** Drag a palette type onto a lane, `x` pixels from the lane's left edge. */
  async dropType(type: string, lane: string, x: number): Promise<void> {
    await this.search(type);
    const box = await this.lane(lane).boundingBox();
    if (box === null) throw new Error(`lane ${lane} is not visible`);
    await this.palette(type).dragTo(this.lane(lane), {
      targetPosition: { x, y: Math.min(box.height - 20, 90) },
      force: true,
    });
    await this.search('');
  }

  /** Draw an edge from `from`'s right handle to `to`'s left handle. */
  async connect(from: string, to: string): Promise<void> {
    const source = this.node(from).locator('.react-flow__handle.source');
    const target = this.node(to).locator('.react-flow__handle.target');
    const a = (await source.boundingBox())!;
    const b = (await target.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  template(): Locator {
    return this.page.getByTestId('template-view').locator('.cm-content');
  }

  async showTemplate(tab: string): Promise<void> {
    await this.page.getByTestId(`template-tab-${tab}`).click();
  }

  yaml(): Locator {
    return this.page.getByTestId('yaml-editor').locator('.cm-content');
  }
}

test('an example design opens on the canvas with its lanes and edges', async ({ app }) => {
  const d = new Designer(app.page);
  await app.page.getByTestId('example-web-two-regions').click();
  await expect(d.lane('east')).toBeVisible();
  await expect(d.lane('west')).toBeVisible();
  await expect(app.page.locator('.react-flow__edge').first()).toBeAttached();
  await app.screenshot('designer-example');
});

test('build a two-region design, edit, undo/redo, save, reopen, export like the CLI', async ({
  app,
  workDir,
}) => {
  const { page } = app;
  const d = new Designer(page);
  await app.welcome.getByRole('button', { name: 'New design' }).click();
  await expect(d.lane('region_1')).toBeVisible();
  await page.getByRole('button', { name: 'Add Region Lane' }).click();
  await page
    .getByRole('dialog', { name: 'Add a region lane' })
    .getByLabel('Lane id')
    .press('Enter');
  await expect(d.lane('region_2')).toBeVisible();

  // name the lanes after their regions
  for (const [from, to, region] of [
    ['region_1', 'east', 'RegionOne'],
    ['region_2', 'west', 'RegionTwo'],
  ] as const) {
    await page.getByRole('button', { name: `Rename lane ${from}` }).click();
    await page.getByLabel('Lane id').fill(to);
    await page.getByLabel('OpenStack region name').fill(region);
    await page.getByLabel('OpenStack region name').press('Enter');
    await expect(d.lane(to)).toContainText(region);
  }

  // resources from the palette
  await d.dropType('OS::Neutron::Net', 'east', 140);
  await expect(d.node('net')).toBeVisible();
  await d.dropType('OS::Neutron::Port', 'east', 420);
  await d.dropType('OS::Heat::RandomString', 'east', 700);
  await d.dropType('OS::Heat::Value', 'west', 420);
  for (const id of ['net', 'port', 'random_string', 'value'])
    await expect(d.node(id)).toBeVisible();
  await expect(d.node('port')).toHaveClass(/has-error/);
  await app.screenshot('designer-resources');

  // an edge inside a lane: exactly one property fits, it is bound directly
  await d.connect('port', 'net');
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(d.node('port')).not.toHaveClass(/has-error/);

  // an edge across lanes: nothing fits, the chooser offers an attribute into a property
  await d.connect('value', 'random_string');
  const chooser = page.getByRole('dialog', { name: 'Connect value to random_string' });
  await expect(chooser).toBeVisible();
  await app.screenshot('designer-connect-chooser');
  await chooser.getByLabel('Attribute').selectOption('value');
  await chooser.getByLabel('Property').selectOption('value');
  await chooser.getByRole('button', { name: 'Bind' }).click();
  await expect(page.locator('.react-flow__edge.edge-cross')).toHaveCount(1);

  // the inspector
  await d.node('random_string').click();
  await page.getByLabel('length', { exact: true }).fill('16');
  await page.getByLabel('length', { exact: true }).press('Enter');
  await d.showTemplate('east');
  await expect(d.template()).toContainText('length: 16');
  await d.showTemplate('west');
  await expect(d.template()).toContainText('random_string_value');
  await app.screenshot('designer-inspector');

  // undo and redo (one history)
  await page
    .getByTestId('canvas')
    .locator('.react-flow__pane')
    .click({ position: { x: 5, y: 5 } });
  await d.showTemplate('east');
  await page.keyboard.press('Control+z');
  await expect(d.template()).not.toContainText('length: 16');
  await page.keyboard.press('Control+Shift+z');
  await expect(d.template()).toContainText('length: 16');

  // the design's name, then save
  await page.getByLabel('Design name').fill('shop');
  await page.getByLabel('Design name').press('Enter');
  await page
    .getByTestId('canvas')
    .locator('.react-flow__pane')
    .click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+s');
  const saveDialog = page.getByRole('dialog', { name: 'Save design as' });
  await saveDialog.getByLabel('Save in folder').fill(workDir);
  await saveDialog.getByLabel('File name').fill('shop.isotherm.yaml');
  await saveDialog.getByRole('button', { name: 'Save' }).click();
  await expect(saveDialog).toHaveCount(0);
  await expect(page.getByTestId('doc-title')).toHaveText('shop.isotherm.yaml');
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  const file = join(workDir, 'shop.isotherm.yaml');
  const saved = await readFile(file, 'utf8');
  expect(saved).toContain('name: shop');
  expect(saved).toContain('get_attr: [random_string, value]');
  await app.screenshot('designer-saved');

  // reopen: a new design, then the file; saving it again changes no byte
  await page.keyboard.press('Control+n');
  await expect(d.node('net')).toHaveCount(0);
  await page.keyboard.press('Control+o');
  const openDialog = page.getByRole('dialog', { name: 'Open design' });
  await openDialog.getByLabel('File path').fill(file);
  await openDialog.getByRole('button', { name: 'Open' }).click();
  for (const id of ['net', 'port', 'random_string', 'value'])
    await expect(d.node(id)).toBeVisible();
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss' }).all())
    await dismiss.click();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved shop.isotherm.yaml')).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(saved);

  // export, and compare with the command line's output
  await page.getByRole('button', { name: 'Export Templates…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export templates' });
  const exported = join(workDir, 'export');
  await exportDialog.getByLabel('Export folder').fill(exported);
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportDialog.getByTestId('export-result')).toContainText('Wrote');
  const cli = join(workDir, 'cli');
  execFileSync(join(REPO_ROOT, 'bin/isotherm'), ['compile', file, '--out', cli]);
  const files = (await readdir(cli)).sort();
  expect((await readdir(exported)).sort()).toEqual(files);
  for (const f of files)
    expect(await readFile(join(exported, f), 'utf8'), f).toBe(await readFile(join(cli, f), 'utf8'));
});

test('YAML edits, moving between lanes, duplicate, problems, removing a lane, dark theme', async ({
  app,
}) => {
  const { page } = app;
  const d = new Designer(page);
  await page.getByTestId('example-three-region-chain').click();
  await expect(d.lane('south')).toBeVisible();
  const first = (await page
    .locator('[data-testid^="node-"]')
    .first()
    .getAttribute('data-testid'))!.slice(5);

  // drag a node from its lane into the next lane down: it moves to that region
  const node = d.node(first);
  const box = (await node.boundingBox())!;
  const west = (await d.lane('west').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, west.y + west.height / 2, { steps: 8 });
  await page.mouse.up();
  await node.click();
  await expect(page.getByLabel('Region lane', { exact: true })).toHaveValue('west');
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Region lane', { exact: true })).toHaveValue('east');

  // duplicate with the keyboard
  await node.click();
  await page.keyboard.press('Control+d');
  await expect(d.node(`${first}_2`)).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(d.node(`${first}_2`)).toHaveCount(0);

  // a YAML edit shows on the canvas; an invalid one keeps the last good design
  const editor = d.yaml();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n# end\n');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.type('\n# top');
  await expect(page.locator('.badge', { hasText: 'not applied' })).toHaveCount(0);

  // problems: a required property left empty is listed and leads to its field
  await page.getByLabel('Search resource types').fill('OS::Heat::Value');
  await page.getByTestId('palette-OS::Heat::Value').dblclick();
  await page.getByLabel('Search resource types').fill('');
  await page.getByTestId('problems-tab').click();
  const problem = page
    .getByTestId('problems')
    .getByRole('button')
    .filter({ hasText: 'value' })
    .first();
  await expect(problem).toBeVisible();
  await app.screenshot('designer-problems');
  await problem.click();
  await expect(page.getByTestId('resource-inspector')).toBeVisible();

  // removing a lane with resources asks what to do with them
  await page.getByRole('button', { name: 'Remove lane south' }).click();
  const ask = page.getByRole('dialog', { name: 'Remove lane south?' });
  await expect(ask).toBeVisible();
  await app.screenshot('designer-remove-lane');
  await ask.getByLabel('Move to lane').selectOption('west');
  await ask.getByRole('button', { name: 'Move them to' }).click();
  await expect(d.lane('south')).toHaveCount(0);

  // dark theme
  await page.getByRole('button', { name: 'Toggle Theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.screenshot('designer-dark');
});
