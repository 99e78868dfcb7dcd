import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, useLanguage } from './helpers';

/**
 * Recruitment forms (issue 21, item 3): follow-up templates (both languages required), editing a fair with a
 * concurrent change merged (409), editing a lead and withdrawing their consent — on a laptop and a phone, in
 * both languages. The spec makes its own trip and lead through the API (the demo's stay as they are) and
 * gives the shared OIA account back its Chinese.
 */
const OIA = 'oia.ic@demo.meridian.tw';
const noSideScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

async function staffApi(request: APIRequestContext) {
  await request.post('/api/v1/auth/login', { data: { email: OIA, password: DEMO_PASSWORD } });
  const csrf = (await (await request.get('/api/v1/auth/me')).json()).csrfToken as string;
  return { 'x-csrf-token': csrf };
}

/** A trip and one consenting lead of our own, through the API. */
async function makeTripWithLead(request: APIRequestContext, tag: string) {
  const headers = await staffApi(request);
  const trip = await request.post('/api/v1/recruitment/trips', {
    headers,
    data: {
      kind: 'fair',
      nameEn: `E2E fair ${tag}`,
      country: 'TH',
      city: 'Bangkok',
      startDate: '2026-11-20',
      endDate: '2026-11-21',
      staff: [],
    },
  });
  expect(trip.status()).toBe(201);
  const lead = await request.post('/api/v1/recruitment/leads', {
    headers,
    data: {
      tripId: (await trip.json()).id,
      channel: 'fair',
      name: `Somchai ${tag}`,
      email: `somchai.${tag}@example.th`,
      country: 'TH',
      collectedOn: '2026-11-20',
      consentVersion: 'fair-2026-v1',
      consentAt: '2026-11-20T03:00:00Z',
    },
  });
  expect(lead.status()).toBe(201);
  return { headers, trip: await trip.json(), lead: await lead.json() };
}

test('follow-up templates and a fair edited while someone else saved it, on a laptop', async ({
  page,
  playwright,
  baseURL,
}) => {
  const tag = `l${Date.now()}`;
  const staff = await playwright.request.newContext({ baseURL });
  const { headers, trip } = await makeTripWithLead(staff, tag);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, OIA);
  await useLanguage(page, 'zh-TW');

  // The demo's fairs are listed; templates are reached from the list.
  await page.goto('/recruitment/trips');
  await expect(page.getByText('2025 越南胡志明市臺灣高等教育展')).toBeVisible();
  await page.getByRole('link', { name: '後續信件範本' }).click();
  await expect(page.getByRole('heading', { name: '後續信件範本' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'After the fair' })).toBeVisible();
  // Both languages are required: an empty Chinese text is refused on its field.
  await page.getByRole('textbox', { name: '範本名稱' }).fill(`E2E ${tag}`);
  await page.getByRole('textbox', { name: '中文主旨' }).fill('歡迎申請');
  await page.getByRole('textbox', { name: '英文主旨' }).fill('Apply now');
  await page.getByRole('textbox', { name: '英文內文' }).fill('Dear {{name}}, applications are open.');
  await page.getByRole('button', { name: '新增範本' }).click();
  await expect(page.getByRole('textbox', { name: '中文內文' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('link', { name: `E2E ${tag}` })).toHaveCount(0);
  await page.getByRole('textbox', { name: '中文內文' }).fill('{{name}} 您好：申請已開放。');
  await page.getByRole('button', { name: '新增範本' }).click();
  await expect(page.getByRole('link', { name: `E2E ${tag}` })).toBeVisible();
  await expectAccessible(page);

  await useLanguage(page, 'en');
  await page.getByRole('link', { name: `E2E ${tag}` }).click();
  await page.getByRole('textbox', { name: 'Subject (English)' }).fill('Applications are open');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Follow-up mail templates' })).toBeVisible();
  await expect(page.getByText('Applications are open')).toBeVisible();

  // Editing a fair: someone else saves the city meanwhile; we keep our name and take their city.
  await page.goto(`/recruitment/trips/${trip.id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('textbox', { name: 'Name (English)' })).toHaveValue(`E2E fair ${tag}`);
  const theirs = await staff.put(`/api/v1/recruitment/trips/${trip.id}`, {
    headers,
    data: {
      ...trip,
      city: 'Chiang Mai',
      id: undefined,
      leads: undefined,
      permissions: undefined,
      createdAt: undefined,
      updatedAt: undefined,
    },
  });
  expect(theirs.status()).toBe(200);
  await page.getByRole('textbox', { name: 'Name (English)' }).fill(`E2E fair ${tag} (renamed)`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Someone else updated this record')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Apply and continue editing' }).click();
  await expect(page.getByRole('textbox', { name: 'City' })).toHaveValue('Chiang Mai');
  await expect(page.getByRole('textbox', { name: 'Name (English)' })).toHaveValue(`E2E fair ${tag} (renamed)`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `E2E fair ${tag} (renamed)` })).toBeVisible();
  await expect(page.getByText('Chiang Mai', { exact: false })).toBeVisible();

  await useLanguage(page, 'zh-TW');
  await staff.dispose();
});

test('a lead edited and their consent withdrawn on a phone, in both languages', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const tag = `p${Date.now()}`;
  const staff = await playwright.request.newContext({ baseURL });
  const { trip, lead } = await makeTripWithLead(staff, tag);
  await staff.dispose();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, OIA);
  await useLanguage(page, 'en');

  await page.goto(`/recruitment/trips/${trip.id}`);
  await page.getByRole('link', { name: lead.name }).click();
  await expect(page.getByRole('heading', { name: lead.name })).toBeVisible();
  const consent = page.getByRole('region', { name: 'Consent to recruitment mails' });
  await expect(consent.getByText('Mailable')).toBeVisible();
  // A bad address is refused on its field; a good one is saved.
  await page.getByRole('textbox', { name: 'E-mail' }).fill('not-an-address');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: 'E-mail' }).fill(`somchai.${tag}@uni.example.th`);
  await page.getByRole('textbox', { name: 'Programme of interest' }).fill('Civil Engineering');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Saved.').first()).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await useLanguage(page, 'zh-TW');
  await page.getByRole('region', { name: '同意接收招生資訊' }).getByRole('button', { name: '撤回同意' }).click();
  const dialog = page.getByRole('dialog', { name: '撤回同意？' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '撤回同意' }).click();
  await expect(page.getByRole('region', { name: '同意接收招生資訊' }).getByText('未同意')).toBeVisible();
  await expect(page.getByText('撤回同意：不再寄送後續信件', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤回同意' })).toHaveCount(0);
  await noSideScroll(page, 390);
  await expectAccessible(page);

  // Back on the fair, the lead can no longer be mailed.
  await page.goto(`/recruitment/trips/${trip.id}`);
  const row = page.getByRole('row').filter({ hasText: lead.name });
  await expect(row.getByText('未同意')).toBeVisible();
  await expect(row.getByText('Civil Engineering')).toBeVisible();
  await context.close();
});
