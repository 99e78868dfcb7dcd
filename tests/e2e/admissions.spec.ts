import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, useLanguage } from './helpers';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);

/** A signed-in API client of a demo account (cookie + CSRF token), for the setup and the outbox. */
async function staff(browser: Browser, email: string) {
  const context = await browser.newContext();
  await context.request.post('/api/v1/auth/login', { data: { email, password: DEMO_PASSWORD } });
  const csrf = (await (await context.request.get('/api/v1/auth/me')).json()).csrfToken as string;
  return {
    post: async (url: string, data: object) => {
      const res = await context.request.post(url, { data, headers: { 'x-csrf-token': csrf } });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    },
    get: async (url: string) => (await context.request.get(url)).json(),
    close: () => context.close(),
  };
}

let roundName = { zh: '', en: '' };

test.beforeAll(async ({ browser }) => {
  const iss = await staff(browser, 'oia.iss@demo.meridian.tw');
  const units = (await iss.get('/api/v1/units')).items as { id: number; code: string }[];
  roundName = { zh: `116學年度秋季國際學位生 ${Date.now()}`, en: `Degree admissions fall 2027 ${Date.now()}` };
  const round = await iss.post('/api/v1/admissions/rounds', {
    kind: 'degree',
    academicYear: 2027,
    semester: 1,
    nameZh: roundName.zh,
    nameEn: roundName.en,
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    decisionsBy: null,
    feeNtd: 1600,
    documents: [{ code: 'passport', labelZh: '護照影本', labelEn: 'Passport copy', required: true }],
    criteria: [{ code: 'academic', labelZh: '學業成績', labelEn: 'Academic record', weight: 100, max: 100 }],
    notesZh: null,
    notesEn: null,
  });
  await iss.post(`/api/v1/admissions/rounds/${round.id}/programs`, {
    unitId: units.find((u) => u.code === 'CSIE')?.id,
    degreeLevel: 'master',
    nameZh: '資訊工程碩士班',
    nameEn: 'Master in Computer Science',
    places: 3,
    languageFramework: 'CEFR',
    languageLevel: 'B2',
    minGpa: 3,
    requirementsZh: null,
    requirementsEn: null,
    reviewerIds: [],
  });
  await iss.close();
});

/** The code the portal mailed (read from the outbox as the administrator: no SMTP in the browser tests). */
async function mailedCode(browser: Browser, email: string) {
  const admin = await staff(browser, 'admin@demo.meridian.tw');
  const items = (await admin.get('/api/v1/mail/outbox?pageSize=50')).items as { id: number; toAddress: string }[];
  const mail = items.find((m) => m.toAddress === email);
  const body = mail ? ((await admin.get(`/api/v1/mail/outbox/${mail.id}`)).bodyText as string) : '';
  await admin.close();
  return /(\d{6})/.exec(body)?.[1] ?? '';
}

async function pick(page: Page, label: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label, exact: true });
  await box.scrollIntoViewIfNeeded();
  await box.click();
  // On a phone the dropdown can open under the frame's edge, which then takes the pointer: the option gets the click itself.
  await page.getByRole('option', { name: option, exact: true }).dispatchEvent('click');
  await expect(box).not.toHaveValue('');
}

const TEXT = {
  en: {
    title: 'International student application',
    email: 'E-mail',
    send: 'Send me a code',
    code: 'Six-digit code',
    signIn: 'Sign in',
    program: 'Program',
    start: 'Start an application',
    submit: 'Submit the application',
    missingName: 'Given name (as in passport)',
    given: 'Given name (as in passport)',
    family: 'Family name (as in passport)',
    nationality: 'Nationality',
    identity: ['Identity', 'Foreign student'],
    birth: 'Date of birth',
    gender: ['Gender', 'Female'],
    school: 'School of highest degree',
    gpa: 'GPA (out of 4.3)',
    framework: 'Language framework',
    level: 'Language level',
    save: 'Save',
    complete: 'Complete: you can submit.',
    submitted: 'Submitted',
    withdraw: 'Withdraw the application',
    withdrawn: 'Withdrawn',
  },
  'zh-TW': {
    title: '境外生入學申請',
    email: '電子郵件',
    send: '寄送驗證碼',
    code: '六位數驗證碼',
    signIn: '登入',
    program: '申請學程',
    start: '開始申請',
    submit: '送出申請',
    missingName: '名字（護照）',
    given: '名字（護照）',
    family: '姓氏（護照）',
    nationality: '國籍',
    identity: ['身分別', '外國學生'],
    birth: '出生日期',
    gender: ['性別', '女'],
    school: '最高學歷學校',
    gpa: '在校成績（GPA，滿分 4.3）',
    framework: '語言能力架構',
    level: '語言能力等級',
    save: '儲存',
    complete: '資料齊全，可以送出。',
    submitted: '已送出',
    withdraw: '撤回申請',
    withdrawn: '已撤回',
  },
} as const;

for (const language of ['en', 'zh-TW'] as const) {
  test(`an applicant on a phone (${language}): account by e-mail code, form, blocked until complete, submit`, async ({
    browser,
  }) => {
    const x = TEXT[language];
    const email = `applicant.${language.toLowerCase()}.${Date.now()}@example.org`;
    const context = await browser.newContext({ ...phone, locale: language });
    const page = await context.newPage();
    await page.goto('/admission-portal');
    await page
      .getByRole('button', { name: language === 'en' ? 'English' : '繁體中文' })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: x.title })).toBeVisible();
    await page.getByLabel(x.email).fill(email);
    await page.getByRole('button', { name: x.send }).click();
    await page.getByLabel(x.code).fill(await mailedCode(browser, email));
    await page.getByRole('button', { name: x.signIn }).click();

    const card = page
      .locator('.mantine-Card-root')
      .filter({ hasText: language === 'en' ? roundName.en : roundName.zh });
    await card.getByLabel(x.program).click();
    await page.getByRole('option').first().click();
    await card.getByRole('button', { name: x.start }).click();

    // A new draft: the checklist lists what is missing and the submit button stays off.
    const submit = page.getByRole('button', { name: x.submit });
    await expect(submit).toBeDisabled();
    await expect(page.getByRole('list').getByText(x.missingName)).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel(x.given, { exact: true }).fill('Mai');
    await page.getByLabel(x.family, { exact: true }).fill('Tanaka');
    await page.getByLabel(x.nationality, { exact: true }).fill('JP');
    await pick(page, x.identity[0], x.identity[1]);
    await page.getByLabel(x.birth, { exact: true }).fill('2001-04-02');
    await pick(page, x.gender[0], x.gender[1]);
    await page.getByLabel(x.school, { exact: true }).fill('Kyoto University');
    await page.getByLabel(x.gpa, { exact: true }).fill('3.6');
    await pick(page, x.framework, 'CEFR');
    await pick(page, x.level, 'C1');
    await page.getByRole('button', { name: x.save, exact: true }).click();
    // Still blocked: the passport copy is not uploaded yet.
    await expect(submit).toBeDisabled();
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(page.getByText(x.complete)).toBeVisible();
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: x.submitted })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);

    // The applicant changes their mind: withdrawn after a confirmation, and the form can no longer be sent.
    await page.getByRole('button', { name: x.withdraw }).click();
    await page.getByRole('dialog').getByRole('button', { name: x.withdraw }).click();
    await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: x.withdrawn })).toBeVisible();
    await expect(page.getByRole('button', { name: x.withdraw })).toHaveCount(0);
    await expect(page.getByRole('button', { name: x.submit })).toHaveCount(0);
    await expectAccessible(page);
    await context.close();
  });
}

test('OIA staff edit the round and a program on a laptop, in English', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'oia.iss@demo.meridian.tw');
  await useLanguage(page, 'en');
  await page.goto('/admissions');
  await page.getByRole('link', { name: roundName.en }).click();
  await expect(page.getByRole('heading', { level: 1, name: roundName.en })).toBeVisible();
  await page.getByRole('button', { name: 'Edit round' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Application fee (NT$)').fill('1800');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Application fee: NT$ 1,800')).toBeVisible();

  await page.getByRole('button', { name: 'Edit program: Master in Computer Science' }).click();
  await dialog.getByLabel('Places', { exact: true }).fill('4');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/Admitted \d+ \/ 4/)).toBeVisible();
  await expectAccessible(page);
  await useLanguage(page, 'zh-TW');
});
