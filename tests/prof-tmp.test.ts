import { it } from 'vitest';
import { runAgreementReminders } from '../src/server/jobs/agreement-reminders.job.js';
import { addDays } from '../src/server/jobs/dates.js';
import { setupApp } from './setup/app.js';
import { jobDeps } from './api/reminder-fixtures.js';

it('profile', async () => {
  const t = await setupApp((process.env.DIALECT ?? 'postgres') as 'postgres');
  let t0 = Date.now();
  const first = await runAgreementReminders(jobDeps(t), { today: '2030-09-01' });
  console.log('first run', Date.now() - t0, 'ms, sent', first.sent.length);
  t0 = Date.now();
  for (let d = '2030-09-02', i = 0; i < 50; i++, d = addDays(d, 1)) await runAgreementReminders(jobDeps(t), { today: d });
  console.log('50 runs', Date.now() - t0);
  await t.close();
}, 120000);
