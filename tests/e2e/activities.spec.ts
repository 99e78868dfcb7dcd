import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

test('a coordinator records a paper presented abroad: the form follows the kind and the server checks it', async ({
  page,
}) => {
  await login(page, 'coord.eng@demo.meridian.tw');
  await page.goto('/activities?kind=paper_abroad');
  await expect(page.getByRole('heading', { level: 1, name: '學院交流活動' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '論文題目' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: '新增活動' }).click();
  const dialog = page.getByRole('dialog', { name: '新增交流活動' });
  await expect(dialog.getByRole('textbox', { name: '研討會名稱（中文）' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '學分數' })).toHaveCount(0);
  await dialog.getByRole('combobox', { name: '所屬學院／系所' }).click();
  await page.getByRole('option', { name: '資訊工程系' }).click();
  await dialog.getByRole('textbox', { name: '論文題目（英文）' }).fill('Browser-tested edge inference');
  await dialog.getByLabel('開始日期').fill('2026-06-10');
  await dialog.getByRole('button', { name: '儲存' }).click();
  // The conference, country and city are missing: each field says so, in Chinese (the kind's rules, checked
  // in the form as on the server).
  await expect(dialog.getByText('請填寫發表論文的研討會名稱。')).toBeVisible();
  await expect(dialog.getByText('請填寫城市。')).toBeVisible();
  await dialog.getByRole('textbox', { name: '研討會名稱（英文）' }).fill('EdgeSys 2026');
  await dialog.getByRole('combobox', { name: '國家／地區' }).fill('日本');
  await page.getByRole('option', { name: '日本' }).click();
  await dialog.getByRole('textbox', { name: '城市' }).fill('Kyoto');
  await dialog.getByRole('button', { name: '儲存' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Browser-tested edge inference' })).toBeVisible();
  await expect(page.getByText('日本 · Kyoto')).toBeVisible();
  await expect(page.getByRole('heading', { name: '異動紀錄' })).toBeVisible();
  await expectAccessible(page);
});

test('on a phone the activities list and the report builder fit the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/activities');
  await expect(page.getByRole('heading', { level: 1, name: '學院交流活動' })).toBeVisible();
  await expect(page.getByRole('list', { name: '學院交流活動' }).getByRole('listitem').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.goto('/reports/builder');
  await expect(page.getByRole('heading', { level: 1, name: '自訂報表' })).toBeVisible();
  await page.getByRole('combobox', { name: '分組依據 1' }).click();
  await page.getByRole('option', { name: '類別' }).click();
  const counts = page.getByRole('region', { name: '分組筆數' });
  await expect(counts.getByRole('cell', { name: '英語授課課程' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});
