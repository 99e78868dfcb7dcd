import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { iiaHashes } from '../../src/server/modules/ewp/iia-hash';
import { expectAccessible, login } from './helpers';

/** A demo agreement with exactly one partner that has a SCHAC code (the demo gives them from websites). */
async function bilateralAgreement(page: Page): Promise<number> {
  const list = (await (await page.request.get('/api/v1/agreements?pageSize=100')).json()).items as {
    id: number;
    partners: { id: number }[];
  }[];
  for (const a of list.filter((x) => x.partners.length === 1)) {
    const p = await (await page.request.get(`/api/v1/partners/${a.partners[0]?.id}`)).json();
    if (p.schac) return a.id;
  }
  throw new Error('no demo agreement with one partner that has a SCHAC code');
}

test('OIA staff download an agreement as an EWP IIA v7 file, in both languages', async ({ page }) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  const id = await bilateralAgreement(page);
  await page.goto(`/agreements/${id}`);
  const zh = page.getByRole('link', { name: '下載 EWP 協議檔（IIA v7）' });
  await expect(zh).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), zh.click()]);
  expect(download.suggestedFilename()).toMatch(/^iia-.+\.xml$/);
  const xml = fs.readFileSync(await download.path(), 'utf8');
  const [iia] = iiaHashes(xml);
  expect(xml).toContain(`<iia-hash>${iia?.hash}</iia-hash>`);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Download EWP agreement file (IIA v7)' })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).click();
});

test('the download fits a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto(`/agreements/${await bilateralAgreement(page)}`);
  await expect(page.getByRole('link', { name: '下載 EWP 協議檔（IIA v7）' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
