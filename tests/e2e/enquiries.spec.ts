import { expect, test } from '@playwright/test';
import { expectAccessible, login, useLanguage } from './helpers';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('on a phone, someone asks a question in English without signing in and reads the FAQ', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, locale: 'en' });
  const page = await context.newPage();
  await page.goto('/ask');
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ask us' })).toBeVisible();
  await page.getByLabel('Category').selectOption({ label: 'Visas and residence' });
  await page.getByLabel('Name').fill('Ana Lima');
  await page.getByLabel('E-mail').fill('ana.lima@example.org');
  await page.getByLabel('Subject').fill('Part-time work');
  await page.getByLabel('Your question').fill('May I work part-time while I study?');
  await page.getByRole('button', { name: 'Send the question' }).click();
  await expect(page.getByRole('status')).toContainText(/reference Q\d{6}-\d{4}/);
  // the FAQ: the entry without an English version says so
  await expect(page.getByRole('heading', { name: 'Frequently asked questions' })).toBeVisible();
  await expect(page.getByText('(no English version yet)')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});

test('the division (reading Meridian in English) answers a question asked in Chinese and promotes it to the FAQ', async ({
  page,
}) => {
  // A question in Chinese, through the public API the form uses.
  const asked = await page.request.post('/api/public/enquiries', {
    data: {
      categoryCode: 'visa_residence',
      name: '王大同',
      email: 'wang.datong@example.org',
      subject: '居留證遺失怎麼辦',
      body: '我的居留證遺失了，請問要如何補發？',
      locale: 'zh-TW',
    },
  });
  expect(asked.status()).toBe(201);
  const { reference } = await asked.json();

  await login(page, 'oia.iss@demo.meridian.tw'); // International Students & Scholars, in English
  await useLanguage(page, 'en');
  await page.goto('/enquiries');
  await expect(page.getByRole('heading', { level: 1, name: 'Enquiry desk' })).toBeVisible();
  await expect(page.getByText('Enquiries', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: '居留證遺失怎麼辦' }).click();
  await expect(page.getByText(reference)).toBeVisible();
  await page.getByLabel('Assignee').selectOption({ index: 1 });
  await expect(page.getByText('In progress')).toBeVisible();
  // the saved reply fills in the enquirer's language
  await page.getByLabel('Start from a saved reply').selectOption({ label: 'Thank you for writing' });
  await expect(page.getByLabel('Reply (mailed to the enquirer)')).toHaveValue(/感謝您的來信/);
  await page.getByRole('button', { name: 'Send the reply', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Promote to the FAQ' })).toBeVisible();
  await expect(page.getByText('Missing translation: English')).toBeVisible();
  await page.getByRole('button', { name: 'Promote to the FAQ' }).click();
  await expect(page.getByText('FAQ entry created.')).toBeVisible();
  await expectAccessible(page);
});

test('on a phone, the International Cooperation Division sees its own enquiries only, and the desk settings', async ({
  browser,
}) => {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/enquiries');
  await expect(page.getByRole('heading', { level: 1, name: '諮詢服務台' })).toBeVisible();
  await expect(page.getByText('交換學生的學分抵免')).toBeVisible(); // exchange → International Cooperation
  await expect(page.getByText('Extending my residence permit (ARC)')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '類別分派與回覆期限' })).toBeVisible();
  await expect(
    page
      .getByRole('textbox', { name: '負責組別：簽證與居留' })
      .or(page.getByRole('combobox', { name: '負責組別：簽證與居留' }))
      .first(),
  ).toHaveValue(/境外生及學人事務組/);
  await expect(page.getByText('尚缺翻譯：English').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});
