import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('OIA staff see the proposed pairs and profiles of a buddy round (zh-TW, 1280 px)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/buddy');
  await expect(page.getByRole('heading', { level: 1, name: '學伴計畫' })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /學年度第1學期學伴計畫|學年度第2學期學伴計畫/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: '配對', exact: true })).toBeVisible();
  await expect(page.getByText('已通知').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '公布並通知' })).toBeVisible();
  await expectAccessible(page);

  // Staff correct a student's profile (sent with its version); the table shows it, and it is put back after.
  const edit = page.getByRole('button', { name: /^編輯 .+ 的資料$/ }).first();
  const label = (await edit.getAttribute('aria-label')) as string;
  await edit.click();
  const dialog = page.getByRole('dialog', { name: label });
  const interests = dialog.getByLabel('興趣（以逗號分隔）');
  const before = await interests.inputValue();
  await interests.fill(before ? `${before}, 登山e2e` : '登山e2e');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '儲存資料' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: /登山e2e/ })).toBeVisible();
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('dialog', { name: label }).getByLabel('興趣（以逗號分隔）').fill(before);
  await page.getByRole('dialog', { name: label }).getByRole('button', { name: '儲存資料' }).click();
  await expect(page.getByRole('cell', { name: /登山e2e/ })).toHaveCount(0);
});

test('a local buddy logs a meeting and gives feedback on a phone (en, 390 px)', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'student@demo.meridian.tw');
  await page.goto('/buddy/mine');
  await expect(page.getByRole('heading', { level: 1, name: 'My buddy' })).toBeVisible();
  const card = page
    .getByRole('region')
    .filter({ has: page.getByRole('heading', { level: 2 }) })
    .first();
  await card.getByLabel('What you did').fill('Campus tour and night market');
  await card.getByRole('button', { name: 'Log a meeting' }).click();
  await expect(card.getByText(/Campus tour and night market/)).toBeVisible();
  await card.getByRole('button', { name: 'Send feedback' }).click();
  await expect(card.getByText(/Feedback given \(5 of 5\)/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});

test('OIA staff read a buddy round on a phone in English (en, 390 px)', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw');
  await page.goto('/buddy');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Buddy program' })).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /Buddy program, \d{4}/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Pairs' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Profiles' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /學伴計畫/ })).toBeVisible();
  await context.close();
});

test('OIA staff see a round’s matching weights on a phone; a bad weight is refused on its field (en, 390 px)', async ({
  browser,
}) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/buddy');
  await page.getByRole('button', { name: 'English' }).click();
  await page
    .getByRole('main')
    .getByRole('link', { name: /Buddy program, \d{4}/ })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'Matching weights' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Common language')).toHaveValue('40');
  // An emptied box is sent as it is: the server answers on that field and nothing is saved.
  await form.getByLabel('Same college').fill('');
  await form.getByRole('button', { name: 'Save weights' }).click();
  await expect(form.getByLabel('Same college')).toHaveAttribute('aria-invalid', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /學伴計畫/ })).toBeVisible();
  await context.close();
});
