import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

/**
 * The quarterly report's round trip: Engineering's coordinator, on a phone, opens the college's open
 * 2026 Q4 submission, adds an explanation and submits; OIA returns it with a comment; the coordinator
 * resubmits; OIA approves (that step in English) and sees the snapshot beside today's figures.
 */
const PERIOD_ZH = '2026 年第四季學院國際化指標';
const COMMENT = '請說明研討會場次與去年的差異。';

async function phonePage(browser: Browser) {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return { phone, page: await phone.newPage() };
}

async function confirmIn(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('dialog').getByRole('button', { name, exact: true }).click();
}

test('a college submits its quarterly report, OIA returns it, it is resubmitted and approved', async ({
  browser,
  page,
}) => {
  const { phone, page: coord } = await phonePage(browser);
  await login(coord, 'coord.eng@demo.meridian.tw');
  await coord.goto('/reporting');
  await expect(coord.getByRole('heading', { level: 1, name: '指標填報' })).toBeVisible();
  const mine = coord.getByRole('region', { name: '本學院待處理的填報' });
  await expect(mine.getByText(PERIOD_ZH)).toBeVisible();
  await expectAccessible(coord);
  await mine.getByRole('link', { name: '開啟填報' }).first().click();
  await expect(coord.getByRole('heading', { level: 1, name: `工學院 · ${PERIOD_ZH}` })).toBeVisible();
  const submissionUrl = coord.url();

  // The figures come with their records: open one indicator's drill-down.
  const conferences = coord.getByRole('article', { name: '舉辦國際研討會場次' });
  await conferences.getByRole('button', { name: '查看紀錄：舉辦國際研討會場次' }).click();
  await expect(coord.getByRole('dialog', { name: '舉辦國際研討會場次' })).toBeVisible();
  await expectAccessible(coord);
  await coord.getByRole('dialog').getByRole('button', { name: '關閉' }).click();

  await conferences.getByLabel('說明').fill('本季與姊妹校合辦一場研討會。');
  await coord.getByRole('button', { name: '儲存說明' }).click();
  await expect(coord.getByText('已儲存說明。')).toBeVisible();
  await confirmIn(coord, '送出');
  await expect(coord.getByText('已送出填報。')).toBeVisible();
  await expect(coord.getByText('已送出', { exact: true }).first()).toBeVisible();
  await expect(coord.getByRole('button', { name: '送出', exact: true })).toHaveCount(0);
  await expectAccessible(coord);

  // OIA, on a laptop, returns it with a comment.
  await login(page, 'oia.ic@demo.meridian.tw');
  await page.goto('/reporting');
  await page.getByRole('link', { name: PERIOD_ZH }).click();
  await expect(page.getByRole('heading', { level: 1, name: PERIOD_ZH })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '尚未送出的學院' })).not.toContainText('工學院');
  await expectAccessible(page);
  await page.getByRole('link', { name: '工學院' }).click();
  await expect(page.getByText('本季與姊妹校合辦一場研討會。')).toBeVisible();
  await page.getByRole('button', { name: '退回', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '退回' });
  await dialog.getByRole('button', { name: '退回' }).click();
  await expect(dialog.getByText('必填')).toBeVisible();
  await dialog.getByLabel('審核意見').fill(COMMENT);
  await dialog.getByRole('button', { name: '退回' }).click();
  await expect(page.getByText('已退回填報。')).toBeVisible();

  // The coordinator sees the comment and submits again.
  await coord.goto(submissionUrl);
  await expect(coord.getByText(COMMENT)).toBeVisible();
  await expectAccessible(coord);
  await confirmIn(coord, '送出');
  await expect(coord.getByText('已送出填報。')).toBeVisible();

  // OIA approves — in English — and sees the approved figures beside today's.
  const saved = (await (await page.request.get('/api/v1/auth/me')).json()).locale as string;
  try {
    await page.reload();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /College of Engineering · 2026 Q4 college indicators/ }),
    ).toBeVisible();
    await confirmIn(page, 'Approve');
    await expect(page.getByText('Report approved.')).toBeVisible();
    await expect(page.getByRole('alert', { name: 'Approved' })).toBeVisible();
    const figure = page.getByRole('article', { name: 'International conferences held' });
    await expect(figure.getByText('Difference')).toBeVisible();
    await expect(figure.getByText('Explanation:')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Approve', exact: true })).toHaveCount(0);
    await expectAccessible(page);
  } finally {
    if (saved !== 'en')
      await page
        .getByRole('button', { name: '繁體中文' })
        .click()
        .catch(() => undefined);
  }

  // The coordinator's page is locked now.
  await coord.reload();
  await expect(coord.getByText('已核定', { exact: true }).first()).toBeVisible();
  await expect(coord.getByLabel('說明')).toHaveCount(0);
  await expectAccessible(coord);
  await phone.close();
});

test('an administrator edits a definition into version 2; OIA sets a college’s quarterly target', async ({
  browser,
  page,
}) => {
  await login(page, 'admin@demo.meridian.tw');
  await page.goto('/indicators');
  await expect(page.getByRole('heading', { level: 1, name: '國際化指標' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: '出國發表論文篇數' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '出國發表論文篇數' })).toBeVisible();
  await page.getByRole('button', { name: '編輯' }).click();
  const dialog = page.getByRole('dialog', { name: '編輯指標定義' });
  await dialog.getByLabel('英文名稱').fill('Papers presented abroad (conference papers)');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: '儲存為新版本' }).click();
  await expect(page.getByText('第 2 版')).toBeVisible();
  const versions = page.getByRole('region', { name: '版本紀錄' });
  await expect(versions.getByRole('row')).toHaveCount(3);
  await expect(versions.getByText('Papers presented abroad (conference papers)')).toHaveCount(0); // shown in Chinese
  await expectAccessible(page);

  // OIA, on a phone: the targets grid scrolls; set Engineering's first-quarter target.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const oia = await phone.newPage();
  await login(oia, 'oia.ic@demo.meridian.tw');
  await oia.goto(page.url());
  const targets = oia.getByRole('region', { name: '目標值' }).first();
  const cell = targets.getByLabel('工學院 第 1 季');
  await expect(cell).toHaveValue('3');
  await cell.fill('4');
  await oia.getByRole('button', { name: '儲存目標值' }).click();
  await expect(oia.getByText('已儲存目標值。')).toBeVisible();
  await oia.reload();
  await expect(oia.getByRole('region', { name: '目標值' }).first().getByLabel('工學院 第 1 季')).toHaveValue('4');
  await expect(oia.getByRole('button', { name: '編輯' })).toHaveCount(0);
  await expectAccessible(oia);
  await phone.close();
});
