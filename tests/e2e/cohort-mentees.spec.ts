import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, navbar, useLanguage } from './helpers';

const noSideScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test('a mentor on a phone (中文): the mentees with attendance and the counselling log', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw'); // mentors the Sonora program's 21 participants in the demo
  await page.goto('/cohorts/mentees');
  await expect(page.getByRole('heading', { level: 1, name: '我的輔導學員' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '墨西哥索諾拉州政府國際人才培育專班' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^輔導紀錄：/ })).toHaveCount(21);
  await expect(page.getByText(/^目前出席率：/).first()).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await page
    .getByRole('button', { name: /^輔導紀錄：/ })
    .nth(1)
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('機密：僅導師與計畫承辦人可閱覽，每次閱覽皆記錄於個資存取紀錄。')).toBeVisible();
  await dialog.getByLabel('晤談日期').fill('2099-01-01');
  await dialog.getByRole('textbox', { name: '紀錄' }).fill('期中晤談。');
  await dialog.getByRole('button', { name: '新增紀錄' }).click();
  await expect(dialog.getByText('日期不可晚於今天。')).toBeVisible();
  await dialog.getByLabel('晤談日期').fill('2025-03-01');
  await dialog.getByRole('button', { name: '新增紀錄' }).click();
  await expect(dialog.getByText('期中晤談。')).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);
  await context.close();
});

test('the link is for mentors only; in English at 1280 px', async ({ browser }) => {
  const otherContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const other = await otherContext.newPage();
  await login(other, 'oia.iss@demo.meridian.tw'); // mentors nobody
  await other.goto('/cohorts');
  await expect(navbar(other).getByRole('link', { name: /^(Cohort programs|專班計畫)$/ })).toBeVisible();
  await expect(navbar(other).getByRole('link', { name: /My mentees|我的輔導學員/ })).toHaveCount(0);
  await otherContext.close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/');
  await useLanguage(page, 'en');
  await navbar(page).getByRole('link', { name: 'My mentees' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My mentees' })).toBeVisible();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Sonora State Government International Talent Training Program',
    }),
  ).toBeVisible();
  await expect(page.getByText('Completed').first()).toBeVisible();
  await expectAccessible(page);
  await useLanguage(page, 'zh-TW'); // the shared demo account reads Chinese in later specs
  await context.close();
});
