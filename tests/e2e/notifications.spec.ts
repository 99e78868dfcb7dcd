import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, navbar } from './helpers';

/**
 * The reminder job runs when the server starts (JOBS is on outside tests) and reminds the OIA International
 * Cooperation staff of the demo agreements that end soon; no SMTP is configured, so the e-mails wait in the outbox.
 */
/** The bell counts unread groups (one record and kind), as the page lists them. */
const bell = (page: Page) =>
  page.getByRole('link', { name: /^通知：\d+ 件未讀事項$|^Notifications: \d+ unread items$/ });

test('OIA staff: bell with unread count, notifications page, mark read, both languages, phone width', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await expect(async () => {
    await page.reload();
    await expect(bell(page)).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(navbar(page).getByRole('link', { name: '郵件寄送匣' })).toHaveCount(0);
  const unreadOf = async () => Number((await bell(page).innerText()).match(/\d+/)?.[0]);
  const before = await unreadOf();
  expect(before).toBeGreaterThan(0);

  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { level: 1, name: '通知' })).toBeVisible();
  const list = page.getByRole('list', { name: '通知列表' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expect(list.getByRole('link', { name: '開啟紀錄' }).first()).toHaveAttribute('href', /^\/agreements\/\d+$/);
  await expectAccessible(page);
  // Marking a row reads its whole group (record + kind): the bell, which counts groups, drops by one.
  await list
    .getByRole('button', { name: /標為已讀$/ })
    .first()
    .click();
  await expect.poll(unreadOf).toBe(before - 1);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Notifications' })
      .getByText(/Agreement ends within|Notice period|Signed copy/)
      .first(),
  ).toBeVisible();
  await page.locator('label', { hasText: /^Unread \(\d+\)$/ }).click();
  await expectAccessible(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await expect(bell(page)).toBeVisible();
  // The shell switches to its phone layout after the resize event: wait for the layout to settle.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Notifications', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).click();
});

/** A mail's link, in its recipient's language (oia.iss reads English). */
const OPEN_LINK = /在 Meridian 開啟|Open (this agreement )?in Meridian/;

test('administrator: the outbox lists the reminder e-mails and shows one as text and as sandboxed HTML', async ({
  page,
}) => {
  await login(page, 'admin@demo.meridian.tw');
  await navbar(page).getByRole('link', { name: '郵件寄送匣' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '郵件寄送匣' })).toBeVisible();
  await expect(page.getByText('尚未設定 SMTP 伺服器')).toBeVisible();
  const table = page.getByRole('region', { name: '郵件列表' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // Reminders of agreements (to OIA-IC) and of expiring permits (to OIA-ISS and students) are both here.
  await expect(table.getByText(/@demo\.meridian\.tw$/).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('狀態').selectOption('failed');
  await expect(page.getByText('沒有符合的郵件。')).toBeVisible();
  await page.getByLabel('狀態').selectOption('pending');
  // Newer mails of other modules (desk, programs, admissions) come first: find a pending mail that links to its
  // record (a reminder), and the page it is on.
  let target = { page: 1, subject: '' };
  for (let p = 1; p <= 30 && !target.subject; p++) {
    const res = await page.request.get(`/api/v1/mail/outbox?status=pending&page=${p}&pageSize=20`);
    const items = (await res.json()).items as { id: number; subject: string }[];
    for (const m of items) {
      const body = (await (await page.request.get(`/api/v1/mail/outbox/${m.id}`)).json()).bodyText as string;
      if (OPEN_LINK.test(body)) {
        target = { page: p, subject: m.subject };
        break;
      }
    }
    if (items.length < 20) break;
  }
  expect(target.subject).not.toBe('');
  for (let p = 1; p < target.page; p++) {
    await page.getByRole('button', { name: '下一頁' }).click();
    await expect(page.getByRole('button', { name: `第 ${p + 1} 頁` })).toHaveAttribute('aria-current', 'page');
  }
  await table
    .getByRole('button', { name: `檢視郵件：${target.subject}` })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/^\[Meridian\]/).first()).toBeVisible();
  await expect(dialog.getByText(OPEN_LINK).first()).toBeVisible();
  await expectAccessible(page);
  await dialog.getByText('HTML', { exact: true }).click();
  const frame = dialog.locator('iframe[title="郵件 HTML 預覽"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame.contentFrame().getByRole('link', { name: OPEN_LINK })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
