import { it } from 'vitest';
import { readWorkbook } from '../src/server/modules/imports/import.reader.js';
import { checkRows } from '../src/server/modules/imports/import.check.js';
import { planImport } from '../src/server/modules/imports/import.plan.js';
import { workbook } from './setup/xlsx.js';

it('prof', async () => {
  const N = 5000;
  const p: unknown[][] = [['Code', 'English name', 'Chinese name', 'Country / region', 'City', 'Type']];
  const a: unknown[][] = [['Our agreement code', 'Kind', 'English title', 'Partners (code or name)', 'Start date', 'End date', 'Status']];
  for (let i = 0; i < N; i++) {
    p.push([`B-${i}`, `Bench University ${i}`, `測試大學${i}`, 'JP', 'Tokyo', 'university']);
    a.push([`BA-${i}`, 'student_exchange', `Exchange ${i}`, `B-${i}; Bench University ${(i + 1) % N} (JP)`, '2026-01-01', '2030-12-31', 'active']);
  }
  const data = await workbook([{ name: 'Partners', rows: p }, { name: 'Agreements', rows: a }]);
  let t0 = performance.now();
  const sheets = await readWorkbook(data);
  console.log('read', performance.now() - t0); t0 = performance.now();
  const checked = checkRows(sheets, new Map([['OIA-IC', 1]]));
  console.log('check', performance.now() - t0); t0 = performance.now();
  const plan = planImport(checked, { partners: [], agreements: [], links: [] }, sheets, 1);
  console.log('plan', performance.now() - t0, plan.rows.length);
}, 600000);
