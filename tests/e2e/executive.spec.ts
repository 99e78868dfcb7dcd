import { expect, test } from '@playwright/test';
import { expectAccessible, login } from './helpers';

test('the vice president opens the reports hub and the dashboard with its charts, also on a phone', async ({
  page,
}) => {
  await login(page, 'vp@demo.meridian.tw');
  await page.goto('/reports');
  await expect(page.getByRole('heading', { level: 1, name: '報表' })).toBeVisible();
  for (const name of ['國際化儀表板', '國際化現況報告', '教育部報表', '學院填報']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  // In English too (the language is restored before going on).
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Internationalization dashboard', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '報表' })).toBeVisible();

  await page.getByRole('link', { name: '國際化儀表板', exact: true }).click();
  await expect(page).toHaveURL(/\/reports\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: '國際化儀表板' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '出國與來校趨勢' })).toBeVisible();
  // ECharts draws the trend lines as SVG once the chart comes near the screen; the world map is there too.
  const trends = page.getByRole('img', { name: /近五學年人員移動趨勢/ });
  await trends.scrollIntoViewIfNeeded();
  await expect(trends.locator('svg')).toBeVisible();
  await expect.poll(() => trends.locator('svg path').count()).toBeGreaterThan(10);
  await expect(page.getByRole('img', { name: '合作學校世界地圖' })).toBeVisible();
  await expectAccessible(page);

  // The same figures as a table.
  await page
    .getByRole('radiogroup', { name: /出國與來校趨勢/ })
    .getByText('表格')
    .click();
  await expect(page.getByRole('columnheader', { name: '出國學生' })).toBeVisible();

  // The office's own programs of the academic year: seven figures, each with its label.
  const programs = page.getByRole('region', { name: '本處辦理的計畫' });
  await expect(programs.getByText('行政助理', { exact: true })).toBeVisible();
  await expect(programs.locator('dd[data-figure]')).toHaveCount(7);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByRole('heading', { level: 2, name: '合作學校與協議' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test('the vice president builds a status report and downloads it when it is done', async ({ page }) => {
  await login(page, 'vp@demo.meridian.tw');
  await page.goto('/reports/status');
  await expect(page.getByRole('heading', { level: 1, name: '國際化現況報告' })).toBeVisible();
  await page.getByRole('combobox', { name: '填報期間' }).click();
  await page.getByRole('option', { name: '2026 年第三季學院國際化指標' }).click();
  await page.getByRole('button', { name: '產生報告' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '已完成' })).toBeVisible({ timeout: 60_000 });
  const link = page.getByRole('link', { name: '下載 國際化現況報告-2026Q3.pdf' }).first();
  await expect(link).toBeVisible();
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toBe('國際化現況報告-2026Q3.pdf');
  await expect(page.getByRole('heading', { level: 2, name: '最近產生的報告' })).toBeVisible();
  await expectAccessible(page);
});
