import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, useLanguage } from './helpers';

const noSideScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test('a visitor registers for a public event on a phone, signed out, in Chinese and in English', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // The demo's public education fair (the public list is what the page reads too).
  const events = (await (await page.request.get('/api/v1/public/events')).json()) as { id: number; titleEn: string }[];
  const fair = events.find((e) => e.titleEn === 'Study Abroad and Exchange Fair 2027');
  expect(fair).toBeDefined();
  const url = `/public-events/${fair?.id}`;

  await page.goto(url);
  await useLanguage(page, 'zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '2027 海外留學與交換說明會' })).toBeVisible();
  await page.getByRole('textbox', { name: '姓名' }).fill('王小明');
  await page.getByRole('textbox', { name: '電子郵件' }).fill('xiaoming.e2e@example.tw');
  await page.getByRole('textbox', { name: '服務單位' }).fill('臺北市立高中');
  await page.getByRole('button', { name: '報名', exact: true }).click();
  await expect(page.getByText('感謝您，報名完成。')).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await page.goto(url);
  await useLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Study Abroad and Exchange Fair 2027' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Wang Xiaoming');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('xiaoming.e2e@example.tw');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  // The same address twice is refused on the field.
  await expect(page.getByText('This e-mail address is already registered.').first()).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail' }).fill('ana.e2e@example.org');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByText('Thank you: you are registered.')).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  // An unknown or non-public event: registration is not open.
  await page.goto('/public-events/999999');
  await expect(page.getByText('Registration for this event is not open', { exact: false })).toBeVisible();
  await context.close();
});
