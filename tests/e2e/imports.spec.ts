import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, login, navbar } from './helpers';

const stamp = Date.now().toString(36);

/** A workbook with two good partners and one with an unknown country. */
async function importFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('合作學校 Partners');
  ws.addRow(['代碼', '英文名稱', '中文名稱', '國家／地區', '類型']);
  ws.addRow([`E2E-${stamp}-1`, `E2E Import University ${stamp}`, `端對端匯入大學${stamp}`, 'JP', '大學']);
  ws.addRow([`E2E-${stamp}-2`, `E2E Import College ${stamp}`, null, 'Germany', 'college']);
  ws.addRow([`E2E-${stamp}-3`, `E2E Nowhere ${stamp}`, null, 'XX', 'university']);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-')), `匯入-${stamp}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

test('OIA staff: template, check a file, see the problems in both languages, import the valid rows', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await navbar(page).getByRole('link', { name: '批次匯入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批次匯入' })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下載匯入範本' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('批次匯入範本.xlsx');

  await page.locator('input[type="file"]').setInputFiles(await importFile());
  await page.getByRole('button', { name: '檢查檔案' }).click();
  const report = page.getByRole('region', { name: '3. 檢查結果' });
  await expect(report.getByText('已檢查，尚未匯入')).toBeVisible();
  await expect(page).toHaveURL(/batch=\d+/);
  const issues = report.getByRole('region', { name: '檢查發現的問題' });
  await expect(issues.getByRole('cell', { name: '請選擇有效的國家或地區。' })).toBeVisible();
  await expect(issues.getByRole('cell', { name: 'D4' })).toBeVisible();
  await expect(report.getByRole('button', { name: '匯入', exact: true })).toBeDisabled();
  await expectAccessible(page);

  // The same report in English, kept across a reload (the batch is in the URL).
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await expect(page.getByRole('cell', { name: 'Choose a valid country or region.' })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).click();

  // On a phone the page does not scroll sideways (the tables scroll inside their own region).
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByRole('list', { name: '檢查發現的問題' }).getByText('請選擇有效的國家或地區。')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: '只匯入正確的列' }).click();
  const dialog = page.getByRole('dialog', { name: '只匯入正確的列？' });
  await expect(dialog.getByText('將處理 2 列，並略過 1 列有錯誤的資料。', { exact: false })).toBeVisible();
  await dialog.getByRole('button', { name: '匯入 2 列' }).click();
  await expect(page.getByText('匯入完成')).toBeVisible();
  await expect(page.getByText('新增 2 筆、更新 0 筆、無變更 0 筆、略過 1 筆。')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: `E2E Import University ${stamp}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `端對端匯入大學${stamp}` })).toBeVisible();
});

test('a file that is not a workbook is refused with a clear message', async ({ page }) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/imports');
  const fake = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-')), 'partners.xlsx');
  fs.writeFileSync(fake, 'code,name\nX-1,Somewhere\n');
  await page.locator('input[type="file"]').setInputFiles(fake);
  await page.getByRole('button', { name: '檢查檔案' }).click();
  await expect(page.getByRole('alert').getByText(/不是 Excel 活頁簿/)).toBeVisible();
  await expectAccessible(page);
});
