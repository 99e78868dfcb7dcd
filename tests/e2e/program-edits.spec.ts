import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

const noSideScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test('a cohort session edited in two tabs (1280 px, 中文): the second save merges field by field', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/cohorts');
  await page.getByRole('link', { name: /（第二期）$/ }).click();
  await page.getByRole('tab', { name: '課程與活動' }).click();
  await page.getByLabel('日期').fill('2026-10-06');
  await page.getByRole('textbox', { name: '名稱（中文）' }).fill('智慧製造概論');
  await page.getByRole('textbox', { name: '名稱（英文）' }).fill('Smart manufacturing');
  await page.getByRole('button', { name: '新增場次' }).click();
  await expect(page.getByText('智慧製造概論')).toBeVisible();
  const programUrl = page.url();

  // A second tab opens the same session and saves first.
  const other = await context.newPage();
  await other.goto(programUrl);
  await other.getByRole('tab', { name: '課程與活動' }).click();
  await other.getByRole('button', { name: '編輯場次：智慧製造概論' }).click();
  await other.getByRole('dialog').getByLabel('時數').fill('6');
  await other.getByRole('dialog').getByRole('button', { name: '儲存' }).click();
  await expect(other.getByText(/ · 6 小時 · /)).toBeVisible();
  await other.close();

  await page.getByRole('button', { name: '編輯場次：智慧製造概論' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: '名稱（英文）' }).fill('Introduction to smart manufacturing');
  await dialog.getByRole('button', { name: '儲存' }).click();
  await expect(dialog.getByText('資料已被他人更新')).toBeVisible();
  await expect(dialog.locator('[data-field="titleEn"]')).toBeVisible();
  await expect(dialog.locator('[data-field="hours"]')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '套用所選並繼續編輯' }).click();
  await expect(dialog.getByLabel('時數')).toHaveValue('6'); // their hours, my title
  await dialog.getByRole('button', { name: '儲存' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText('Introduction to smart manufacturing')).toBeVisible();
  await expect(page.getByText(/ · 6 h · /)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click(); // the shared demo account reads Chinese
  await expect(page.getByRole('tab', { name: '課程與活動' })).toBeVisible();
  await context.close();
});

test('a recruitment round edited on a phone (English): places below those selected are refused', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw'); // reads Meridian in English
  await page.goto('/assistants');
  await page
    .getByRole('link', { name: /^Internationalization support students, / })
    .first()
    .click();
  await expect(page.getByText(/25 of 25 places filled/)).toBeVisible();
  await page.getByRole('button', { name: 'Edit round' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Places').fill('20');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Places cannot be fewer than the students already selected (25).')).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);
  await dialog.getByLabel('Places').fill('30');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/25 of 30 places filled/)).toBeVisible();
  // Give the shared demo round its 25 places back.
  await page.getByRole('button', { name: 'Edit round' }).click();
  await dialog.getByLabel('Places').fill('25');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/25 of 25 places filled/)).toBeVisible();
  await context.close();
});
