import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('OIA staff review an assistant’s hours and assign a task (zh-TW, 1280 px)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/assistants');
  await expect(page.getByRole('heading', { level: 1, name: '國際化行政支援學生' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /支援學生（\d+ 人）/ })).toBeVisible();
  await expect(page.getByText(/錄取 25／25 名/)).toBeVisible();
  await expectAccessible(page);
  // In English too (the language is restored before going on).
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Internationalization support students' })).toBeVisible();
  await expect(page.getByText(/25 of 25 places filled/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '國際化行政支援學生' })).toBeVisible();
  await page.getByRole('link', { name: '蔡小助' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '蔡小助' })).toBeVisible();
  const approve = page.getByRole('button', { name: '核定' }).first();
  await approve.click();
  await expect(page.getByText(/待審 0 小時/)).toBeVisible();
  await page.getByLabel('任務名稱（中文）').fill('翻譯姊妹校簡介');
  await page.getByLabel('完成期限').fill('2099-01-31');
  await page.getByRole('button', { name: '指派任務' }).click();
  await expect(page.getByText('翻譯姊妹校簡介')).toBeVisible();
  await expect(page.getByRole('link', { name: '下載月時數表（xlsx）' })).toHaveAttribute('href', /hours\.xlsx\?month=/);
  await expectAccessible(page);
});

test('an assistant logs hours on a phone and sees only their own work (zh-TW, 390 px)', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'assistant@demo.meridian.tw');
  await page.goto('/assistants/mine');
  await expect(page.getByRole('heading', { level: 1, name: '我的支援工作' })).toBeVisible();
  await page.getByLabel('工作內容').fill('協助境外生辦理居留證');
  await page.getByRole('button', { name: '送出' }).click();
  await expect(page.getByText('協助境外生辦理居留證')).toBeVisible();
  await expect(page.getByText('待審核').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  // Another assistant's record is not theirs to read.
  const own = (await (await page.request.get('/api/v1/assistants/mine')).json()).items[0].id as number;
  expect((await page.request.get(`/api/v1/assistants/${own + 1}`)).status()).toBe(403);
  await context.close();
});

test('a student who is not an assistant reads the page in English on a phone (en, 390 px)', async ({ browser }) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'student@demo.meridian.tw');
  await page.goto('/assistants/mine');
  await expect(page.getByRole('heading', { level: 1, name: 'My assistant work' })).toBeVisible();
  await expect(page.getByText(/You are not an assistant this term/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});
