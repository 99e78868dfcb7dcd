import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, login } from './helpers';

/** Two rows with problems only (no demo student is assumed): an unknown student, a kind that needs a call. */
async function mobilityFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('出國交流 Outbound mobility');
  ws.addRow(['學號', '類別', '接待機構英文名稱', '國家／地區', '開始日期', '結束日期']);
  ws.addRow(['E2E-NO-SUCH', '短期研修', 'Somewhere Lab', 'JP', '2030-07-01', '2030-07-20']);
  ws.addRow(['E2E-NO-SUCH-2', '交換學生', 'Elsewhere Lab', 'FR', '2030-08-01', '2030-12-20']);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-e2e-')), '出國交流.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('OIA staff import outbound mobility from the mobility list: template, checked rows in both languages', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/mobility');
  await page.getByRole('link', { name: '從 Excel 匯入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批次匯入' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /出國交流/ })).toBeChecked();
  await expectAccessible(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下載匯入範本' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('出國交流匯入範本.xlsx');

  await page.locator('input[type="file"]').setInputFiles(await mobilityFile());
  await page.getByRole('button', { name: '檢查檔案' }).click();
  const report = page.getByRole('region', { name: '3. 檢查結果' });
  await expect(report.getByText('已檢查，尚未匯入')).toBeVisible();
  const issues = report.getByRole('region', { name: '檢查發現的問題' });
  await expect(issues.getByRole('cell', { name: '找不到學號為「E2E-NO-SUCH」的學生。' })).toBeVisible();
  await expect(issues.getByRole('cell', { name: 'B3' })).toBeVisible();
  await expect(report.getByRole('button', { name: '匯入', exact: true })).toBeDisabled();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await expect(page.getByRole('cell', { name: 'No student has the student number “E2E-NO-SUCH”.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /The kind “交換學生” cannot be imported/ })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).click();
});
