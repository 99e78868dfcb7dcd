import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

/**
 * The public portal (issue 20) on a phone, without signing in: both languages, the partner search with its
 * map and filters, a partner's factsheet with testimonials, the news, calls and how-to-apply pages; axe on each.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a student finds a partner on a phone in Chinese, then reads its factsheet in English', async ({ page }) => {
  await page.goto('/portal/zh-TW');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '出國交換與國際交流' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '合作學校查詢' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合作學校查詢' })).toBeVisible();
  const total = Number((await page.getByRole('heading', { name: /^共 \d+ 所學校$/ }).textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(0);
  await expect(page.locator('.map svg path').first()).toBeAttached();
  await expectAccessible(page);

  await page.getByLabel('學制').selectOption('doctoral');
  await page.getByRole('button', { name: '查詢' }).click();
  await expect(page).toHaveURL(/level=doctoral/);
  const filtered = Number(
    (await page.getByRole('heading', { name: /^共 \d+ 所學校$/ }).textContent())?.match(/\d+/)?.[0],
  );
  expect(filtered).toBeLessThanOrEqual(total);

  await page.goto('/portal/zh-TW/partners');
  await page.locator('.cards h3 a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '學校資訊' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '交換學生心得' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Factsheet' })).toBeVisible();
  await expect(page.getByText('Term dates')).toBeVisible();
  await expectAccessible(page);
});

test('news with a photo, open calls and how to apply, in English on a phone', async ({ page }) => {
  await page.goto('/portal/en/news');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  await page.getByRole('link', { name: 'Information session on exchange in 2027–28' }).click();
  const photo = page.getByRole('img', { name: 'The information session' });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expectAccessible(page);

  await page.goto('/portal/en/calls');
  await expect(page.getByRole('heading', { level: 1, name: 'Open calls' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/portal/en/how-to-apply');
  await expect(page.getByRole('heading', { level: 1, name: 'How to apply' })).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(5 + 7); // five steps and the seven menu entries
  await expectAccessible(page);
  // No page of the portal asks the browser to run a script.
  expect(await page.locator('script').count()).toBe(0);
});
