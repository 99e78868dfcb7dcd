import { chromium } from '@playwright/test';
const base = process.argv[2] ?? 'http://127.0.0.1:3178';
const path = process.argv[3] ?? '/partners';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext();
const res = await ctx.request.post(`${base}/api/v1/auth/login`, { data: { email: 'admin@demo.meridian.tw', password: 'meridian-demo' } });
if (!res.ok()) throw new Error('login');
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(base + path, { waitUntil: 'load' });
await page.waitForTimeout(5000);
const { profile } = await cdp.send('Profiler.stop');
const byNode = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const agg = new Map<string, number>(); const byUrl = new Map<string, number>(); const total = new Map<string, number>();
for (const [id, us] of self) {
  const n: any = byNode.get(id); const cf = n.callFrame; const u = cf.url.replace(/.*\/assets\//, '');
  const key = `${cf.functionName || '(anon)'} ${u}:${cf.lineNumber}`; agg.set(key, (agg.get(key) ?? 0) + us);
  byUrl.set(u || cf.functionName, (byUrl.get(u || cf.functionName) ?? 0) + us);
  // inclusive time per function name (walk up once per distinct key)
  const seen = new Set<string>(); let cur: number | undefined = id;
  while (cur !== undefined) { const m: any = byNode.get(cur); const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.replace(/.*\/assets\//, '')}:${m.callFrame.lineNumber}`; if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + us); } cur = parent.get(cur); }
}
console.log('by url (ms):'); for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log((v / 1000).toFixed(0).padStart(6), k);
console.log('top self (ms):'); for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(0).padStart(6), k);
console.log('top inclusive (ms):'); for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((v / 1000).toFixed(0).padStart(6), k);
const heavy = [...self].filter(([id]) => (byNode.get(id) as any).callFrame.functionName === 'isRTL').sort((a, b) => b[1] - a[1]).slice(0, 2);
for (const [id, us] of heavy) { console.log('--- isRTL chain', us / 1000); let cur: number | undefined = id; let i = 0; while (cur !== undefined && i++ < 30) { const m: any = byNode.get(cur); console.log('   ', m.callFrame.functionName || '(anon)', m.callFrame.url.replace(/.*\/assets\//, ''), m.callFrame.lineNumber); cur = parent.get(cur); } }
await browser.close();
