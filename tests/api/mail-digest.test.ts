import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '#server/db/client.js';
import { envWarnings, loadEnv } from '#server/env.js';
import { runDailyJob } from '#server/jobs/scheduler.js';
import { APP_URL_TOKEN } from '#server/mail/links.js';
import { type MailTransport, sendDueMail, smtpTransport } from '#server/mail/sender.js';
import { DIGEST_MAX_ITEMS } from '#server/mail/templates.js';
import { runAgreementReminders } from '#server/modules/agreements/agreement-reminders.job.js';
import { mailDigestJob, runMailDigest } from '#server/modules/notifications/digest.job.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { fixedClock, insertAgreement, jobDeps, userId } from './reminder-fixtures.js';
import { header, plainText, startSmtp } from './smtp-fixtures.js';

const OLD_URL = 'https://old.example.edu';
const NEW_URL = 'https://meridian.example.edu';

/**
 * Mail people keep reading: reminders recorded per record in-app, mailed as one daily digest per person
 * (or each / none by preference), automatic-mail headers, links made at send time, the preferences API.
 */
describe.each(DIALECTS)('mail digest and preferences (%s)', (dialect) => {
  let t: TestApp;
  let db: Db;
  let coord: Client;
  let oia: Client;
  let ids: { coord: number; oia: number };
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    t = await setupApp(dialect, { APP_URL: OLD_URL });
    db = t.db.db;
    [coord, oia] = await Promise.all([t.login(DEMO.coordEng), t.login(DEMO.oia)]);
    ids = { coord: await userId(db, DEMO.coordEng), oia: await userId(db, DEMO.oia) };
    await db.updateTable('users').set({ locale: 'en' }).where('email', '=', DEMO.oia).execute();
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });
  // Each test looks at its own messages: what earlier ones left waiting is set aside.
  beforeEach(async () => {
    await db
      .updateTable('notifications')
      .set({ mail_digest: 'earlier' })
      .where('mail_digest', '=', 'pending')
      .execute();
    await db.updateTable('mail_outbox').set({ status: 'sent' }).where('status', '=', 'pending').execute();
    await db.deleteFrom('notification_preferences').execute();
  });

  /** Agreements of Engineering ending 11 days after `today`: the 30-day reminder is due for each. */
  const agreements = async (today: string, titles: string[]) => {
    const end = new Date(Date.parse(`${today}T00:00:00Z`) + 11 * 86_400_000).toISOString().slice(0, 10);
    const out: number[] = [];
    for (const title of titles)
      out.push(await insertAgreement(db, { title, titleZh: null, endDate: end, owningUnit: 'ENG' }));
    await runAgreementReminders(jobDeps(t), { today });
    return out;
  };
  const notesOf = (user: number, agreementIds: number[]) =>
    db
      .selectFrom('notifications')
      .select(['id', 'mail_digest'])
      .where('user_id', '=', user)
      .where('entity_type', '=', 'agreement')
      .where('entity_id', 'in', agreementIds)
      .execute();
  const mailsLike = (like: string) =>
    db.selectFrom('mail_outbox').selectAll().where('dedupe_key', 'like', like).orderBy('id').execute();

  it('gathers a day of reminders into one mail per person, once a day also after a restart', async () => {
    const today = '2030-05-10';
    const [a, b] = await agreements(today, ['Digest Alpha', 'Digest Beta']);
    // Recorded in-app per record; no mail yet (digest is the default).
    expect(await notesOf(ids.coord, [a!, b!])).toEqual([
      expect.objectContaining({ mail_digest: 'pending' }),
      expect.objectContaining({ mail_digest: 'pending' }),
    ]);
    expect(await mailsLike(`agreement:${a}:%`)).toHaveLength(0);

    const run = await runMailDigest(jobDeps(t), { today });
    const mine = run.sent.filter((s) => s.userId === ids.coord);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.items).toBeGreaterThanOrEqual(2);
    const digest = await mailsLike(`digest:${ids.coord}:${today}`);
    expect(digest).toHaveLength(1);
    expect(digest[0]?.body_text).toContain('Digest Alpha');
    expect(digest[0]?.body_text).toContain('Digest Beta');
    expect(digest[0]?.body_text).toContain(`${APP_URL_TOKEN}/agreements/${a}`);
    expect(digest[0]?.body_text).not.toContain(OLD_URL);
    expect(new Set(run.sent.map((s) => s.userId)).size).toBe(run.sent.length); // one per person
    expect((await notesOf(ids.coord, [a!, b!])).map((n) => n.mail_digest)).toEqual([today, today]);

    // Later the same day (another tick, a restart): a new reminder waits for tomorrow's digest.
    const [c] = await agreements(today, ['Digest Gamma']);
    const again = await runMailDigest(jobDeps(t), { today });
    expect(again.sent.filter((s) => s.userId === ids.coord)).toHaveLength(0);
    expect(await mailsLike(`digest:${ids.coord}:${today}`)).toHaveLength(1);
    expect((await notesOf(ids.coord, [c!]))[0]?.mail_digest).toBe('pending');
    const tomorrow = await runMailDigest(jobDeps(t), { today: '2030-05-11' });
    expect(tomorrow.sent.find((s) => s.userId === ids.coord)?.items).toBe(1);
  });

  it('spells out the first 20 notifications of a long digest and links to the rest', async () => {
    const today = '2030-05-20';
    const [g] = await agreements(today, ['Long Eta']);
    const params = JSON.stringify({
      agreement: { zh: null, en: 'Long Eta' },
      partner: null,
      endDate: '2030-05-31',
      days: 11,
    });
    await db
      .insertInto('notifications')
      .values(
        Array.from({ length: 24 }, (_, i) => ({
          user_id: ids.oia,
          kind: 'agreement.expiry_30',
          entity_type: 'agreement',
          entity_id: g as number,
          params_json: params,
          dedupe_key: `long-digest:${i}`,
          created_at: '2030-05-20T00:00:00.000Z',
          mail_digest: 'pending',
        })),
      )
      .execute();
    const run = await runMailDigest(jobDeps(t), { today });
    const items = run.sent.find((s) => s.userId === ids.oia)?.items ?? 0;
    expect(items).toBeGreaterThanOrEqual(25);
    const [digest] = await mailsLike(`digest:${ids.oia}:${today}`);
    expect(digest?.subject).toContain(`Daily notification digest (${today}): ${items}`);
    expect(digest?.body_text.match(/■ /g)).toHaveLength(DIGEST_MAX_ITEMS);
    expect(digest?.body_text).toContain(
      `${items - 20} more notifications are on your Notifications page in Meridian: ${APP_URL_TOKEN}/notifications`,
    );
  });

  it('warns at start-up when APP_URL is unset in production', () => {
    const prod = (over: Record<string, string> = {}) => envWarnings(loadEnv({ NODE_ENV: 'production', ...over }));
    expect(prod()).toEqual([expect.stringContaining('APP_URL is not set')]);
    expect(prod({ APP_URL: NEW_URL })).toEqual([]);
    expect(envWarnings(loadEnv({ NODE_ENV: 'development' }))).toEqual([]);
  });

  it('the scheduler sends the digest once a day, not before DIGEST_HOUR in Asia/Taipei', async () => {
    await db.deleteFrom('job_runs').where('name', '=', mailDigestJob.name).execute();
    const at = (instant: string) => jobDeps(t, { clock: fixedClock(instant) });
    expect(t.app.deps.env.DIGEST_HOUR).toBe(8);
    expect(await runDailyJob(at('2030-06-01T23:30:00Z'), mailDigestJob, 'test')).toBe('not-yet'); // 07:30 Taipei
    expect(await runDailyJob(at('2030-06-02T00:10:00Z'), mailDigestJob, 'test')).toBe('ran'); // 08:10
    expect(await runDailyJob(at('2030-06-02T05:00:00Z'), mailDigestJob, 'test')).toBe('done-today');
  });

  it('each: one mail per record at once; none: the notification only', async () => {
    const put = (c: Client, preferences: object[], locale = 'en') =>
      c.put('/api/v1/notifications/preferences', { preferences }, { locale });
    expect((await put(coord, [{ topic: 'agreement', mode: 'none' }])).statusCode).toBe(200);
    const saved = await put(oia, [{ topic: 'agreement', mode: 'each' }]);
    expect(saved.json().preferences).toContainEqual({ topic: 'agreement', mode: 'each' });
    expect(saved.json().preferences).toContainEqual({ topic: 'document', mode: 'digest' });

    const [d, e] = await agreements('2030-07-01', ['Each Delta', 'Each Epsilon']);
    expect(await mailsLike(`agreement:${d}:%:user:${ids.oia}`)).toHaveLength(1);
    expect(await mailsLike(`agreement:${e}:%:user:${ids.oia}`)).toHaveLength(1);
    expect(await mailsLike(`agreement:%:user:${ids.coord}`)).toHaveLength(0);
    // The bell still shows it; nothing waits for a digest.
    expect((await notesOf(ids.coord, [d!, e!])).map((n) => n.mail_digest)).toEqual([null, null]);
    const run = await runMailDigest(jobDeps(t), { today: '2030-07-01' });
    expect(run.sent.map((s) => s.userId)).not.toContain(ids.coord);
    expect(run.sent.map((s) => s.userId)).not.toContain(ids.oia);
  });

  it('preferences: every topic listed with defaults, own only, validated in the reader’s language', async () => {
    const got = (await coord.get('/api/v1/notifications/preferences')).json();
    expect(got.preferences).toHaveLength(5);
    expect(got.preferences.every((p: { mode: string }) => p.mode === 'digest')).toBe(true);
    const bad = await coord.put(
      '/api/v1/notifications/preferences',
      { preferences: [{ topic: 'nonsense', mode: 'each' }] },
      { locale: 'en' },
    );
    expect(bad.statusCode).toBe(400);
    const twice = [
      { topic: 'agreement', mode: 'each' },
      { topic: 'agreement', mode: 'none' },
    ];
    const zh = await coord.put('/api/v1/notifications/preferences', { preferences: twice }, { locale: 'zh-TW' });
    expect(zh.statusCode).toBe(400);
    expect(zh.body).toContain('每一類通知只能設定一次');
    const en = await coord.put('/api/v1/notifications/preferences', { preferences: twice }, { locale: 'en' });
    expect(en.body).toContain('Each kind of notification can be set only once');
    expect((await t.anon.get('/api/v1/notifications/preferences')).statusCode).toBe(401);
    await coord.put('/api/v1/notifications/preferences', { preferences: [{ topic: 'call_result', mode: 'none' }] });
    const audit = await db
      .selectFrom('audit_log')
      .select('summary')
      .where('entity_type', '=', 'mail_preferences')
      .where('entity_id', '=', ids.coord)
      .execute();
    expect(audit.map((a) => a.summary)).toContain('Mail preferences changed: 1'); // English rendering of the data
  });

  it('delivers with automatic-mail headers and links built from APP_URL when sent, not when queued', async () => {
    const today = '2030-08-01';
    await agreements(today, ['Headers Zeta']);
    await runMailDigest(jobDeps(t), { today }); // queued while APP_URL was the old address
    const [digest] = await mailsLike(`digest:${ids.oia}:${today}`);
    // The demo's own reminders of that day come first in the digest: any agreement's link shows the rule.
    const f = digest?.body_text.match(/\{\{APP_URL\}\}\/agreements\/(\d+)/)?.[1];
    expect(f, 'a link kept as {{APP_URL}} while queued').toBeDefined();

    // The outbox view shows the links as they will be sent (against the running app's APP_URL).
    const admin = await t.login(DEMO.admin);
    const view = (await admin.get(`/api/v1/mail/outbox/${digest?.id}`)).json();
    expect(view.bodyText).toContain(`${OLD_URL}/agreements/${f}`);
    expect(view.bodyHtml).toContain(`href="${OLD_URL}/agreements/${f}"`);

    const deps = jobDeps(t, { env: { ...t.app.deps.env, SMTP_URL: smtp.url, APP_URL: NEW_URL } });
    const transport = smtpTransport(deps.env) as MailTransport;
    try {
      expect((await sendDueMail(deps, transport)).failed).toBe(0);
    } finally {
      transport.close?.();
    }
    const got = smtp.received.find((r) => r.to.includes(DEMO.oia) && header(r.raw, 'Subject') === digest?.subject);
    expect(got).toBeDefined();
    expect(header(got?.raw ?? '', 'Auto-Submitted')).toBe('auto-generated');
    expect(header(got?.raw ?? '', 'X-Auto-Response-Suppress')).toBe('All');
    const text = plainText(got?.raw ?? '');
    expect(text).toContain(`${NEW_URL}/agreements/${f}`);
    expect(text).not.toContain(OLD_URL);
    expect(text).not.toContain(APP_URL_TOKEN);
  });
});
