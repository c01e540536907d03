import { expect, test } from '@playwright/test';
import { OverviewPage, overviewStrings } from './pages/overview-page.ts';
import { startApp, workspaceTruth } from './support/app.ts';
import type { RunningApp } from './support/app.ts';

let app: RunningApp;

test.beforeEach(async () => {
  app = await startApp();
});

test.afterEach(async () => {
  await app.close();
});

test('the overview shows the workspace counts with English labels', async ({ page }) => {
  const truth = await workspaceTruth(app.url);
  const overview = new OverviewPage(page);
  await overview.open(app.url);

  const en = overview.strings.counts;
  await expect(overview.countLabel('customers')).toHaveText(en.customers);
  await expect(overview.countLabel('events')).toHaveText(en.events);
  await expect(overview.count('customers')).toHaveText(
    new Intl.NumberFormat('en-US').format(truth.customers),
  );
  await expect(overview.count('events')).toHaveText(
    new Intl.NumberFormat('en-US').format(truth.events),
  );
  expect(await overview.countValue('customers')).toBe(truth.customers);
  expect(await overview.countValue('events')).toBe(truth.events);
  await expect(overview.topSignatures).toBeVisible();
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('labels and numbers follow the language', async ({ page }) => {
    const truth = await workspaceTruth(app.url);
    const overview = new OverviewPage(page, overviewStrings('de'));
    await overview.open(app.url);
    await expect(overview.countLabel('events')).toHaveText(overview.strings.counts.events);
    await expect(overview.count('events')).toHaveText(
      new Intl.NumberFormat('de-DE').format(truth.events),
    );
  });
});
