import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, navbar } from './helpers';

const stamp = Date.now().toString(36);
const titleEn = `E2E Student Exchange Agreement ${stamp}`;
const titleZh = `端對端學生交換協議${stamp}`;
const fileName = `簽署版協議-${stamp}.pdf`;

/** A one-page PDF with a correct cross-reference table (tiny, but a real PDF). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** 'YYYY-MM-DD' in Taipei, `years` from today. */
function dayFromNow(years: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() + years);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Taipei' });
}

/**
 * Takes a lifecycle step through its dialog (optionally with a comment) and waits for the new status badge
 * (the header's badge comes first on the page; the history below also names statuses).
 */
async function transition(page: Page, action: string, status: string, comment?: string) {
  await page.getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (comment) await dialog.getByLabel('說明').fill(comment);
  await dialog.getByRole('button', { name: action }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(status, { exact: true }).first()).toBeVisible();
}

/** Japan's agreements in force, as the dashboard API counts them. */
async function activeInJapan(page: Page): Promise<number> {
  const summary = await (await page.request.get('/api/v1/dashboard/summary')).json();
  return summary.byCountry.find((c: { country: string }) => c.country === 'JP').activeAgreements;
}

test('OIA staff drafts a student exchange, moves it through review to active with its signed PDF', async ({ page }) => {
  test.slow(); // one long story: seven axe scans and a dozen round trips
  await login(page, 'oia.ic@demo.meridian.tw');
  const inForceBefore = await activeInJapan(page);
  await navbar(page).getByRole('link', { name: '合作協議' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合作協議' })).toBeVisible();
  await expect(page.getByRole('region', { name: '合作協議清單' })).toBeVisible();
  await expectAccessible(page);

  // Filters land in the URL: "expiring within 90 days" shows only agreements still in force.
  await page.getByRole('combobox', { name: '即將到期' }).click();
  await page.getByRole('option', { name: '90 天內到期' }).click();
  await expect(page).toHaveURL(/expiringWithinDays=90/);
  await expect(page.getByRole('link', { name: '匯出 Excel' })).toHaveAttribute('href', /expiringWithinDays=90/);

  // Draft: without a partner the form says so at the partner picker; then a complete form.
  await page.getByRole('link', { name: '新增協議' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新增合作協議' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('英文名稱').fill(titleEn);
  await page.getByLabel('中文名稱').fill(titleZh);
  await page.getByLabel('本校協議編號').fill(`E2E-${stamp}`);
  await page.getByRole('button', { name: '儲存草稿' }).click();
  await expect(page.getByText('輸入資料有誤，請修正標示的欄位。')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '加入合作學校' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByRole('combobox', { name: '加入合作學校' }).fill('Kyoto Institute');
  await page.getByRole('option', { name: /京都工藝纖維大學/ }).click();
  await expect(page.getByRole('group', { name: /京都工藝纖維大學/ })).toBeVisible();
  await page.getByLabel('生效日').fill(dayFromNow(0));
  // An end before the start: the server's message appears under the end date.
  await page.getByLabel('到期日').fill(dayFromNow(-1));
  await page.getByRole('button', { name: '儲存草稿' }).click();
  await expect(page.getByText('結束日期不可早於開始日期。')).toBeVisible();
  await expect(page.getByLabel('到期日')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('到期日').fill(dayFromNow(5));
  await page.getByRole('button', { name: '新增簽署人' }).click();
  await page.getByLabel('姓名').fill('陳明德 Ming-Te Chen');
  await page.getByLabel('職稱').fill('校長 President');
  await page.getByRole('button', { name: '儲存草稿' }).click();

  await expect(page.getByRole('heading', { level: 1, name: titleZh })).toBeVisible();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  const agreementPath = new URL(page.url()).pathname;
  await expect(page.getByText('草稿', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '京都工藝纖維大學' })).toBeVisible();

  // Review: returning needs a reason; then submitted again and approved.
  await transition(page, '送出審核', '審核中');
  await page.getByRole('button', { name: '退回修改' }).click();
  const returnDialog = page.getByRole('dialog', { name: '退回修改' });
  await returnDialog.getByRole('button', { name: '退回修改' }).click();
  await expect(returnDialog.getByText('請填寫說明。')).toBeVisible();
  await expectAccessible(page);
  await returnDialog.getByLabel('說明').fill('請補上對方簽署人');
  await returnDialog.getByRole('button', { name: '退回修改' }).click();
  await expect(returnDialog).toBeHidden();
  await expect(page.getByText('草稿', { exact: true }).first()).toBeVisible();
  await transition(page, '送出審核', '審核中');
  await transition(page, '核准，待簽署', '待簽署');

  // The signed copy, with a Chinese file name; then it takes effect.
  // The files section's input (the EWP section below has its own, for a partner's XML copy).
  await page
    .locator('input[type="file"]:not([accept*="xml"])')
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: tinyPdf() });
  await page.getByRole('button', { name: '上傳', exact: true }).click();
  const files = page.getByRole('region', { name: '檔案', exact: true });
  await expect(files.getByRole('link', { name: fileName })).toBeVisible();
  await expect(files.getByText('簽署版', { exact: true })).toBeVisible();
  await transition(page, '已簽署，生效', '生效中');
  await expect(page.getByRole('button', { name: '終止協議' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    files.getByRole('link', { name: fileName }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(fileName);
  expect(
    fs
      .readFileSync(await download.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-');

  const history = page.getByRole('region', { name: '異動紀錄' });
  await expect(history.getByText('狀態變更').first()).toBeVisible();
  // A lifecycle step shows its status before → after.
  await expect(history.getByRole('cell', { name: '待簽署' }).first()).toBeVisible();
  await expectAccessible(page);

  // Places: one outbound place, one nomination, then a second is refused.
  await page.getByRole('button', { name: '新增名額' }).click();
  const placeDialog = page.getByRole('dialog', { name: '新增名額' });
  // The academic year as staff say it: 學年度 (ROC), with the calendar years beside it.
  await expect(placeDialog.getByRole('combobox', { name: '學年度' })).toHaveValue(/^\d{3}學年度（\d{4}–\d{2}）$/);
  await placeDialog.getByRole('textbox', { name: '名額' }).fill('1');
  await placeDialog.getByRole('button', { name: '儲存' }).click();
  await expect(placeDialog).toBeHidden();
  const places = page.getByRole('region', { name: '交換名額' });
  await places.getByRole('button', { name: /^登錄提名/ }).click();
  const usage = page.getByRole('dialog', { name: '登錄提名' });
  await usage.getByRole('button', { name: '登錄提名' }).click();
  await expect(usage).toBeHidden();
  await places.getByRole('button', { name: /^登錄提名/ }).click();
  await usage.getByRole('button', { name: '登錄提名' }).click();
  await expect(usage.getByText('名額不足：已使用 1 名，共 1 名。')).toBeVisible();
  await usage.getByRole('button', { name: '取消' }).click();
  // The place's history entry is in the reader's words, not codes (ADR 0030).
  await expect(history.getByText(/學年度 出國（本校學生） .*：1 名，已使用 1 名/).first()).toBeVisible();

  // The same page in English, then back in Chinese.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titleEn })).toBeVisible();
  await expect(page.getByText('Active', { exact: true }).first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Files', exact: true }).getByRole('link', { name: fileName }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terminate' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'History' })
      .getByText(/Outbound \(our students\) .*: 1 places, 1 used/)
      .first(),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Exchange places' }).getByText('Academic year', { exact: false }).first(),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: titleZh })).toBeVisible();

  // In the list (search by its code) and on the partner's page.
  await page.getByRole('link', { name: '回協議清單' }).click();
  await page.getByRole('searchbox', { name: '搜尋' }).fill(`E2E-${stamp}`);
  await expect(page.getByRole('link', { name: titleZh })).toBeVisible();
  await expect(page.getByRole('link', { name: '匯出 Excel' })).toHaveAttribute('href', new RegExp(`q=E2E-${stamp}`));
  await page.getByRole('region', { name: '合作協議清單' }).getByRole('link', { name: '京都工藝纖維大學' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '京都工藝纖維大學' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: '合作協議', exact: true }).getByRole('link', { name: titleZh }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: '學校簡介（Factsheet）' })).toBeVisible();
  // The nomination shows in the partner's exchange history, linked to the agreement.
  const exchanges = page.getByRole('region', { name: '交流紀錄' });
  await expect(exchanges.locator(`a[href="${agreementPath}"]`).first()).toBeVisible();
  await expectAccessible(page);

  // On the world map, Japan's row counts the new agreement in force.
  await navbar(page).getByRole('link', { name: '合作版圖' }).click();
  const japan = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '日本' }) });
  await expect(japan.getByRole('cell').nth(3)).toHaveText(String(inForceBefore + 1));
  await expect(page.getByRole('img', { name: '合作學校世界地圖' }).locator('path[data-country="JP"]')).toBeVisible();
});

test('on a phone the agreements list shows cards and fits the screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/agreements');
  await expect(page.getByRole('heading', { level: 1, name: '合作協議' })).toBeVisible();
  const cards = page.getByRole('list', { name: '合作協議清單' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '篩選條件' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await cards.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
