import { expect, test } from '@playwright/test';
import { FIRST_REQUESTS } from '../../src/shared/first-requests';
import { login } from './helpers';

/**
 * A page opened as it comes finds its own first data in the HTML (#shared/first-requests, docs/decisions/0047):
 * each URL listed for it must be exactly what its loader asks for, or the app asks for it again. This fails when
 * the table and a loader drift apart (a new parameter, another page size).
 */
test('the first page of a visit asks for none of the data that came with it', async ({ page }) => {
  await login(page, 'admin@demo.meridian.tw');
  const asked: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
  });
  const headings: Record<string, RegExp> = { '/': /.+/, '/partners': /合作學校/, '/reports/dashboard': /.+/ };
  for (const [path, urls] of Object.entries(FIRST_REQUESTS)) {
    asked.length = 0;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: headings[path] })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(urls.length).toBeGreaterThan(0);
    // Not the URL, nor the same resource with other parameters (the table would be out of date).
    const same = (url: string) => asked.filter((a) => a.split('?')[0] === url.split('?')[0]);
    for (const url of urls) expect(same(url), `${path} asked for ${url}`).toEqual([]);
  }

  // The list shows what came with the page, and asks the server for anything else.
  await page.goto('/partners');
  await expect(page.locator('main').getByRole('link').first()).toBeVisible();
  asked.length = 0;
  await page.getByRole('searchbox', { name: '搜尋' }).fill('Kyoto');
  await expect(page).toHaveURL(/q=Kyoto/);
  await expect.poll(() => asked.some((u) => u.startsWith('/api/v1/partners?') && u.includes('q=Kyoto'))).toBe(true);
  await expect(page.getByRole('link', { name: '京都工藝纖維大學' })).toBeVisible();
});
