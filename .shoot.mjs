import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3999';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ locale: 'zh-TW', timezoneId: 'Asia/Taipei', viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(base + '/login');
await page.getByLabel('電子郵件').fill(process.env.WHO ?? 'oia.ic@demo.meridian.tw');
await page.getByRole('textbox', { name: '密碼' }).fill('meridian-demo');
await page.getByRole('button', { name: '登入' }).click();
await page.waitForURL((u) => !u.pathname.startsWith('/login'));
for (const [name, path, w] of JSON.parse(process.argv[2])) {
  await page.setViewportSize({ width: w ?? 1280, height: 900 });
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: process.env.FULL !== "0" });
  console.log('shot', name);
}
await browser.close();
