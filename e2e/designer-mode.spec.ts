import { expect, test } from './fixtures';

test('the browser fallback says so in the toolbar, with a tooltip explaining why (absent under Electron)', async ({
  app,
}) => {
  const badge = app.page.getByTestId('browser-mode');
  if (app.driver === 'electron') {
    await expect(badge).toHaveCount(0);
    return;
  }
  await expect(badge).toHaveText('Browser mode');
  await expect(badge).toHaveAttribute(
    'title',
    /Electron's binary is not available.*127\.0\.0\.1.*token/,
  );
  await app.page.getByTestId('example-web-two-regions').click();
  await expect(badge).toBeVisible();
  await app.screenshot('browser-mode-badge');
});
