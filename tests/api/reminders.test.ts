import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.js';
import type { Db } from '#server/db/client.js';
import { type DailyJob, runDailyJob } from '#server/jobs/scheduler.js';
import { APP_URL_TOKEN } from '#server/mail/links.js';
import { agreementRemindersJob, runAgreementReminders } from '#server/modules/agreements/agreement-reminders.job.js';
import { addDays } from '#shared/calendar.js';
import type { Locale, Role } from '#shared/roles.js';
import { DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import {
  addSignedFile,
  fixedClock,
  insertAgreement,
  jobDeps,
  mailEachNotification,
  secondPool,
  unitId,
  userId,
} from './reminder-fixtures.js';

/** Set, but mails keep paths: the link becomes APP_URL + path only when the mail is sent. */
const APP_URL = 'https://meridian.example.edu';

describe.each(DIALECTS)('agreement reminders (%s)', (dialect) => {
  let t: TestApp;
  let db: Db;
  beforeAll(async () => {
    t = await setupApp(dialect, { APP_URL });
    db = t.db.db;
  });
  afterAll(() => t.close());
  beforeEach(() => mailEachNotification(db));

  const run = (today: string, deps = jobDeps(t)) => runAgreementReminders(deps, { today });
  /** What one run sent for these agreements, as "id:kind". */
  const sentFor = async (ids: number[], today: string, deps = jobDeps(t)) =>
    (await run(today, deps)).sent.filter((s) => ids.includes(s.agreementId)).map((s) => `${s.agreementId}:${s.kind}`);
  const notificationsOf = (agreementId: number) =>
    db
      .selectFrom('notifications')
      .innerJoin('users', 'users.id', 'notifications.user_id')
      .select(['users.email', 'notifications.kind', 'notifications.params_json'])
      .where('entity_type', '=', 'agreement')
      .where('entity_id', '=', agreementId)
      .orderBy('notifications.id')
      .execute();
  const mailsTo = (email: string, agreementId: number) =>
    db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .where('dedupe_key', 'like', `agreement:${agreementId}:%`)
      .orderBy('id')
      .execute();

  it('walks a simulated year: notice window, then 180, 90 and 30 days — each exactly once', async () => {
    const end = '2031-03-31';
    const id = await insertAgreement(db, { endDate: end, noticeDate: '2030-09-30', owningUnit: 'CSIE' });
    const timeline: string[] = [];
    for (let day = '2030-09-01'; day <= '2031-04-05'; day = addDays(day, 1)) {
      for (const kind of await sentFor([id], day)) timeline.push(`${day} ${kind.split(':')[1]}`);
      // Running again the same day (a restart, the hourly tick) sends nothing more.
      expect(await sentFor([id], day)).toEqual([]);
    }
    expect(timeline).toEqual([
      '2030-09-30 notice',
      `${addDays(end, -180)} expiry_180`,
      `${addDays(end, -90)} expiry_90`,
      `${addDays(end, -30)} expiry_30`,
    ]);
    const oia = (await notificationsOf(id)).filter((n) => n.email === DEMO.oia).map((n) => n.kind);
    expect(oia).toEqual(['agreement.notice', 'agreement.expiry_180', 'agreement.expiry_90', 'agreement.expiry_30']);
    expect(await mailsTo(DEMO.oia, id)).toHaveLength(4);
  });

  it('catches up after missed days with the most urgent threshold only, marking the others as passed', async () => {
    const id = await insertAgreement(db, { endDate: '2030-07-31', noticeDate: '2030-01-31' });
    // First run ever at 60 days before the end: the 180-day reminder was missed, the 90-day one is due.
    expect(await sentFor([id], '2030-06-01')).toEqual([`${id}:notice`, `${id}:expiry_90`]);
    const logged = await db
      .selectFrom('reminder_log')
      .select(['kind', 'reference'])
      .where('entity_id', '=', id)
      .execute();
    expect(logged.map((l) => l.kind).sort()).toEqual(['expiry_180', 'expiry_90', 'notice']);
    expect(logged.every((l) => l.reference === '2030-07-31')).toBe(true);
    expect((await notificationsOf(id)).filter((n) => n.email === DEMO.oia).map((n) => n.kind)).toEqual([
      'agreement.notice',
      'agreement.expiry_90',
    ]);
    // Down again until 10 days before the end: only the 30-day reminder, once.
    expect(await sentFor([id], '2030-07-21')).toEqual([`${id}:expiry_30`]);
    expect(await sentFor([id], '2030-07-22')).toEqual([]);
    // Ended: nothing more.
    expect(await sentFor([id], '2030-08-01')).toEqual([]);
  });

  it('reminds once about an active agreement without a signed file (a removed one does not count)', async () => {
    const missing = await insertAgreement(db, { openEnded: true, signed: false, activatedAt: '2030-02-01T03:00:00Z' });
    const withFile = await insertAgreement(db, { openEnded: true });
    const removed = await insertAgreement(db, { openEnded: true, signed: false });
    const fileId = await addSignedFile(db, removed);
    await db
      .updateTable('agreement_files')
      .set({ removed_at: '2030-01-05T00:00:00Z' })
      .where('id', '=', fileId)
      .execute();
    const draft = await insertAgreement(db, { openEnded: true, signed: false, status: 'draft' });
    const archived = await insertAgreement(db, { openEnded: true, signed: false, archived: true });
    const ended = await insertAgreement(db, { endDate: '2030-01-31', noticeDate: '2029-07-31', signed: false });
    const ids = [missing, withFile, removed, draft, archived, ended];

    expect((await sentFor(ids, '2030-03-01')).sort()).toEqual(
      [`${missing}:signed_file_missing`, `${removed}:signed_file_missing`].sort(),
    );
    expect(await sentFor(ids, '2030-03-02')).toEqual([]);
    const log = await db.selectFrom('reminder_log').select('reference').where('entity_id', '=', missing).execute();
    expect(log).toEqual([{ reference: '2030-02-01' }]); // the activation day (Asia/Taipei)
    // Open-ended: the e-mail lists no end date and no days left.
    const [mail] = await mailsTo(DEMO.oia, missing);
    expect(mail?.subject).toBe('[Meridian] 協議尚缺簽署本：提醒測試協議');
    expect(mail?.body_text).toContain('協議: 提醒測試協議');
    expect(mail?.body_text).not.toContain('到期日');
    expect(mail?.body_text).not.toContain('剩餘天數');
  });

  it('sends no expiry reminders for open-ended, archived, draft or terminated agreements', async () => {
    const base = { endDate: '2030-05-01', noticeDate: '2029-11-01' };
    const ids = [
      await insertAgreement(db, { openEnded: true }),
      await insertAgreement(db, { ...base, archived: true }),
      await insertAgreement(db, { ...base, status: 'draft' }),
      await insertAgreement(db, { ...base, status: 'terminated' }),
    ];
    expect(await sentFor(ids, '2030-04-15')).toEqual([]);
  });

  it('starts a fresh set of reminders when the end date changes (renewal, correction)', async () => {
    const id = await insertAgreement(db, { endDate: '2030-09-30', noticeDate: '2030-03-31' });
    expect(await sentFor([id], '2030-09-15')).toEqual([`${id}:notice`, `${id}:expiry_30`]);
    await db
      .updateTable('agreements')
      .set({ end_date: '2031-09-30', notice_date: '2031-03-31' })
      .where('id', '=', id)
      .execute();
    expect(await sentFor([id], '2030-09-16')).toEqual([]);
    expect(await sentFor([id], '2031-04-03')).toEqual([`${id}:notice`, `${id}:expiry_180`]);
  });

  it('sends nothing again after a restart: a second app instance on the same database', async () => {
    const id = await insertAgreement(db, { endDate: '2032-01-31', noticeDate: '2031-07-31' });
    expect(await sentFor([id], '2031-12-15')).toEqual([`${id}:notice`, `${id}:expiry_90`]);
    const before = (await notificationsOf(id)).length;

    const second = await buildApp({ env: t.app.deps.env, database: t.db, clock: t.clock, logger: false });
    const pool = await secondPool(t);
    try {
      expect(await sentFor([id], '2031-12-15', { ...second.deps, db: pool.db })).toEqual([]);
      expect(await sentFor([id], '2031-12-20', { ...second.deps, db: pool.db })).toEqual([]);
    } finally {
      await pool.close();
      await second.close();
    }
    expect(await notificationsOf(id)).toHaveLength(before);
  });

  it('two runs in parallel (separate connection pools on PostgreSQL) send each reminder once', async () => {
    const ids = [
      await insertAgreement(db, { endDate: '2033-02-28', noticeDate: '2032-08-28', owningUnit: 'EE' }),
      await insertAgreement(db, { endDate: '2033-03-15', noticeDate: '2032-09-15', owningUnit: 'BUS' }),
      await insertAgreement(db, { openEnded: true, signed: false }),
    ];
    const pool = await secondPool(t);
    try {
      const [a, b] = await Promise.all([run('2033-01-10'), run('2033-01-10', jobDeps(t, { db: pool.db }))]);
      const sent = [...a.sent, ...b.sent]
        .filter((s) => ids.includes(s.agreementId))
        .map((s) => `${s.agreementId}:${s.kind}`);
      expect(sent.sort()).toEqual(
        [
          `${ids[0]}:notice`,
          `${ids[0]}:expiry_90`,
          `${ids[1]}:notice`,
          `${ids[1]}:expiry_90`,
          `${ids[2]}:signed_file_missing`,
        ].sort(),
      );
    } finally {
      await pool.close();
    }
    for (const id of ids) {
      const rows = await notificationsOf(id);
      const keys = rows.map((n) => `${n.email} ${n.kind}`);
      expect(new Set(keys).size).toBe(keys.length);
      const mails = await db
        .selectFrom('mail_outbox')
        .select('dedupe_key')
        .where('dedupe_key', 'like', `agreement:${id}:%`)
        .execute();
      expect(mails).toHaveLength(rows.length);
    }
  });

  it('tells the owning staff: OIA International Cooperation (and the office above it), the owning college’s coordinator', async () => {
    const extra = async (email: string, role: Role, unit: string, locale: Locale = 'zh-TW', active = 1) => {
      const { id } = await db
        .insertInto('users')
        .values({
          email,
          password_hash: 'x',
          name_zh: null,
          name_en: email.split('@')[0] as string,
          locale,
          active,
          created_at: '2029-01-01T00:00:00Z',
          updated_at: '2029-01-01T00:00:00Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('user_roles')
        .values({ user_id: id, role, unit_id: await unitId(db, unit) })
        .execute();
    };
    await extra('head.oia@example.edu', 'oia_staff', 'OIA', 'en');
    await extra('planning@example.edu', 'oia_staff', 'OIA-PR');
    await extra('left.ic@example.edu', 'oia_staff', 'OIA-IC', 'zh-TW', 0);

    const eng = await insertAgreement(db, { openEnded: true, signed: false, owningUnit: 'CSIE' });
    const bus = await insertAgreement(db, { openEnded: true, signed: false, owningUnit: 'BUS' });
    const none = await insertAgreement(db, { openEnded: true, signed: false, owningUnit: null });
    await run('2034-01-01');
    const to = async (id: number) => (await notificationsOf(id)).map((n) => n.email).sort();
    const oia = [DEMO.oia, 'head.oia@example.edu'];
    expect(await to(eng)).toEqual([...oia, DEMO.coordEng].sort());
    expect(await to(bus)).toEqual([...oia, DEMO.coordBus].sort());
    expect(await to(none)).toEqual(oia.sort());
    for (const id of [eng, bus, none]) {
      const emails = await to(id);
      for (const never of [DEMO.oiaIss, DEMO.admin, 'planning@example.edu', 'left.ic@example.edu'])
        expect(emails).not.toContain(never);
    }
  });

  it('writes each e-mail in the recipient’s language, with the title in that language and a link', async () => {
    await db.updateTable('users').set({ locale: 'en' }).where('email', '=', DEMO.coordEng).execute();
    const id = await insertAgreement(db, {
      title: 'Exchange <Engineering> & Co',
      titleZh: '工學院交換協議',
      endDate: '2035-03-31',
      noticeDate: '2034-09-30',
      owningUnit: 'ENG',
    });
    expect(await sentFor([id], '2035-03-10')).toEqual([`${id}:notice`, `${id}:expiry_30`]);

    const [zhMail] = (await mailsTo(DEMO.oia, id)).filter((m) => m.dedupe_key.includes('expiry_30'));
    expect(zhMail?.locale).toBe('zh-TW');
    expect(zhMail?.subject).toBe('[Meridian] 協議將於 30 天內到期：工學院交換協議');
    expect(zhMail?.body_text).toContain('陳國合 您好');
    expect(zhMail?.body_text).toContain('2035-03-31');
    expect(zhMail?.body_text).toContain('21 天');
    expect(zhMail?.body_text).toContain(`${APP_URL_TOKEN}/agreements/${id}`);

    const [enMail] = (await mailsTo(DEMO.coordEng, id)).filter((m) => m.dedupe_key.includes('expiry_30'));
    expect(enMail?.locale).toBe('en');
    expect(enMail?.subject).toBe('[Meridian] Agreement ends within 30 days: Exchange <Engineering> & Co');
    expect(enMail?.body_text).toContain('Dear Eric Chang,');
    expect(enMail?.body_text).toContain('21 days');
    // HTML: values escaped, link to the agreement.
    expect(enMail?.body_html).toContain('Exchange &lt;Engineering&gt; &amp; Co');
    expect(enMail?.body_html).not.toContain('<Engineering>');
    expect(enMail?.body_html).toContain(`href="${APP_URL_TOKEN}/agreements/${id}"`);
    expect(enMail?.status).toBe('pending');
    await db.updateTable('users').set({ locale: 'zh-TW' }).where('email', '=', DEMO.coordEng).execute();
  });

  describe('scheduler', () => {
    const counting = (name: string, work: (today: string) => Promise<void> = async () => {}) => {
      const days: string[] = [];
      const job: DailyJob = {
        name,
        run: async (_deps, today) => {
          days.push(today);
          await work(today);
        },
      };
      return { job, days };
    };
    const at = (instant: string) => jobDeps(t, { clock: fixedClock(instant) });

    it('runs a daily job once per day (Asia/Taipei) across instances', async () => {
      const { job, days } = counting('test-once-a-day');
      // 16:30 UTC is already the next day in Taipei.
      expect(await runDailyJob(at('2030-06-29T16:30:00Z'), job, 'a')).toBe('ran');
      expect(await runDailyJob(at('2030-06-29T17:30:00Z'), job, 'a')).toBe('done-today');
      expect(await runDailyJob(at('2030-06-30T10:00:00Z'), job, 'b')).toBe('done-today');
      expect(await runDailyJob(at('2030-06-30T16:00:00Z'), job, 'b')).toBe('ran');
      expect(days).toEqual(['2030-06-30', '2030-07-01']);
      const row = await db.selectFrom('job_runs').selectAll().where('name', '=', job.name).executeTakeFirstOrThrow();
      expect(row.last_run_on).toBe('2030-07-01');
      expect(row.locked_by).toBeNull();
    });

    it('lets only the lease holder run; a failed run is retried; a dead holder’s lease expires', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      const { job, days } = counting('test-lease', () => gate);
      const first = runDailyJob(at('2030-06-01T01:00:00Z'), job, 'a');
      await new Promise((r) => setTimeout(r, 50));
      expect(await runDailyJob(at('2030-06-01T01:05:00Z'), job, 'b')).toBe('busy');
      release();
      expect(await first).toBe('ran');
      expect(days).toEqual(['2030-06-01']);

      let fail = true;
      const flaky = counting('test-flaky', async () => {
        if (fail) throw new Error('boom');
      });
      await expect(runDailyJob(at('2030-06-01T01:00:00Z'), flaky.job, 'a')).rejects.toThrow('boom');
      fail = false;
      expect(await runDailyJob(at('2030-06-01T02:00:00Z'), flaky.job, 'b')).toBe('ran');

      const dead = counting('test-dead-holder');
      await db
        .insertInto('job_runs')
        .values({
          name: dead.job.name,
          last_run_on: '2030-05-31',
          locked_by: 'crashed',
          locked_until: '2030-06-01T00:30:00.000Z',
          updated_at: '2030-06-01T00:00:00.000Z',
        })
        .execute();
      expect(await runDailyJob(at('2030-06-01T00:10:00Z'), dead.job, 'b')).toBe('busy');
      expect(await runDailyJob(at('2030-06-01T00:31:00Z'), dead.job, 'b')).toBe('ran');
    });

    it('runs the reminder job for the Taipei date of the injected clock', async () => {
      const id = await insertAgreement(db, { endDate: '2036-12-31', noticeDate: '2036-07-01' });
      // 2036-06-30T16:30Z is 2036-07-01 00:30 in Taipei: the notice window has begun there.
      expect(await runDailyJob(at('2036-06-30T16:30:00Z'), agreementRemindersJob, 'a')).toBe('ran');
      expect((await notificationsOf(id)).map((n) => n.kind)).toContain('agreement.notice');
      const oiaId = await userId(db, DEMO.oia);
      const mine = await db
        .selectFrom('notifications')
        .select('kind')
        .where('user_id', '=', oiaId)
        .where('entity_id', '=', id)
        .execute();
      expect(mine).toEqual([{ kind: 'agreement.notice' }]);
    });
  });
});
