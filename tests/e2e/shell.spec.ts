import { expect, test } from '@playwright/test';
import { expectAccessible, login, navbar } from './helpers';

test('the login page has the language switch and shows a generic error for wrong credentials', async ({ page }) => {
  await page.goto('/partners');
  await expect(page).toHaveURL(/\/login\?redirect=/);
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail').fill('oia.ic@demo.meridian.tw');
  await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password.');
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();

  // Signing in returns to the page asked for.
  await page.getByLabel('電子郵件').fill('vp@demo.meridian.tw');
  await page.getByRole('textbox', { name: '密碼' }).fill('meridian-demo');
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page).toHaveURL(/\/partners$/);
  await expect(page.getByRole('heading', { level: 1, name: '合作學校' })).toBeVisible();
});

test('a language picked on the login page wins over the saved one and is saved', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('E-mail').fill('academic@demo.meridian.tw'); // saved preference: zh-TW
  await page.getByRole('textbox', { name: 'Password' }).fill('meridian-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  expect(me.locale).toBe('en');
});

test('a college coordinator sees no Users or Audit log links', async ({ page }) => {
  await login(page, 'coord.eng@demo.meridian.tw');
  const nav = navbar(page);
  await expect(nav.getByRole('link', { name: '合作學校', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: '使用者管理' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '稽核紀錄' })).toHaveCount(0);
  await page.goto('/users');
  await expect(page).toHaveURL(/\/$/);
  await expectAccessible(page);
});

test('an administrator manages users and reads the audit log', async ({ page }) => {
  await login(page, 'admin@demo.meridian.tw');
  await navbar(page).getByRole('link', { name: '使用者管理' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '使用者管理' })).toBeVisible();
  await expect(page.getByRole('link', { name: '陳國合' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: '陳國合' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '編輯使用者：陳國合' })).toBeVisible();
  await expect(page.getByLabel('電子郵件')).toHaveValue('oia.ic@demo.meridian.tw');
  await expectAccessible(page);

  await navbar(page).getByRole('link', { name: '稽核紀錄' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '稽核紀錄' })).toBeVisible();
  await page.getByRole('combobox', { name: '動作' }).click();
  await page.getByRole('option', { name: '登入' }).click();
  await expect(page).toHaveURL(/action=login/);
  await page.getByRole('button', { name: '顯示修改前後內容' }).first().click();
  await expect(page.getByRole('button', { name: '隱藏修改前後內容' }).first()).toBeVisible();
  await expectAccessible(page);
});

test('on a phone the partner list is usable and the burger opens the navigation', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  const burger = page.getByRole('button', { name: '開啟選單' });
  await expect(burger).toBeVisible();
  await expect(navbar(page).getByRole('link', { name: '合作學校', exact: true })).not.toBeInViewport();
  await burger.click();
  await expect(navbar(page).getByRole('link', { name: '合作學校', exact: true })).toBeInViewport();
  await navbar(page).getByRole('link', { name: '合作學校', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合作學校' })).toBeVisible();
  await expect(navbar(page).getByRole('link', { name: '合作學校', exact: true })).not.toBeInViewport();
  await page.getByRole('searchbox', { name: '搜尋' }).fill('Kyoto');
  await expect(page.getByRole('link', { name: '京都工藝纖維大學' })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});
