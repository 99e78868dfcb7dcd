import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

const noSideScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test('OIA staff follow the Sonora program: figures, the funnel, a stage change and the confidential counselling log', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/cohorts');
  await expect(page.getByRole('heading', { level: 1, name: '專班計畫' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: '墨西哥索諾拉州政府國際人才培育專班', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '墨西哥索諾拉州政府國際人才培育專班' })).toBeVisible();
  await expect(page.getByText('已發證書')).toBeVisible();
  await expect(page.getByText('21 / 21')).toBeVisible();

  // The funnel filtered to the accepted: the 21 participants.
  await page.getByRole('combobox', { name: '階段' }).click();
  await page.getByRole('option', { name: '已接受' }).click();
  await expect(page.getByText('顯示 21 件，共 21 件')).toBeVisible();
  await expectAccessible(page);

  // The participants: all completed; the counselling log says it is confidential and logged.
  await page.getByRole('tab', { name: '學員' }).click();
  await expect(page.getByText('已達結業條件').first()).toBeVisible();
  await page
    .getByRole('button', { name: /^輔導紀錄：/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('機密：僅導師與計畫承辦人可閱覽，每次閱覽皆記錄於個資存取紀錄。')).toBeVisible();
  await dialog.getByLabel('晤談日期').fill('2025-01-10');
  await dialog.getByRole('textbox', { name: '紀錄' }).fill('適應良好。');
  await dialog.getByRole('button', { name: '新增紀錄' }).click();
  await expect(dialog.getByText('適應良好。')).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press('Escape');

  // The next intake: screen one application and turn one down without a reason (refused on the field).
  await page.goto('/cohorts');
  await page.getByRole('link', { name: /（第二期）$/ }).click();
  await expect(page.getByText(/^顯示 \d+ 件，共 \d+ 件$/)).toBeVisible();
  // The demo's first applicant to the next intake, still at "submitted".
  await page.getByRole('button', { name: '變更階段：José Valenzuela' }).click();
  const move = page.getByRole('dialog');
  await move.getByRole('combobox', { name: '階段' }).click();
  await page.getByRole('option', { name: '未錄取' }).click();
  await move.getByRole('button', { name: '儲存' }).click();
  await expect(move.getByText('不錄取時請填寫理由。')).toBeVisible();
  await move.getByRole('textbox', { name: '理由' }).fill('書審分數未達門檻');
  await move.getByRole('button', { name: '儲存' }).click();
  await expect(page.getByText('書審分數未達門檻')).toBeVisible();
});

test('in English on a phone: the program page, the public form (with the duplicate refused) and the certificate check', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw'); // reads Meridian in English
  await useLanguage(page, 'en');
  await page.goto('/cohorts');
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort programs' })).toBeVisible();
  await noSideScroll(page, 390);
  await page
    .getByRole('link', { name: 'Sonora State Government International Talent Training Program', exact: true })
    .click();
  await expect(page.getByText('Applications by stage')).toBeVisible();
  await page.getByRole('tab', { name: 'Participants' }).click();
  const code =
    (await page
      .getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/)
      .first()
      .textContent()) ?? '';
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await page.goto('/cohorts');
  await page.getByRole('link', { name: /\(2nd cohort\)$/ }).click();
  await page.getByRole('link', { name: 'Public application form' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /2nd cohort/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Full name' }).fill('Paula Ortega');
  await page.getByRole('textbox', { name: 'E-mail' }).fill('sonora2.1@example.mx');
  await page.getByRole('textbox', { name: 'Nationality' }).fill('MX');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(
    page.getByText('This e-mail address has already applied to this program; one application per person.'),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail' }).fill('paula.ortega@example.mx');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await expect(page.getByText('Your application has been received.', { exact: false })).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await page.goto(`/verify/${code}`);
  await expect(page.getByText('This certificate is valid')).toBeVisible();
  await expect(page.getByText(/Program: Sonora State Government/)).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);
  await context.close();
});

test('on a phone: the interview form of an application at the interview stage; a date after the start is refused (zh-TW, 390 px)', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/cohorts');
  await page.getByRole('link', { name: /（第二期）$/ }).click();
  await page.getByRole('combobox', { name: '階段' }).click();
  await page.getByRole('option', { name: '面試' }).click();
  await expect(page.getByText(/^面試 2026-06-10/).first()).toBeVisible();
  await page
    .getByRole('button', { name: /^面試：/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('面試日期')).toHaveValue('2026-06-10');
  await dialog.getByLabel('地點或視訊連結').fill('https://meet.example.org/itp');
  // Nothing is saved: the server refuses the date on its field.
  await dialog.getByLabel('面試日期').fill('2099-01-01');
  await dialog.getByRole('button', { name: '儲存' }).click();
  await expect(dialog.getByText(/^面試日期不得晚於計畫開始日（/)).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);
  await context.close();
});
