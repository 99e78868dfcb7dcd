import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, navbar } from './helpers';

// A step that cannot happen fails within seconds with its locator (instead of at the end of the test's time).
test.use({ actionTimeout: 15_000 });

const stamp = Date.now().toString(36);
const titleEn = `E2E Exchange Call ${stamp}`;
const titleZh = `端對端交換甄選${stamp}`;

/** A one-page PDF with a correct cross-reference table (tiny, but a real PDF). */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

type Offerable = {
  placeId: number;
  partnerId: number;
  partnerNameEn: string;
  partnerNameZh: string | null;
  remaining: number;
};

/** JSON requests as the signed-in user of `page` (the session cookie plus its CSRF token). */
async function apiAs(page: Page) {
  const me = await (await page.request.get('/api/v1/auth/me')).json();
  const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken as string };
  const send = async (method: 'post' | 'put', url: string, data: unknown) => {
    const res = await page.request[method](url, { headers, data });
    expect(res.ok(), `${url}: ${await res.text()}`).toBe(true);
    return res.json();
  };
  return {
    me,
    post: (url: string, data: unknown) => send('post', url, data),
    put: (url: string, data: unknown) => send('put', url, data),
  };
}

/** The academic year that starts in August, as the agreements' places count it. */
function academicYear(now = new Date()): number {
  return now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
}

/**
 * Sets up an open call through the API (staff): one outbound place with room, one required document, two criteria,
 * no eligibility limits, open since an hour ago until next week. Returns the call and the partner on offer.
 */
async function openCall(page: Page) {
  const api = await apiAs(page);
  let place: Offerable | undefined;
  let year = academicYear() + 1;
  for (const y of [year, year - 1]) {
    const res = await page.request.get(`/api/v1/calls/offerable-places?academicYear=${y}`);
    expect(res.ok()).toBe(true);
    place = ((await res.json()).items as Offerable[]).find((p) => p.remaining > 0 && p.partnerNameZh);
    if (place) {
      year = y;
      break;
    }
  }
  if (!place) throw new Error('no offerable outbound place in the demo data');
  const call = await api.post('/api/v1/calls', {
    titleEn,
    titleZh,
    descriptionEn: 'One semester at a partner university.',
    descriptionZh: '至姊妹校交換一學期。',
    academicYear: year,
    term: 'spring',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    maxPreferences: 2,
    eligibility: { levels: [], minGpa: null, languageCertRequired: false },
    documents: [{ code: 'transcript', labelZh: '成績單', labelEn: 'Transcript', required: true }],
    criteria: [
      { code: 'academic', labelZh: '學業成績', labelEn: 'Academic record', weight: 60, max: 100 },
      { code: 'interview', labelZh: '面試', labelEn: 'Interview', weight: 40, max: 100 },
    ],
    offers: [{ placeId: place.placeId, partnerId: place.partnerId, places: 1 }],
  });
  await api.post(`/api/v1/calls/${call.id}/transitions`, { action: 'open', version: call.version });
  return { callId: call.id as number, partnerEn: place.partnerNameEn, partnerZh: place.partnerNameZh as string };
}

/** Confirms a step of the call page through its dialog and waits for the status badge it leads to. */
async function step(page: Page, action: string, status: string) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(status, { exact: true }).first()).toBeVisible();
}

test('a student applies with a document, a reviewer scores, staff allocate and publish, the student sees the result in both languages', async ({
  browser,
  page,
}) => {
  test.slow(); // three people, one long story, several axe scans

  // Staff set up the call (API), then look at it in the list.
  await login(page, 'oia.ic@demo.meridian.tw');
  const { callId, partnerEn, partnerZh } = await openCall(page);
  await navbar(page).getByRole('link', { name: '甄選公告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '甄選公告' })).toBeVisible();
  await expect(page.getByRole('link', { name: titleZh })).toBeVisible();
  await expectAccessible(page);

  // The call form: without a title and dates it says so on the fields.
  await page.getByRole('link', { name: '新增甄選公告' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '新增甄選公告' })).toBeVisible();
  await page.getByRole('button', { name: '新增評分項目' }).click();
  await expect(page.getByRole('group', { name: '評分項目 1' })).toBeVisible();
  await page.getByRole('button', { name: '儲存草稿' }).click();
  await expect(page.getByText('輸入資料有誤，請修正標示的欄位。')).toBeVisible();
  await expect(page.getByLabel('英文名稱').first()).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  // The student, on a phone.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const student = await phone.newPage();
  await login(student, 'student@demo.meridian.tw');
  // The demo student may have saved English; the story starts in Chinese and puts the saved language back.
  const savedLocale = (await (await student.request.get('/api/v1/auth/me')).json()).locale as string;
  if (savedLocale !== 'zh-TW') await student.getByRole('button', { name: '繁體中文' }).click();
  await expect(student.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  try {
    // Their own records only: a title that says so and no staff filter bar.
    await student.goto('/mobility');
    await expect(student.getByRole('heading', { level: 1, name: '我的出國與交流紀錄' })).toBeVisible();
    await expect(student.getByRole('search')).toHaveCount(0);
    await student.goto('/calls');
    await expect(student.getByRole('heading', { level: 1, name: '甄選公告' })).toBeVisible();
    const card = student.getByRole('listitem').filter({ hasText: titleZh });
    await expect(card.getByText(/剩 \d+ 天/)).toBeVisible();
    await expectAccessible(student);
    await card.getByRole('link', { name: titleZh }).click();
    await expect(student.getByRole('heading', { level: 1, name: titleZh })).toBeVisible();
    await expect(student.getByRole('region', { name: '提供名額' }).getByText(partnerZh)).toBeVisible();
    await expectAccessible(student);
    await student.getByRole('button', { name: '申請', exact: true }).click();
    await expect(student.getByRole('heading', { level: 1, name: `申請：${titleZh}` })).toBeVisible();

    // Preferences, details, a wrong file first (the server's message), then the PDF; submit.
    await student.getByRole('combobox', { name: '加入志願' }).click();
    await student.getByRole('option', { name: new RegExp(partnerZh) }).click();
    await expect(student.getByText(`第 1 志願：${partnerZh}`, { exact: false })).toBeVisible();
    await student.getByRole('textbox', { name: 'GPA' }).fill('3.8');
    await student.getByRole('textbox', { name: '申請動機' }).fill('想學習半導體製程。');
    const transcript = student.getByRole('region', { name: '成績單' });
    await transcript
      .locator('input[type="file"]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a pdf') });
    await transcript.getByRole('button', { name: '上傳 成績單' }).click();
    await expect(transcript.getByText(/只接受這些檔案類型/)).toBeVisible();
    await transcript
      .locator('input[type="file"]')
      .setInputFiles({ name: '成績單.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await transcript.getByRole('button', { name: '上傳 成績單' }).click();
    await expect(transcript.getByRole('link', { name: '成績單.pdf' })).toBeVisible();
    await student.getByRole('button', { name: '儲存草稿' }).click();
    // On a phone the notice sits over the buttons: close it.
    const saved = student.getByRole('alert').filter({ hasText: '已儲存申請草稿。' });
    await saved.getByRole('button', { name: '關閉' }).click();
    await expect(saved).toBeHidden();
    await expectAccessible(student);
    await student.getByRole('button', { name: '送出申請' }).click();
    await expect(student).toHaveURL(/\/applications\/\d+$/);
    await expect(student.getByText('已送出', { exact: true }).first()).toBeVisible();
    await expect(student.getByRole('region', { name: '進度' })).toBeVisible();
    await expectAccessible(student);

    // The reviewer opens the application from the call's ranked list, opens the document, scores.
    await page.goto(`/calls/${callId}`);
    const applications = page.getByRole('region', { name: '申請案清單（依排名）' });
    await expect(applications.getByText('已送出', { exact: true })).toBeVisible();
    await expect(applications.getByText(partnerZh)).toBeVisible();
    await expectAccessible(page);
    await applications.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: '評分' })).toBeVisible();
    await expect(page.getByRole('link', { name: '成績單.pdf' })).toHaveAttribute('href', /\/documents\/\d+/);
    await page.getByRole('textbox', { name: '學業成績 分數' }).fill('90');
    await page.getByRole('textbox', { name: '學業成績 評語' }).fill('成績優異');
    await page.getByRole('textbox', { name: '面試 分數' }).fill('80');
    await page.getByRole('button', { name: '儲存評分' }).click();
    await expect(page.getByText('已儲存評分。')).toBeVisible();
    await expectAccessible(page);

    // Staff close the call, allocate in rank order and publish.
    await page.goto(`/calls/${callId}`);
    await step(page, '截止申請', '已截止');
    await step(page, '依排名分發', '已分發');
    await expect(applications.getByText('錄取', { exact: true })).toBeVisible();
    await expect(applications.getByRole('cell', { name: partnerZh }).last()).toBeVisible();
    await step(page, '公布結果', '已公告');
    await page.getByRole('tab', { name: '提名' }).click();
    await expect(page.getByRole('link', { name: `下載 ${partnerZh} 的提名名單（Excel）` })).toHaveAttribute(
      'href',
      new RegExp(`/calls/${callId}/nominations.xlsx\\?partnerId=`),
    );
    await expectAccessible(page);

    // The student sees the result, in Chinese, in English, and in Chinese again.
    await student.goto('/applications');
    await expect(student.getByRole('heading', { level: 1, name: '我的申請' })).toBeVisible();
    await student.getByRole('link', { name: titleZh }).click();
    await expect(student.getByText(`錄取：${partnerZh}`)).toBeVisible();
    await expectAccessible(student);
    await student.getByRole('button', { name: 'English' }).click();
    await expect(student.getByText(`Selected: ${partnerEn}`)).toBeVisible();
    await expect(student.getByRole('heading', { level: 1, name: titleEn })).toBeVisible();
    await expectAccessible(student);
    await student.getByRole('button', { name: '繁體中文' }).click();
    await expect(student.getByText(`錄取：${partnerZh}`)).toBeVisible();
  } finally {
    // Other specs share the demo student's saved language.
    // (A failure here must not hide the story's own failure.)
    await apiAs(student)
      .then((api) => api.put('/api/v1/auth/preferences', { locale: savedLocale }))
      .catch(() => undefined);
  }
  await phone.close();
});
