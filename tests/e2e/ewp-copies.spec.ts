import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

/** A demo agreement with one partner that has a SCHAC code and at least one exchange place in its file. */
async function agreementWithConditions(page: Page): Promise<{ id: number; xml: string }> {
  const list = (await (await page.request.get('/api/v1/agreements?pageSize=100')).json()).items as {
    id: number;
    partners: unknown[];
  }[];
  for (const a of list.filter((x) => x.partners.length === 1)) {
    const res = await page.request.get(`/api/v1/agreements/${a.id}/ewp-iia.xml`);
    const xml = res.ok() ? await res.text() : '';
    if (xml.includes('<mobilities-per-year>')) return { id: a.id, xml };
  }
  throw new Error('no demo agreement with exchange places and a partner SCHAC code');
}

/** The partner's copy: ours with one more mobility a year in the first condition. */
const theirCopy = (xml: string) =>
  xml.replace(
    /<mobilities-per-year>(\d+)<\/mobilities-per-year>/,
    (_m, n: string) => `<mobilities-per-year>${Number(n) + 7}</mobilities-per-year>`,
  );

test("OIA staff import the partner's EWP copy, see the difference and keep ours, in both languages", async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await useLanguage(page, 'zh-TW');
  const { id, xml } = await agreementWithConditions(page);
  await page.goto(`/agreements/${id}`);
  const section = page.getByRole('region', { name: 'EWP 協議副本比對' });
  await expect(section).toBeVisible();
  // A broken file: the line and the element, in Chinese.
  await section.locator('input[type=file]').setInputFiles({
    name: 'bad.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(xml.replace('<in-effect>', '<in-effect-x>')),
  });
  await section.getByRole('button', { name: '匯入' }).click();
  await expect(section.getByText(/第 \d+ 行/).first()).toBeVisible();
  await section
    .locator('input[type=file]')
    .setInputFiles({ name: 'theirs.xml', mimeType: 'application/xml', buffer: Buffer.from(theirCopy(xml)) });
  await section.getByRole('button', { name: '匯入' }).click();
  // One difference per academic year the changed condition covers.
  await expect(section.getByText(/^差異（\d+）$/)).toBeVisible();
  await expect(section.getByText('檔案所寫的雜湊值與其內容不符', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await section
    .getByRole('button', { name: /^保留本校的值：/ })
    .first()
    .click();
  await expect(section.getByText('已保留本校（待對方修改）').first()).toBeVisible();

  await useLanguage(page, 'en');
  const en = page.getByRole('region', { name: 'EWP copies compared' });
  await expect(en.getByText(/^Differences \(\d+\)$/)).toBeVisible();
  await expect(en.getByRole('columnheader', { name: 'Theirs' })).toBeVisible();
  await expect(en.getByText('Not approved yet.')).toBeVisible();
  await useLanguage(page, 'zh-TW');
});

test('the EWP section and our factsheet page fit a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await useLanguage(page, 'zh-TW');
  const { id } = await agreementWithConditions(page);
  await page.goto(`/agreements/${id}`);
  await expect(page.getByRole('region', { name: 'EWP 協議副本比對' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto('/agreements/ewp-factsheet');
  await expect(page.getByRole('heading', { name: '本校交換資訊表（EWP）' })).toBeVisible();
  await page.getByLabel('秋季班').first().fill('04-30');
  await page.getByRole('button', { name: '儲存' }).click();
  await expect(page.getByText('請輸入月-日', { exact: false }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
