import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, login, navbar } from './helpers';

const NONE_COLOR = '#e9ecef';

/** Japan's figures as the API computes them (other browser tests may have added partners). */
async function figuresOf(page: Page, country: string) {
  const summary = await (await page.request.get('/api/v1/dashboard/summary')).json();
  return summary.byCountry.find((c: { country: string }) => c.country === country) as {
    partners: number;
    withActiveAgreement: number;
    activeAgreements: number;
  };
}

test('the world map shades countries, lists them in a table and leads to the filtered partner list', async ({
  page,
}) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await navbar(page).getByRole('link', { name: '合作版圖' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合作學校世界地圖' })).toBeVisible();
  const map = page.getByRole('img', { name: '合作學校世界地圖' });
  await expect(map).toBeVisible();
  expect(await map.locator('path[data-country]').count()).toBeGreaterThan(150);
  await expect(page.getByText(/\d+ 所合作學校，分布於 \d+ 個國家／地區/).first()).toBeVisible();

  const japan = await figuresOf(page, 'JP');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '日本' }) });
  await expect(row.getByRole('cell')).toHaveText([
    '其他亞洲地區',
    String(japan.partners),
    String(japan.withActiveAgreement),
    String(japan.activeAgreements),
  ]);
  const japanShape = map.locator('path[data-country="JP"]');
  await expect(japanShape).toHaveAttribute('data-count', String(japan.withActiveAgreement));
  await expectAccessible(page);

  // Shaded by every partner in the registry, Japan (most partners) is in the darkest class.
  await page.getByText('所有合作學校').click();
  await expect(page).toHaveURL(/by=registry/);
  await expect(japanShape).toHaveAttribute('data-count', String(japan.partners));
  await expect(japanShape).toHaveAttribute('fill', '#08519c');
  await expect(map.locator('path[data-country="TW"]')).toHaveAttribute('fill', NONE_COLOR);
  await expect(map.locator('circle[data-country="HK"]')).toHaveCount(1); // too small for a shape: a dot

  // The tooltip names the country in the reader's language with its counts.
  await japanShape.dispatchEvent('mousemove');
  await expect(page.getByText(`合作學校：${japan.partners}`)).toBeVisible();

  // A sortable table: by country name, then back to the largest first.
  await page.getByRole('button', { name: '合作學校' }).click();
  await expect(page.getByRole('columnheader', { name: '合作學校' })).toHaveAttribute('aria-sort', 'ascending');

  // Clicking a country opens the partners list filtered by it.
  await map.locator('path[data-country="DE"]').click();
  await expect(page).toHaveURL(/\/partners\?country=DE/);
  await expect(page.getByRole('heading', { level: 1, name: '合作學校' })).toBeVisible();
  await expect(page.getByRole('link', { name: '慕尼黑工業大學' })).toBeVisible();
});

test('the home page shows the dashboard and links to the map', async ({ page }) => {
  await login(page, 'oia.ic@demo.meridian.tw');
  await expect(page.getByRole('heading', { level: 1, name: '總覽' })).toBeVisible();
  const section = page.getByRole('region', { name: '合作協議與全球分布' });
  await expect(section.getByText(/所合作學校有生效中的協議/)).toBeVisible();
  await expect(section.getByRole('link', { name: '生效中', exact: true })).toHaveAttribute(
    'href',
    '/agreements?status=active',
  );
  await expect(section.getByRole('link', { name: '30 天內到期' })).toHaveAttribute(
    'href',
    '/agreements?expiringWithinDays=30',
  );
  await expectAccessible(page);
  await section.getByRole('link', { name: '開啟世界地圖' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '合作學校世界地圖' })).toBeVisible();
});

test('on a phone the map and its table fit the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await login(page, 'coord.eng@demo.meridian.tw');
  await page.goto('/map?by=registry');
  const map = page.getByRole('img', { name: '合作學校世界地圖' });
  await expect(map).toBeVisible();
  const box = await map.boundingBox();
  expect(box?.width).toBeGreaterThan(300);
  await expect(page.getByRole('rowheader', { name: '日本' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await context.close();
});
