import { expect, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

/** Administrators make an API token (shown once), use it, revoke it; and subscribe a webhook (issue 22). */
test('an administrator makes, uses and revokes an API token, and adds a webhook, in both languages', async ({
  page,
}) => {
  await login(page, 'admin@demo.meridian.tw');
  await useLanguage(page, 'zh-TW');
  await page.goto('/integrations');
  await expect(page.getByRole('heading', { name: '系統整合' })).toBeVisible();
  const tokens = page.getByRole('heading', { name: 'API 存取權杖' }).locator('..');
  await tokens.getByRole('textbox', { name: '名稱' }).fill('校務系統 e2e');
  await tokens.getByRole('combobox', { name: '單位' }).fill('南方子午');
  await page.getByRole('option', { name: /南方子午科技大學/ }).click();
  await tokens.getByRole('button', { name: '建立權杖' }).click();
  const shown = page.getByRole('status').filter({ hasText: '權杖已建立' });
  await expect(shown).toBeVisible();
  const token = (await shown.locator('pre, code').first().textContent())?.trim() ?? '';
  expect(token).toMatch(/^mrd_/);
  await expectAccessible(page);

  // The token reads through the API as an executive would.
  const res = await page.request.get('/api/v1/partners', { headers: { authorization: `Bearer ${token}`, cookie: '' } });
  expect(res.status()).toBe(200);

  await page.getByRole('button', { name: '撤銷 校務系統 e2e' }).click();
  await expect(page.getByText(/已撤銷（/).first()).toBeVisible();

  await useLanguage(page, 'en');
  const hooks = page.getByRole('heading', { name: 'Webhook subscriptions' }).locator('..');
  await hooks.getByRole('textbox', { name: 'Name' }).fill('BI e2e');
  await hooks.getByRole('textbox', { name: 'Receiving URL' }).fill('http://127.0.0.1:9/hook');
  await hooks.getByRole('checkbox', { name: 'Mobility record created' }).check();
  await hooks.getByRole('combobox', { name: 'Unit' }).fill('Southern');
  await page.getByRole('option', { name: /Southern Meridian/ }).click();
  await hooks.getByRole('button', { name: 'Add subscription' }).click();
  await expect(page.getByText('Signing secret created', { exact: false })).toBeVisible();
  await hooks.getByRole('button', { name: 'Show deliveries' }).first().click();
  await expect(page.getByText('No deliveries yet.').first()).toBeVisible();
  await expectAccessible(page);
  await useLanguage(page, 'zh-TW');
});

test('the integrations page fits a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'admin@demo.meridian.tw');
  await page.goto('/integrations');
  await expect(page.getByRole('heading', { name: '系統整合' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
