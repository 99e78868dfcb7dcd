import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

test('student: their own home on a phone — open calls with deadlines, applications, exchanges — both languages', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'student@demo.meridian.tw');
  await page.goto('/');
  // The demo student reads English: check it, then switch to Chinese.
  await expect(page.getByRole('heading', { level: 1, name: 'My exchange' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Calls open for applications' })).toBeVisible();
  // Statuses read as words, not keys.
  await expect(page.getByText(/Statuses\.|^returned$/)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的交換' })).toBeVisible();
  const calls = page.getByRole('region', { name: '可申請的甄選' });
  await expect(calls).toBeVisible();
  await expect(page.getByRole('region', { name: '我的申請' })).toBeVisible();
  await expect(page.getByRole('region', { name: '我的交換紀錄' })).toBeVisible();
  // Every open call shows its deadline and links to the call; the staff dashboard is not shown.
  await expect(
    calls
      .getByText(/^截止時間：/)
      .first()
      .or(calls.getByText('目前沒有受理中的甄選。')),
  ).toBeVisible();
  await expect(page.getByText('夥伴學校', { exact: true })).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await expectAccessible(page);

  // The notifications page tells a student what a student gets, in both languages.
  await page.getByRole('link', { name: /^通知/ }).first().click();
  await expect(page.getByText(/您的申請、甄選結果/)).toBeVisible();
  await expect(page.getByText(/^協議到期與通知期、/)).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByText(/News about your applications/)).toBeVisible();
});
