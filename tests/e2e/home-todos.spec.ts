import { expect, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Issue 23, item 14: staff open the app on what waits on them, before the dashboard, on a phone. */
test('OIA International Cooperation staff see the agreements to approve first (zh-TW, 390 px)', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await useLanguage(page, 'zh-TW');
  await page.goto('/');
  const todos = page.getByRole('region', { name: '待辦事項' });
  await expect(todos).toBeVisible();
  const approve = todos.locator('[data-todo="agreementsToApprove"]');
  await expect(approve.getByText('待核定的協議')).toBeVisible();
  await expect(approve.getByRole('link').first()).toBeVisible();
  // The to-dos come before the dashboard's figures.
  const todosTop = (await todos.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const firstChart = page.getByRole('main').getByRole('heading', { level: 2 }).nth(1);
  expect(todosTop).toBeLessThan((await firstChart.boundingBox())?.y ?? 0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await approve.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/agreements\/\d+$/);
  await context.close();
});

test('International Students staff see the checklist documents to review (en, 390 px)', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw');
  await useLanguage(page, 'en');
  await page.goto('/');
  const todos = page.getByRole('region', { name: 'Waiting for you' });
  await expect(todos).toBeVisible();
  const review = todos.locator('[data-todo="checklistToReview"]');
  await expect(review.getByText('Checklist documents to review')).toBeVisible();
  await expect(review.getByRole('link', { name: /See all \d+/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await review.getByRole('link', { name: /See all \d+/ }).click();
  await expect(page).toHaveURL(/\/checklist$/);
  await context.close();
});
