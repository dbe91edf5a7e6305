import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Right-click menus on the canvas, built from the same commands as the toolbar and shortcuts. */

const menu = (page: Page) => page.getByRole('menu').first();

async function openExample(page: Page): Promise<string> {
  await page.getByTestId('example-three-region-chain').click();
  await expect(page.getByTestId('lane-south')).toBeVisible();
  return (await page.locator('[data-testid^="node-"]').first().getAttribute('data-testid'))!.slice(
    'node-'.length,
  );
}

test('right-click > Delete removes a resource; Escape closes a menu; undo brings it back', async ({
  app,
}) => {
  const { page } = app;
  const id = await openExample(page);
  const node = page.getByTestId(`node-${id}`);

  await node.click({ button: 'right' });
  await expect(menu(page)).toBeVisible();
  await expect(menu(page).getByRole('menuitem')).toHaveText([
    /Rename/,
    /Connect to/,
    /Duplicate/,
    /Copy/,
    /Auto-layout Lane/,
    /Move to Lane/,
    /Delete/,
  ]);
  await app.screenshot('menu-resource');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(node).toBeVisible();

  await node.click({ button: 'right' });
  await menu(page)
    .getByRole('menuitem', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(node).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(node).toBeVisible();
});

test('move to lane from the submenu, with the keyboard', async ({ app }) => {
  const { page } = app;
  const id = await openExample(page);
  const node = page.getByTestId(`node-${id}`);
  await node.click({ button: 'right' });
  const move = menu(page).getByRole('menuitem', { name: /Move to Lane/ });
  await move.focus();
  await page.keyboard.press('ArrowRight');
  const sub = page.getByRole('menu', { name: 'Move to Lane' });
  await expect(sub).toBeVisible();
  await app.screenshot('menu-move-to-lane');
  await sub.getByRole('menuitem', { name: /^south/ }).press('Enter');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await node.click();
  await expect(page.getByLabel('Region lane', { exact: true })).toHaveValue('south');
});

test('lane header, edge and canvas menus', async ({ app }) => {
  const { page } = app;
  await openExample(page);
  await page.getByTestId('lane-west').locator('.lane-id').click({ button: 'right' });
  await expect(menu(page).getByRole('menuitem')).toHaveText([
    /Rename Lane/,
    /Move Lane Up/,
    /Move Lane Down/,
    /Auto-layout Lane/,
    /Remove Lane/,
  ]);
  await app.screenshot('menu-lane');
  await menu(page).getByRole('menuitem', { name: 'Move Lane Up' }).click();
  await expect(page.locator('[data-testid^="lane-"]').first()).toHaveAttribute(
    'data-testid',
    'lane-west',
  );

  await page.getByTestId('lane-west').locator('.lane-id').click({ button: 'right' });
  await menu(page)
    .getByRole('menuitem', { name: /Rename Lane/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Rename lane west' });
  await dialog.getByLabel('Lane id').fill('westward');
  await app.screenshot('menu-rename-lane');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByTestId('lane-westward')).toBeVisible();

  const edges = page.locator('.react-flow__edge');
  const before = await edges.count();
  expect(before).toBeGreaterThan(0);
  const path = edges.first().locator('path.react-flow__edge-interaction');
  const box = (await path.boundingBox())!;
  // a point on the path: the interaction path is wide, its middle lies on the curve for these mostly-straight edges
  const at = await path.evaluate((el) => {
    const p = el as SVGPathElement;
    const pt = p.getPointAtLength(p.getTotalLength() / 2);
    const m = p.getScreenCTM()!;
    return { x: pt.x * m.a + pt.y * m.c + m.e, y: pt.x * m.b + pt.y * m.d + m.f };
  });
  expect(box.width + box.height).toBeGreaterThan(0);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await expect(menu(page).getByRole('menuitem')).toHaveText(['Delete Reference']);
  await menu(page).getByRole('menuitem', { name: 'Delete Reference' }).click();
  await expect(edges).toHaveCount(before - 1);

  // the empty canvas, outside every lane
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.click(canvas.x + 160, canvas.y + 16, { button: 'right' });
  await expect(menu(page).getByRole('menuitem')).toHaveText([
    /Paste/,
    /Select All/,
    /Zoom to Fit/,
    /Arrange All/,
    /Add Lane/,
  ]);
  await app.screenshot('menu-canvas');
  const lanes = await page.locator('[data-testid^="lane-"]').count();
  await menu(page).getByRole('menuitem', { name: 'Add Lane' }).click();
  await page
    .getByRole('dialog', { name: 'Add a region lane' })
    .getByLabel('Lane id')
    .press('Enter');
  await expect(page.locator('[data-testid^="lane-"]')).toHaveCount(lanes + 1);
});
