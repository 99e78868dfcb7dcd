import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_JOBS } from '#server/background.js';
import { businessDate } from '#shared/calendar.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { jobDeps } from './reminder-fixtures.js';

/**
 * Issue 23, item 15: a fresh demo account must not open on a wall of reminders. After the first run of every
 * daily job on the demo data (what `npm start` does on day one), the office's accounts start with a realistic
 * number of unread groups — the demo spaces its agreements' end and notice dates out (agreements.seed.ts).
 */
describe.each(DIALECTS)('a fresh demo account (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await setupApp(dialect);
    const deps = jobDeps(t);
    const today = businessDate(deps.clock.now());
    for (const job of DAILY_JOBS) await job.run(deps, today);
  }, 120_000);
  afterAll(() => t.close());

  it.each([DEMO.oia, DEMO.oiaIss, DEMO.coordEng])('%s starts with fewer than 20 unread groups', async (email) => {
    const c = await t.login(email);
    const counts = (await c.get('/api/v1/notifications/unread-count')).json();
    expect(counts.groups).toBeGreaterThan(0); // the reminders still show what they are for
    expect(counts.groups).toBeLessThan(20);
  });
});
