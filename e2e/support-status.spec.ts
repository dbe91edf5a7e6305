import { expect, test } from './fixtures';

// Issue 13: the palette follows Heat's support status: hidden types are not offered (Heat still accepts them in an
// imported template), deprecated ones are offered with a mark that names the replacement.
test('the palette hides hidden types and marks deprecated ones', async ({ app }) => {
  const page = app.page;
  await app.welcome.getByRole('button', { name: 'New design' }).click();
  const search = page.getByLabel('Search resource types');
  await search.fill('RouterGateway');
  await expect(page.getByTestId('palette-OS::Neutron::RouterGateway')).toHaveCount(0);
  await expect(page.getByText('No type matches')).toBeVisible();
  await search.fill('Aodh');
  const alarm = page.getByTestId('palette-OS::Aodh::Alarm');
  await expect(alarm).toBeVisible();
  await expect(alarm.locator('.deprecated')).toHaveText('deprecated');
  await expect(alarm).toHaveAttribute('title', /Heat: deprecated since 10\.0\.0: .*OS::Aodh::/);
  await expect(
    page.getByTestId('palette-OS::Aodh::GnocchiAggregationByResourcesAlarm'),
  ).not.toContainText('deprecated');
  await app.screenshot('palette-deprecated');
});
