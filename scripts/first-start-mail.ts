/**
 * How many e-mails the first start of a fresh demo database queues: migrates and seeds a new SQLite
 * database in a temporary DATA_DIR, runs the daily jobs once as the scheduler does at start-up (same list,
 * same order), and counts the outbox — in total and per recipient.
 *
 *   npx tsx scripts/first-start-mail.ts [instant] [--each]
 *
 * `instant` (ISO, default now) is the clock of the start: before DIGEST_HOUR in Asia/Taipei the digest
 * waits; after it, it goes out at once. `--each` gives every user 'each' for every topic, i.e. one mail
 * per record as before the digest existed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DAILY_JOBS } from '#server/background.js';
import { loadEnv } from '#server/env.js';
import { runDailyJob } from '#server/jobs/scheduler.js';
import { openAndMigrate, seed } from '#server/setup.js';
import { businessDate, businessHour } from '#shared/calendar.js';
import { MAIL_TOPICS } from '#shared/notifications.js';

const args = process.argv.slice(2);
const at = new Date(args.find((a) => !a.startsWith('--')) ?? Date.now());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-first-start-'));
const env = loadEnv({ ...process.env, DATA_DIR: dir, DATABASE_URL: undefined, SEED_DEMO: 'true', JOBS: 'false' });
const handle = await openAndMigrate(env);
try {
  await seed(handle, env, at.toISOString());
  if (args.includes('--each')) {
    const users = await handle.db.selectFrom('users').select('id').execute();
    for (const u of users)
      await handle.db
        .insertInto('notification_preferences')
        .values(
          MAIL_TOPICS.map((topic) => ({ user_id: u.id, topic, mode: 'each' as const, updated_at: at.toISOString() })),
        )
        .execute();
  }
  const deps = { db: handle.db, env, clock: { now: () => at } };
  for (const job of DAILY_JOBS) console.log(job.name, await runDailyJob(deps, job, 'first-start'));
  const mails = await handle.db.selectFrom('mail_outbox').select('to_address').execute();
  const notes = await handle.db.selectFrom('notifications').select('id').execute();
  const perPerson = new Map<string, number>();
  for (const m of mails) perPerson.set(m.to_address, (perPerson.get(m.to_address) ?? 0) + 1);
  const top = [...perPerson].sort((a, b) => b[1] - a[1])[0];
  console.log(
    JSON.stringify({
      at: at.toISOString(),
      taipei: `${businessDate(at)} ${businessHour(at)}h`,
      mode: args.includes('--each') ? 'each' : 'default (digest)',
      notifications: notes.length,
      mails: mails.length,
      recipients: perPerson.size,
      maxPerPerson: top ? { to: top[0], mails: top[1] } : null,
    }),
  );
} finally {
  await handle.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
