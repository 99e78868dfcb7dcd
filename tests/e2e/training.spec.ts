import { expect, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

test('a coordinator enrols in a workshop and downloads a certificate', async ({ page }) => {
  await login(page, 'coord.eng@demo.meridian.tw');
  await page.goto('/training');
  await expect(page.getByRole('heading', { level: 1, name: '教職員研習' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '我的研習紀錄' })).toBeVisible();
  const certificate = page.getByRole('link', { name: '下載研習證明' }).first();
  const href = await certificate.getAttribute('href');
  const pdf = await page.request.get(href as string);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  // the online course has one past session the coordinator attended; the workshop a future one
  await expect(page.getByText('已出席').first()).toBeVisible();
  await expectAccessible(page);
});

test('on a phone in English, OIA staff add a session and a colleague enrols in it', async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.iss@demo.meridian.tw'); // reads Meridian in English
  await useLanguage(page, 'en');
  await page.goto('/training');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff training' })).toBeVisible();
  const course = page.getByRole('article').filter({ hasText: 'International agreements in practice' });
  await course.getByLabel('Date').fill('2031-05-04');
  await course.getByLabel('Place or link').fill('Room 301');
  await course.getByRole('button', { name: 'Add' }).click();
  await expect(course.getByText(/Room 301/)).toBeVisible();
  const row = course
    .locator('div')
    .filter({ hasText: /Room 301/ })
    .last();
  await expect(row).toBeVisible();
  await course.getByRole('button', { name: 'Enrol' }).last().click();
  await expect(course.getByText('Enrolled').last()).toBeVisible();
  // The session is edited in place: another room and a number of places (the version rides along).
  await course.getByRole('button', { name: /^Edit the session of .*2031/ }).click();
  const edit = course.getByRole('group', { name: 'Edit the session' });
  await edit.getByLabel('Place or link').fill('Room 302');
  await edit.getByLabel('Places').fill('20');
  await edit.getByRole('button', { name: 'Save the session' }).click();
  await expect(course.getByText(/Room 302 · 1 enrolled \/ 20 places/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});
