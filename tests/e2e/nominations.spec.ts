import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, login, useLanguage } from './helpers';

const noSideScroll = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** OIA staff, through the API: a window open today and a link for a partner's coordinator; returns its token. */
async function issueLink(request: APIRequestContext) {
  await request.post('/api/v1/auth/login', { data: { email: 'oia.ic@demo.meridian.tw', password: DEMO_PASSWORD } });
  const csrf = (await (await request.get('/api/v1/auth/me')).json()).csrfToken as string;
  const headers = { 'x-csrf-token': csrf };
  const windows = (await (await request.get('/api/v1/nomination-windows')).json()).items as { open: boolean }[];
  if (!windows.some((w) => w.open)) {
    const made = await request.post('/api/v1/nomination-windows', {
      headers,
      data: { academicYear: 2040, term: 'autumn', opensOn: isoDay(-1), closesOn: isoDay(30) },
    });
    expect(made.status()).toBe(201);
  }
  const partners = (await (await request.get('/api/v1/partners', { params: { pageSize: 1 } })).json()).items as {
    id: number;
    nameEn: string;
  }[];
  const partner = partners[0];
  expect(partner).toBeDefined();
  const link = await request.post(`/api/v1/partners/${partner?.id}/nomination-links`, {
    headers,
    data: { contactName: 'Anna Kowalska', contactEmail: 'anna.e2e@example.org', locale: 'en' },
  });
  expect(link.status()).toBe(201);
  const url = (await link.json()).url as string;
  return { token: new URL(url, 'http://x').pathname.split('/').pop() as string, partnerName: partner?.nameEn ?? '' };
}

test('a partner coordinator nominates by link on a phone, signed out, in Chinese and in English', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const staff = await playwright.request.newContext({ baseURL });
  const { token, partnerName } = await issueLink(staff);
  await staff.dispose();

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`/nominate/${token}`);
  await useLanguage(page, 'zh-TW');
  await expect(page.getByText('Anna Kowalska 您好', { exact: false })).toBeVisible();
  await expect(page.getByText('尚無提名學生。')).toBeVisible();
  await page.getByRole('textbox', { name: '名', exact: true }).fill('Jan');
  await page.getByRole('textbox', { name: '姓', exact: true }).fill('Nowak');
  await page.getByRole('textbox', { name: '電子郵件' }).first().fill('jan.nowak.e2e@example.org');
  await page.getByRole('button', { name: '送出提名' }).click();
  await expect(page.getByText('已送出提名', { exact: false })).toBeVisible();
  await expect(page.getByRole('region', { name: '已提名學生' }).getByText('已提名')).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await useLanguage(page, 'en');
  await expect(page.getByRole('region', { name: 'Nominated students' }).getByText('Jan Nowak')).toBeVisible();
  // The same student twice in the window is refused.
  await page.getByRole('textbox', { name: 'Given name' }).fill('Jan');
  await page.getByRole('textbox', { name: 'Family name' }).fill('Nowak');
  await page.getByRole('textbox', { name: 'E-mail' }).first().fill('jan.nowak.e2e@example.org');
  await page.getByRole('button', { name: 'Nominate', exact: true }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  // The factsheet's texts are the coordinator's to keep.
  await page.getByRole('textbox', { name: 'Housing (English)' }).fill('Dormitory rooms on campus.');
  await page.getByRole('button', { name: 'Save factsheet' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await noSideScroll(page, 390);
  await expectAccessible(page);

  await page.goto('/nominate/not-a-valid-token-at-all-0000');
  await expect(page.getByText('This nomination link is not valid', { exact: false })).toBeVisible();
  await context.close();

  // Our staff see the nomination with the link's last use, and decline it with a reason.
  const staffPage = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await login(staffPage, 'oia.ic@demo.meridian.tw');
  await useLanguage(staffPage, 'en');
  await staffPage.goto('/nominations');
  // The windows partners nominate in are opened here; the one the spec opened is listed as open.
  const windows = staffPage.getByRole('region', { name: 'Nomination windows' });
  await expect(windows.getByRole('row').filter({ hasText: 'Open' }).first()).toBeVisible();
  await staffPage.getByRole('combobox', { name: 'Partner' }).fill(partnerName);
  await staffPage.getByRole('option').filter({ hasText: partnerName }).first().click();
  const links = staffPage.getByRole('region', { name: 'Nomination links' });
  await expect(links.getByText('anna.e2e@example.org').first()).toBeVisible();
  const nominations = staffPage.getByRole('region', { name: 'Nominations' });
  const row = nominations.getByRole('row').filter({ hasText: 'Jan Nowak' });
  await row.getByRole('button', { name: 'Reject' }).click();
  await row.getByRole('textbox', { name: 'Reason' }).fill('No places left in that level.');
  await row.getByRole('button', { name: 'Confirm' }).click();
  await expect(row.getByText('Not accepted')).toBeVisible();
  // The demo account is shared by later specs, which read it in its seeded language (Chinese).
  await useLanguage(staffPage, 'zh-TW');
  await staffPage.close();
});
