import { it } from 'vitest';
import { DEMO, DIALECTS, setupApp } from './setup/app.js';
import { uploadFile, workbook } from './setup/xlsx.js';

for (const dialect of DIALECTS) {
  it(`10k rows ${dialect}`, async () => {
    const t = await setupApp(dialect);
    const oia = await t.login(DEMO.oia);
    const N = Number(process.env.N ?? 5000);
    const p: unknown[][] = [['Code', 'English name', 'Chinese name', 'Country / region', 'City', 'Type']];
    const a: unknown[][] = [['Our agreement code', 'Kind', 'English title', 'Partners (code or name)', 'Start date', 'End date', 'Status']];
    for (let i = 0; i < N; i++) {
      p.push([`B-${i}`, `Bench University ${i}`, `測試大學${i}`, 'JP', 'Tokyo', 'university']);
      a.push([`BA-${i}`, 'student_exchange', `Exchange ${i}`, `B-${i}; Bench University ${(i + 1) % N} (JP)`, '2026-01-01', '2030-12-31', 'active']);
    }
    const data = await workbook([{ name: 'Partners', rows: p }, { name: 'Agreements', rows: a }]);
    let t0 = Date.now();
    const res = await uploadFile(t, oia, '/api/v1/imports', data);
    console.log(dialect, 'size', data.length, 'upload', res.statusCode, Date.now() - t0, 'ms', JSON.stringify(res.json().counts));
    t0 = Date.now();
    const c = await oia.post(`/api/v1/imports/${res.json().id}/commit`, { mode: 'all' });
    console.log(dialect, 'commit', c.statusCode, Date.now() - t0, 'ms', JSON.stringify(c.json().counts));
    t0 = Date.now();
    const again = await uploadFile(t, oia, '/api/v1/imports', data);
    const c2 = await oia.post(`/api/v1/imports/${again.json().id}/commit`, { mode: 'all' });
    console.log(dialect, 'reimport', Date.now() - t0, 'ms', JSON.stringify(c2.json().counts));
    await t.close();
  }, 600000);
}
