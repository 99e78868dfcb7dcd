import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, login, navbar } from './helpers';

const stamp = Date.now().toString(36);
const nameEn = `Meridian E2E University ${stamp}`;
const nameZh = `子午線測試大學${stamp}`;

test('OIA staff: language switch, search, create with a field error, list, export and history', async ({ page }) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(navbar(page).getByRole('link', { name: '合作學校', exact: true })).toBeVisible();
  await expectAccessible(page);

  // Language switch: English, then back to Chinese (the choice is also saved to the account).
  await page.getByRole('button', { name: 'English' }).click();
  await expect(navbar(page).getByRole('link', { name: 'Partners', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/Overview/);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(navbar(page).getByRole('link', { name: '合作學校', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');

  // Search in either language; the query is kept in the URL.
  await navbar(page).getByRole('link', { name: '合作學校', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合作學校' })).toBeVisible();
  await expectAccessible(page);
  const search = page.getByRole('searchbox', { name: '搜尋' });
  await search.fill('Kyoto');
  await expect(page).toHaveURL(/q=Kyoto/);
  await expect(page.getByRole('link', { name: '京都工藝纖維大學' })).toBeVisible();
  await expect(page.getByText('Kyoto Institute of Technology')).toBeVisible();
  await search.fill('京都');
  await expect(page.getByRole('link', { name: '京都工藝纖維大學' })).toBeVisible();
  await search.fill('zzzz-no-such-partner');
  await expect(page.getByText('沒有符合條件的合作學校。')).toBeVisible();

  // Create: a wrong website first; the server's message appears under the field, in Chinese.
  await page.getByRole('link', { name: '新增合作學校' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新增合作學校' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('英文名稱').fill(nameEn);
  await page.getByLabel('中文名稱').fill(nameZh);
  await page.getByRole('combobox', { name: '國家／地區' }).fill('日本');
  await page.getByRole('option', { name: '日本' }).click();
  await page.getByLabel('城市', { exact: true }).fill('Kyoto');
  await page.getByLabel('網站').fill('not a url');
  await page.getByRole('button', { name: '新增聯絡人' }).click();
  await page.getByLabel('姓名').fill('Aiko Tanaka');
  await page.getByLabel('電子郵件').fill('aiko@example.jp');
  await page.getByRole('button', { name: '儲存' }).click();
  const websiteError = page.getByText('請輸入以 http:// 或 https:// 開頭的網址。');
  await expect(websiteError).toBeVisible();
  await expect(page.getByLabel('網站')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('網站').fill('https://e2e.example.edu');
  await expect(websiteError).toBeHidden();
  await page.getByRole('button', { name: '儲存' }).click();

  // The new partner's page, with its history.
  await expect(page.getByRole('heading', { level: 1, name: nameZh })).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/\d+$/);
  const history = page.getByRole('region', { name: '異動紀錄' });
  await expect(history.getByText('新增', { exact: true })).toBeVisible();
  // Who did it, by name (the demo's International Cooperation officer), not by e-mail address.
  await expect(history.getByText('陳國合')).toBeVisible();
  await expect(page.getByRole('link', { name: 'aiko@example.jp' })).toBeVisible();
  await expectAccessible(page);

  // In the list, then exported with the same filter.
  await page.getByRole('link', { name: '回合作學校清單' }).click();
  await page.getByRole('searchbox', { name: '搜尋' }).fill(stamp);
  await expect(page.getByRole('link', { name: nameZh })).toBeVisible();
  await expect(page.getByText(nameEn)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '匯出 Excel' }).click(),
  ]);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(String(cell.value ?? ''));
      }),
    ),
  );
  expect(cells).toContain(nameZh);
  expect(cells).toContain(nameEn);

  // Printed, the list is the list: no navigation, filters, buttons or paging, and no column cut off.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation').first()).toBeHidden();
  await expect(page.getByRole('searchbox', { name: '搜尋' })).toBeHidden();
  await expect(page.getByRole('link', { name: '匯出 Excel' })).toBeHidden();
  await expect(page.getByRole('link', { name: nameZh })).toBeVisible();
  const overflow = await page.evaluate(() => {
    const table = document.querySelector('main table') as HTMLElement | null;
    return table ? table.getBoundingClientRect().right - document.documentElement.clientWidth : null;
  });
  expect(overflow).not.toBeNull();
  expect(overflow as number).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'screen' });

  // The detail page in English shows the English labels and the history entry as "Created".
  await page.getByRole('link', { name: nameZh }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nameEn })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' }).getByText('Created', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: nameZh })).toBeVisible();
});

test('editing a partner someone else changed meanwhile keeps what was typed and merges field by field', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/partners?q=Kyoto%20Institute');
  await page.getByRole('link', { name: '京都工藝纖維大學' }).click();
  await page.getByRole('link', { name: '編輯' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /編輯/ })).toBeVisible();
  const id = page.url().match(/partners\/(\d+)\/edit/)?.[1];

  // Another session saves the same partner (through the API, as another tab would).
  await page.evaluate(async (partnerId) => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const partner = await (await fetch(`/api/v1/partners/${partnerId}`)).json();
    const { id: _id, region: _r, archivedAt: _a, updatedAt: _u, createdAt: _c, permissions: _p, ...rest } = partner;
    const contacts = partner.contacts.map(({ id: _cid, ...c }: { id: number }) => c);
    const saved = await fetch(`/api/v1/partners/${partnerId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({ ...rest, contacts, notes: 'Changed in another tab' }),
    });
    // Read the answer as the other tab would: an unread body stays an open request (no network idle).
    await saved.text();
  }, id);

  await page.getByLabel('城市', { exact: true }).fill('Kyoto City');
  await page.getByRole('button', { name: '儲存' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '資料已被他人更新' });
  await expect(alert).toBeVisible();
  // Each field that differs: when opened, what was typed, what is saved now; the typed change is kept by default.
  const cityRow = alert.locator('tr[data-field="city"]');
  await expect(cityRow).toContainText('Kyoto City');
  await expect(cityRow.getByRole('radio', { name: '保留我的' })).toBeChecked();
  const notesRow = alert.locator('tr[data-field="notes"]');
  await expect(notesRow).toContainText('Changed in another tab');
  await expect(notesRow.getByRole('radio', { name: '採用目前的' })).toBeChecked();
  await expectAccessible(page);
  await alert.getByRole('button', { name: '套用所選並繼續編輯' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByLabel('備註')).toHaveValue('Changed in another tab');
  await expect(page.getByLabel('城市', { exact: true })).toHaveValue('Kyoto City');
  // Saved on top of the current version: both changes are kept.
  await page.getByRole('button', { name: '儲存' }).click();
  await expect(page).toHaveURL(new RegExp(`/partners/${id}$`));
  const saved = await page.evaluate(async (partnerId) => (await fetch(`/api/v1/partners/${partnerId}`)).json(), id);
  expect(saved).toMatchObject({ city: 'Kyoto City', notes: 'Changed in another tab' });
});

test('a page link that no longer leads anywhere says so and offers the first page', async ({ page }) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  // A cursor from an old link (or another sort): trying again would fail the same way, so no 「重試」.
  await page.goto('/partners?page=2&cursor=not-a-cursor');
  const alert = page.getByRole('alert').filter({ hasText: '此分頁連結已失效，請從第一頁重新瀏覽。' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: '重試' })).toHaveCount(0);
  await alert.getByRole('button', { name: '回到第一頁' }).click();
  await expect(page).not.toHaveURL(/cursor=/);
  await expect(page.getByRole('link', { name: '京都工藝纖維大學' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page);
});
