import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

/** The autumn semester of this academic year, from the records as they are (the demo's dates follow today). */
function semester() {
  const now = new Date();
  const year = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return { from: `${year}-08-01`, to: `${year + 1}-01-31`, reference: `${year}-10-15` };
}

async function openTables(page: Page) {
  await page.goto('/reports/ministry');
  await expect(page.getByRole('heading', { level: 1, name: '教育部報表' })).toBeVisible();
  const s = semester();
  await page.getByText('自訂日期').click();
  await page.getByLabel('起始日', { exact: true }).fill(s.from);
  // An end before the start is marked on the field at once (and nothing is asked of the server).
  await page.getByLabel('結束日', { exact: true }).fill('2000-01-31');
  await expect(page.getByText('結束日不可早於起始日。')).toBeVisible();
  await page.getByLabel('結束日', { exact: true }).fill(s.to);
  await expect(page.getByText('結束日不可早於起始日。')).toBeHidden();
  await page.getByLabel('基準日', { exact: true }).fill(s.reference);
}

test('the vice president reads the Ministry tables and opens the records behind a figure', async ({ page }) => {
  test.setTimeout(120_000); // four layouts, three tabs and both languages, each checked with axe
  await login(page, 'vp@demo.meridian.tw');
  await openTables(page);
  await expect(page.getByRole('columnheader', { name: '外國學生(雙聯學制)' })).toBeVisible();
  await expect(page.getByText('本表採用的計數設定與依據')).toBeVisible();
  await expectAccessible(page);

  // the whole university's total of table 4-2-3 opens the students it counts
  const total = page.getByRole('button', { name: /^合計，總計/ });
  await total.click();
  const dialog = page.getByRole('dialog', { name: /計入紀錄/ });
  await expect(dialog).toBeVisible();
  await expect(
    dialog.getByRole('columnheader', { name: '名稱' }).or(dialog.getByText('這個數字沒有計入任何紀錄。')),
  ).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '關閉' }).click();

  // the udb layout of degree students from abroad: per 學制班別, by 國家(地區)別, 男 / 女 of each identity
  await page.getByText('大專校院校務資料庫 境外學位生（國家(地區)別）').click();
  await expect(page.getByRole('columnheader', { name: '國家(地區)別' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '境外學位生總人數' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '大陸地區來臺學位生' })).toBeVisible();

  await page.getByRole('tab', { name: '本國學生出國進修交流' }).click();
  // 學5 shows 學年度 and 學期 on each row, as the xlsx does
  await expect(page.getByRole('columnheader', { name: '學年度', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '學期', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '學制班別(日間)' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '至少1學期(修讀學分)以上' })).toBeVisible();
  await expect(page.getByRole('link', { name: '下載 xlsx' })).toHaveAttribute('href', /export\.xlsx\?from=/);
  // in English too (the language is restored before going on)
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('columnheader', { name: 'Academic year' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Semester', exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'International students (reference date)' }).click();
  await page.getByText('University database, degree students by region').click();
  await expect(page.getByRole('columnheader', { name: 'Degree students from abroad' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '教育部報表' })).toBeVisible();
});

test('on a phone the tables scroll inside their region and the page fits the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await openTables(page);
  await expect(page.getByRole('region', { name: '境外學生（基準日）' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});

test('an administrator changes a counting setting with its source; others only read', async ({ page, browser }) => {
  await login(page, 'admin@demo.meridian.tw');
  await page.goto('/reports/settings');
  await expect(page.getByRole('heading', { level: 1, name: '計數規則設定' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '修改：「一學期」的天數門檻' }).click();
  const dialog = page.getByRole('dialog', { name: '「一學期」的天數門檻' });
  await dialog.getByRole('textbox', { name: '「一學期」的天數門檻' }).fill('0');
  await dialog.getByRole('button', { name: '儲存' }).click();
  await expect(dialog.getByText('天數須為 1 至 366 的整數。')).toBeVisible();
  await dialog.getByRole('textbox', { name: '「一學期」的天數門檻' }).fill('120');
  await dialog.getByRole('button', { name: '儲存' }).click();
  await expect(page.getByText('120 天')).toBeVisible();
  // put it back for the other tests
  await page.getByRole('button', { name: '修改：「一學期」的天數門檻' }).click();
  await dialog.getByRole('textbox', { name: '「一學期」的天數門檻' }).fill('90');
  await dialog.getByRole('button', { name: '儲存' }).click();
  await expect(page.getByText('90 天')).toBeVisible();

  const context = await browser.newContext();
  const vp = await context.newPage();
  await login(vp, 'vp@demo.meridian.tw');
  await vp.goto('/reports/settings');
  await expect(vp.getByText('僅系統管理員可修改設定。')).toBeVisible();
  await expect(vp.getByRole('button', { name: /^修改：/ })).toHaveCount(0);
  await context.close();
});
