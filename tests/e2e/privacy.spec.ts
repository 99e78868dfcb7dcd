import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

const taipeiToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Taipei' });

test('OIA staff publish the privacy notice; the student acknowledges it on their own page', async ({
  page,
  browser,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: '個人資料保護' })).toBeVisible();
  await page.getByLabel('生效日').fill(taipeiToday());
  await page.getByRole('textbox', { name: '蒐集目的（中文）' }).fill('國際交流業務');
  await page.getByRole('textbox', { name: '蒐集目的（英文）' }).fill('International exchange');
  await page.getByRole('textbox', { name: '告知內容（中文）' }).fill('本校為辦理國際交流蒐集您的個人資料。');
  await page.getByRole('textbox', { name: '告知內容（英文）' }).fill('The university collects your data for exchange.');
  await page.getByRole('button', { name: '發布新版本' }).click();
  await expect(page.getByText(/第 \d+ 版，.*生效 · 目前生效/)).toBeVisible();
  await expectAccessible(page);

  const context = await browser.newContext();
  const student = await context.newPage();
  await login(student, 'student@demo.meridian.tw');
  const me = await (await student.request.get('/api/v1/people/me')).json();
  await student.goto(`/people/${me.id}`);
  // The demo student reads Meridian in English (their preference): the notice is shown in their language.
  const section = student.getByRole('region', { name: 'Privacy notice and consent' });
  await expect(section.getByText('International exchange')).toBeVisible();
  await section.getByRole('button', { name: 'I have read and agree' }).click();
  await expect(section.getByText('The notice in force is acknowledged')).toBeVisible();
  await expect(section.getByRole('cell', { name: /Acknowledged online by the person/ })).toBeVisible();
  await expectAccessible(student);
  await context.close();
});

test('on a phone an administrator dry-runs retention and OIA staff produce an access report', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'admin@demo.meridian.tw');
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { name: '保存期限' })).toBeVisible();
  await page.getByRole('button', { name: '試算（不變更資料）' }).click();
  await expect(page.getByRole('heading', { name: '執行紀錄' })).toBeVisible();
  await expect(page.getByText('試算', { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  const other = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const oia = await other.newPage();
  await login(oia, 'oia.ic@demo.meridian.tw');
  await oia.goto('/privacy/reports');
  await expect(oia.getByRole('heading', { level: 1, name: '個資存取報表' })).toBeVisible();
  await oia.getByLabel('起日').fill('2020-01-01');
  await oia.getByLabel('迄日').fill(taipeiToday());
  await oia
    .getByRole('region', { name: '期間存取報表（個資事故調查）' })
    .getByRole('button', { name: '產出報表' })
    .click();
  await expect(oia.getByText(/共 \d+ 次存取/)).toBeVisible();
  expect(await oia.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(oia);
  await other.close();
  await context.close();
});
