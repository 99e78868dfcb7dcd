import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

/**
 * Issue 17 in the browser: the Ministry page opens on a period whose reference date has passed, shows the
 * pre-filing check (each line linking to its record) and files only with the list acknowledged; the
 * countries page writes the Ministry's names (香港, 澳門, 中國大陸).
 */
test('an OIA officer reads the pre-filing check, acknowledges it and files; the file for filing is offered', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/reports/ministry');
  await expect(page.getByRole('heading', { level: 1, name: '教育部報表' })).toBeVisible();
  const check = page.getByRole('button', { name: /填報前檢核/ });
  await expect(check).toBeVisible();
  await expect(page.getByText('推估', { exact: true })).toHaveCount(0); // never opens on a future reference date
  if ((await check.getAttribute('aria-expanded')) !== 'true') await check.click();
  const file = page.getByRole('button', { name: '確認填報' });
  const acknowledge = page.getByRole('checkbox', { name: /我已閱讀上列檢核清單/ });
  if (await acknowledge.count()) {
    await expect(file).toBeDisabled();
    await acknowledge.check();
  }
  await file.click();
  await expect(page.getByRole('link', { name: '下載填報檔（xlsx）' })).toHaveAttribute('href', /filingId=\d+/);
  await expectAccessible(page);
});

test('the countries page shows the Ministry’s names of Hong Kong, Macau and the mainland', async ({ page }) => {
  await login(page, 'admin@demo.meridian.tw');
  await page.goto('/reports/countries');
  await expect(page.getByRole('heading', { level: 1, name: '國家（地區）別名稱與代碼' })).toBeVisible();
  await page.getByLabel('搜尋').fill('HK');
  await expect(page.getByRole('cell', { name: '香港', exact: true })).toBeVisible();
  await page.getByLabel('搜尋').fill('CN');
  await expect(page.getByRole('cell', { name: '中國大陸', exact: true })).toBeVisible();
  await expect(page.getByText('中國香港特別行政區')).toHaveCount(0);
  await expectAccessible(page);
});
