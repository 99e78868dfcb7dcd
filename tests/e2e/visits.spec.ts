import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

const fitsWidth = async (page: Page, width: number) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test('the delegation, its briefing pack, the visitor SOP and a gift given before, in both languages', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/visits');
  await expect(page.getByRole('heading', { level: 1, name: '外賓來訪與出訪' })).toBeVisible();
  await page.getByRole('link', { name: '吳副校長率行政團隊訪問韓國三所大學' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '吳副校長率行政團隊訪問韓國三所大學' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '鄭資訊長 Cheng Wei-Lun', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Vice President Park' }).first()).toBeVisible();
  const pdf = await page.request.get(
    (await page.getByRole('link', { name: '下載行前簡報（PDF）' }).getAttribute('href')) as string,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  // Tick the trip report on the checklist: saved at once.
  // (The box follows the saved record, so it changes once the server has answered.)
  await page.getByRole('checkbox', { name: '出國報告' }).click();
  await expect(page.getByText('已儲存。')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: '出國報告' })).toBeChecked();
  await expect(page.getByText('已完成 6／6 項')).toBeVisible();
  await expectAccessible(page);

  // In English: the same delegation, labels and checklist.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Checklist' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download the briefing pack (PDF)' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Trip report' })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();

  // The return visit under the SOP: a gift to someone who was given one before is flagged.
  await page.goto('/visits');
  await page.getByRole('link', { name: '漢陽大學國際處長回訪' }).click();
  await expect(page.getByRole('checkbox', { name: '國旗／桌旗' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '餐敘與飲食需求' })).not.toBeChecked();
  const gifts = page
    .getByRole('heading', { name: '禮品登記' })
    .locator('xpath=ancestor::div[contains(@class,"Paper")][1]');
  await gifts.getByRole('textbox', { name: '受贈人' }).fill('Vice President Park');
  await gifts.getByRole('textbox', { name: '禮品', exact: true }).fill('故宮文創筆記本');
  await gifts.getByRole('button', { name: '新增' }).click();
  await expect(page.getByRole('status').filter({ hasText: '阿里山茶禮盒' })).toBeVisible();
  await expectAccessible(page);

  // The partner's page shows its visits both ways.
  await page
    .getByRole('link', { name: /漢陽大學|Hanyang University/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: '來訪與出訪' })).toBeVisible();
  await expect(page.getByText('外賓來訪').first()).toBeVisible();
  await expect(page.getByText('出訪').first()).toBeVisible();
});

test('events: the conference is the counted college record; the calendar address works until revoked', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: '活動與研討會' })).toBeVisible();
  await page.getByRole('link', { name: '2027 海外留學與交換說明會' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '報名' })).toBeVisible();
  await page.getByRole('textbox', { name: '姓名' }).last().fill('陳小明');
  await page.getByRole('textbox', { name: '電子郵件' }).fill('ming@example.org');
  await page.getByRole('button', { name: '登錄報名' }).click();
  await expect(page.getByRole('cell', { name: 'ming@example.org' })).toBeVisible();
  await expectAccessible(page);
  // Afterwards: the news item, in the event's own details.
  await page.getByRole('button', { name: '編輯資料' }).click();
  const details = page.getByRole('dialog', { name: '編輯資料' });
  await details.getByRole('textbox', { name: '新聞稿（中文）' }).fill('說明會圓滿落幕，共 12 所姊妹校參與。');
  await details.getByRole('button', { name: '儲存' }).click();
  await expect(details).toBeHidden();
  await expect(page.locator('dd', { hasText: '說明會圓滿落幕，共 12 所姊妹校參與。' })).toBeVisible();

  await page.goto('/events');
  await page
    .getByRole('link', { name: /國際研討會/ })
    .first()
    .click();
  await expect(page.getByText('本研討會即學院國際交流表所計之紀錄（一筆，不重複）。')).toBeVisible();

  await page.goto('/calendar-feed');
  await expect(page.getByRole('heading', { level: 1, name: '行事曆訂閱' })).toBeVisible();
  await page.getByRole('button', { name: '建立私人網址' }).click();
  const url = (await page.getByLabel('私人網址').textContent())?.trim() as string;
  expect(url).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\/feed\.ics$/);
  const feedPath = new URL(url).pathname;
  const feed = await page.request.get(feedPath);
  expect(feed.status()).toBe(200);
  // Unfolded (RFC 5545 folds long lines): the return visit she is on, and her follow-ups.
  const text = (await feed.text()).replaceAll('\r\n ', '');
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Taipei');
  expect(text).toContain('SUMMARY:漢陽大學國際處長回訪');
  expect(text).toContain('待辦到期：擬訂與漢陽大學之行政人員交流協議');
  await expectAccessible(page);
  await page.getByRole('button', { name: '停用' }).click();
  await expect(page.getByText('網址已停用。')).toBeVisible();
  expect((await page.request.get(feedPath)).status()).toBe(404);
});

test('on a phone (390 px) the lists, a visit and the calendar page fit, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'oia.ic@demo.meridian.tw');
  for (const [path, heading] of [
    ['/visits', '外賓來訪與出訪'],
    ['/events', '活動與研討會'],
    ['/calendar-feed', '行事曆訂閱'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await fitsWidth(page, 390);
  }
  await page.goto('/visits');
  await page.getByRole('link', { name: '漢陽大學國際處長回訪' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '檢核清單' })).toBeVisible();
  await fitsWidth(page, 390);
  await expectAccessible(page);
  // The same screens in English at phone width.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Checklist' })).toBeVisible();
  await fitsWidth(page, 390);
  for (const [path, heading] of [
    ['/visits', 'Visits and delegations'],
    ['/events', 'Events and conferences'],
    ['/calendar-feed', 'Calendar feed'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await fitsWidth(page, 390);
  }
  await page.goto('/events');
  await page.getByRole('link', { name: 'Study Abroad and Exchange Fair 2027' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Programme / itinerary' })).toBeVisible();
  await fitsWidth(page, 390);
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();
  await context.close();
});

test('the people of a visit edited in place; a follow-up given to a colleague, who finds it at home (390 px)', async ({
  page,
  browser,
}) => {
  test.slow(); // two people, both languages, six axe scans
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/visits');
  await page.getByRole('link', { name: '漢陽大學國際處長回訪' }).click();
  const section = (name: string) =>
    page.getByRole('heading', { level: 2, name }).locator('xpath=ancestor::div[contains(@class,"Paper")][1]');
  const people = section('人員');
  await people.getByLabel(/^姓名/).fill('李口譯');
  await people.getByLabel('職稱').fill('口譯員');
  await people.getByRole('button', { name: '新增人員' }).click();
  await expect(people.getByRole('cell', { name: '口譯員', exact: true })).toBeVisible();
  await people.getByRole('button', { name: '編輯 李口譯' }).click();
  await people.getByLabel('職稱').fill('英語口譯員');
  await people.getByRole('button', { name: '儲存變更' }).click();
  await expect(people.getByRole('cell', { name: '英語口譯員' })).toBeVisible();
  await expectAccessible(page);
  await people.getByRole('button', { name: '移除 李口譯' }).click();
  await page.getByRole('dialog', { name: '移除 李口譯' }).getByRole('button', { name: '移除' }).click();
  await expect(people.getByRole('cell', { name: '英語口譯員' })).toBeHidden();

  // A follow-up for a colleague of another division, found by name.
  const followups = section('後續追蹤');
  await followups.getByLabel(/^事項$|^事項 \*/).fill('寄送華語中心簡介');
  await followups.getByLabel(/^期限/).fill('2027-12-31');
  await followups.getByLabel(/^負責人/).click();
  await followups.getByLabel(/^負責人/).fill('黃境外');
  await page.getByRole('option', { name: '黃境外' }).click();
  await followups.getByRole('button', { name: '新增追蹤事項' }).click();
  await expect(followups.getByRole('checkbox', { name: /寄送華語中心簡介.*黃境外/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(section('Follow-ups').getByRole('button', { name: 'Add the follow-up' })).toBeVisible();
  await expect(
    section('People')
      .getByRole('button', { name: /^Edit / })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: '繁體中文' }).click();

  // The owner (who reads English) sees it among their to-dos on a phone, opens the visit and ticks it done.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await login(phone, 'oia.iss@demo.meridian.tw');
  await phone.goto('/');
  const todo = phone.locator('[data-todo="followupsAssigned"]');
  await expect(todo.getByText('Follow-ups of visits given to you')).toBeVisible();
  await fitsWidth(phone, 390);
  await expectAccessible(phone);
  await todo.getByRole('link', { name: /寄送華語中心簡介/ }).click();
  await expect(phone.getByRole('heading', { level: 2, name: 'People' })).toBeVisible();
  await fitsWidth(phone, 390);
  const box = phone.getByRole('checkbox', { name: /寄送華語中心簡介/ });
  await box.click();
  await expect(box).toBeChecked();
  await expectAccessible(phone);
  await context.close();
});
