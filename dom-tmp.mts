import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3179';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext();
await ctx.request.post(`${base}/api/v1/auth/login`, { data: { email: 'admin@demo.meridian.tw', password: 'meridian-demo' } });
const page = await ctx.newPage();
for (const p of process.argv.slice(2)) {
  await page.goto(base + p, { waitUntil: 'networkidle' });
  const r = await page.evaluate(() => {
    const els = [...document.querySelectorAll('[style*="position: absolute"], [style*="position:absolute"], [data-position], .mantine-Popover-dropdown, .mantine-Tooltip-tooltip')];
    return { n: els.length, dom: document.querySelectorAll('*').length, classes: els.slice(0, 15).map((e) => `${e.tagName} ${e.className} ${(e.getAttribute('style') ?? '').slice(0, 80)}`) };
  });
  console.log(p, JSON.stringify(r, null, 1));
}
await browser.close();
