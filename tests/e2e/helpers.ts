import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'meridian-demo';

/** Signs in through the login page (in Chinese, the default) and waits for the shell. */
export async function login(page: Page, email: string) {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '登入' })).toBeVisible();
  await page.getByLabel('電子郵件').fill(email);
  await page.getByRole('textbox', { name: '密碼' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登入' }).click();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Shows the app in this language (and saves it as the user's, as the switch does). Specs share one database,
 * so a user's saved language may have been changed by an earlier spec: a spec that needs one sets it.
 */
export async function useLanguage(page: Page, language: 'en' | 'zh-TW') {
  const button = page.getByRole('banner').getByRole('button', { name: language === 'en' ? 'English' : '繁體中文' });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
}

/**
 * axe-core on the current page: no violation of impact "serious" or "critical". Transitions are
 * finished first: a message or button caught mid-fade has a lower contrast than the page a user
 * reads (a run failed once on a field error fading in).
 */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe violations on ${page.url()}`).toEqual([]);
}

/** The navbar (a landmark), where the links per capability live. */
export const navbar = (page: Page) => page.getByRole('navigation', { name: /主要選單|Main menu/ });
