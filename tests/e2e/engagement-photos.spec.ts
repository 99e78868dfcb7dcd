import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

// A real 1×1 PNG, and a text file that only calls itself one (the server checks the content, not the name).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const FAKE = Buffer.from('not a picture at all');

const fitsWidth = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test('OIA staff upload a visit photo on a phone, mark it for the news and remove it, in both languages', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/visits');
  await page.getByRole('link', { name: '漢陽大學國際處長回訪' }).click();
  const photos = page.getByRole('region', { name: '照片' });
  await expect(photos).toBeVisible();
  const input = photos.locator('input[type="file"]');

  // A file that is not a picture is refused with a message on the field; nothing is kept.
  await input.setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: FAKE });
  await photos.getByRole('button', { name: '上傳' }).click();
  await expect(photos.getByText(/JPG|PNG|WebP|圖片|照片/).first()).toBeVisible();
  await expect(photos.locator('img')).toHaveCount(0);

  const name = `reception-${Date.now()}.png`;
  await input.setInputFiles({ name, mimeType: 'image/png', buffer: PNG });
  await photos.getByRole('button', { name: '上傳' }).click();
  const img = photos.getByRole('img', { name });
  await expect(img).toBeVisible();
  // The picture itself is served to the page (not only listed).
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
  await photos.getByRole('group', { name }).getByRole('button', { name: '用於新聞' }).click();
  await expect(photos.getByText('新聞用照片')).toBeVisible();
  await fitsWidth(page, 390);
  await expectAccessible(page);

  await useLanguage(page, 'en');
  const en = page.getByRole('region', { name: 'Photos' });
  await expect(en.getByText('News photo')).toBeVisible();
  await en.getByRole('group', { name }).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(en.getByRole('img', { name })).toHaveCount(0);
  await expectAccessible(page);
  await useLanguage(page, 'zh-TW');
  await context.close();
});
