import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '#server/db/client.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import {
  MAX_ATTEMPTS,
  type MailTransport,
  type OutgoingMail,
  sendDueMail,
  smtpTransport,
} from '#server/mail/sender.js';
import { runAgreementReminders } from '#server/modules/agreements/agreement-reminders.job.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { insertAgreement, jobDeps, mailEachNotification, secondPool } from './reminder-fixtures.js';
import { header, startSmtp } from './smtp-fixtures.js';

/** A clock the test moves by hand. */
function manualClock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => (now = Date.parse(iso)),
    plusMinutes: (m: number) => (now += m * 60_000),
  };
}

describe.each(DIALECTS)('mail outbox (%s)', (dialect) => {
  let t: TestApp;
  let db: Db;
  let admin: Client;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    t = await setupApp(dialect);
    db = t.db.db;
    admin = await t.login(DEMO.admin);
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });
  // Each test sends only its own messages: what earlier tests left pending is set aside.
  beforeEach(async () => {
    await mailEachNotification(db);
    await db.updateTable('mail_outbox').set({ status: 'sent' }).where('status', 'in', ['pending', 'sending']).execute();
  });

  const env = (SMTP_URL?: string) => ({ ...t.app.deps.env, SMTP_URL });
  const row = (id: number) => db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const enqueue = async (key: string, now: string, to = `${key}@example.edu`) => {
    await enqueueMail(
      db,
      { to, locale: 'en', subject: `Test ${key}`, text: `Body ${key}`, html: `<p>${key}</p>`, dedupeKey: key },
      now,
    );
    return (await db.selectFrom('mail_outbox').select('id').where('dedupe_key', '=', key).executeTakeFirstOrThrow()).id;
  };

  it('without SMTP_URL there is no transport: mails wait in the outbox', () => {
    expect(smtpTransport(env(undefined))).toBeNull();
    expect(smtpTransport(env('smtp://127.0.0.1:2525'))).not.toBeNull();
  });

  it('delivers reminder e-mails through a real SMTP server and marks them sent, once', async () => {
    const id = await insertAgreement(db, { endDate: '2030-03-31', noticeDate: '2029-09-30', owningUnit: 'ENG' });
    await db.updateTable('users').set({ locale: 'en' }).where('email', '=', DEMO.coordEng).execute();
    await runAgreementReminders(jobDeps(t), { today: '2030-03-20' });
    const mails = await db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('dedupe_key', 'like', `agreement:${id}:expiry_30:%`)
      .execute();
    expect(mails.map((m) => m.to_address).sort()).toEqual([DEMO.coordEng, DEMO.oia].sort());
    // The demo agreements' own reminders of that day are not this test's business.
    await db
      .updateTable('mail_outbox')
      .set({ status: 'sent' })
      .where('status', '=', 'pending')
      .where('dedupe_key', 'not like', `agreement:${id}:%`)
      .execute();

    const deps = jobDeps(t, { env: env(smtp.url) });
    const transport = smtpTransport(deps.env) as MailTransport;
    const result = await sendDueMail(deps, transport);
    expect(result.failed).toBe(0);
    expect(result.sent).toBeGreaterThanOrEqual(2);

    for (const mail of mails) {
      const got = smtp.received.filter(
        (r) => r.to.includes(mail.to_address) && header(r.raw, 'Subject') === mail.subject,
      );
      expect(got).toHaveLength(1);
      expect(got[0]?.from).toBe('no-reply@meridian.local');
      expect(header(got[0]?.raw ?? '', 'From')).toBe('Meridian <no-reply@meridian.local>');
      const after = await row(mail.id);
      expect(after).toMatchObject({ status: 'sent', attempts: 1, last_error: null, locked_until: null });
      expect(after.sent_at).toEqual(expect.any(String));
    }
    const subjectsTo = (email: string) =>
      smtp.received.filter((r) => r.to.includes(email)).map((r) => header(r.raw, 'Subject'));
    expect(subjectsTo(DEMO.coordEng)).toContain('[Meridian] Agreement ends within 30 days: Reminder test agreement');
    expect(subjectsTo(DEMO.oia)).toContain('[Meridian] 協議將於 30 天內到期：提醒測試協議');

    const count = smtp.received.length;
    expect((await sendDueMail(deps, transport)).sent).toBe(0);
    expect(smtp.received).toHaveLength(count);
    transport.close?.();
    await db.updateTable('users').set({ locale: 'zh-TW' }).where('email', '=', DEMO.coordEng).execute();
  });

  it('retries a failing SMTP server with backoff (1, 5, 30, 120 min), then gives up as failed', async () => {
    const closed = await startSmtp();
    await closed.close(); // nothing listens on this port any more
    const clock = manualClock('2030-05-01T00:00:00.000Z');
    const deps = jobDeps(t, { env: env(closed.url), clock });
    const transport = smtpTransport(deps.env) as MailTransport;
    const id = await enqueue('refused', clock.now().toISOString());

    const waits: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await sendDueMail(deps, transport)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      const r = await row(id);
      expect(r).toMatchObject({ status: 'pending', attempts: attempt, locked_until: null });
      expect(r.last_error).toMatch(/ECONNREFUSED|connect/i);
      waits.push((Date.parse(r.next_attempt_at) - clock.now().getTime()) / 60_000);
      // Not due yet: nothing happens a moment before the retry time.
      clock.set(new Date(Date.parse(r.next_attempt_at) - 1000).toISOString());
      expect(await sendDueMail(deps, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      clock.plusMinutes(1 / 60);
    }
    expect(waits).toEqual([1, 5, 30, 120]);
    expect(await sendDueMail(deps, transport)).toEqual({ sent: 0, retrying: 0, failed: 1 });
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
    clock.plusMinutes(24 * 60);
    expect((await sendDueMail(deps, transport)).failed).toBe(0);
    transport.close?.();

    // An administrator retries it once SMTP works again.
    const retried = await admin.post(`/api/v1/mail/outbox/${id}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    const working = jobDeps(t, { env: env(smtp.url), clock });
    const workingTransport = smtpTransport(working.env) as MailTransport;
    expect((await sendDueMail(working, workingTransport)).sent).toBe(1);
    workingTransport.close?.();
    expect(smtp.received.filter((r) => r.to.includes('refused@example.edu'))).toHaveLength(1);
    const again = await admin.post(`/api/v1/mail/outbox/${id}/retry`, {}, { locale: 'en' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('This message has been sent or is being sent; it cannot be retried.');
  });

  it('two senders in parallel (separate pools on PostgreSQL) deliver each message once', async () => {
    const now = '2030-06-01T00:00:00.000Z';
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push(await enqueue(`parallel-${i}`, now));
    const delivered: OutgoingMail[] = [];
    const slow: MailTransport = {
      sendMail: async (m) => {
        await new Promise((r) => setTimeout(r, 5));
        delivered.push(m);
      },
    };
    const pool = await secondPool(t);
    try {
      const clock = manualClock(now);
      await Promise.all([
        sendDueMail(jobDeps(t, { clock }), slow, 4),
        sendDueMail(jobDeps(t, { clock, db: pool.db }), slow, 4),
      ]);
    } finally {
      await pool.close();
    }
    expect(delivered.map((m) => m.to).sort()).toEqual(ids.map((_, i) => `parallel-${i}@example.edu`).sort());
    for (const id of ids) expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends again a message whose sender died mid-send once its claim has lapsed (at-least-once)', async () => {
    const id = await enqueue('orphan', '2030-07-01T00:00:00.000Z');
    await db
      .updateTable('mail_outbox')
      .set({ status: 'sending', attempts: 1, locked_until: '2030-07-01T00:05:00.000Z' })
      .where('id', '=', id)
      .execute();
    const sent: string[] = [];
    const transport: MailTransport = { sendMail: async (m) => void sent.push(m.to) };
    const clock = manualClock('2030-07-01T00:04:00.000Z');
    expect((await sendDueMail(jobDeps(t, { clock }), transport)).sent).toBe(0);
    clock.plusMinutes(2);
    expect((await sendDueMail(jobDeps(t, { clock }), transport)).sent).toBe(1);
    expect(sent).toEqual(['orphan@example.edu']);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  describe('outbox API', () => {
    it('is for administrators only', async () => {
      const id = await enqueue('api-private', '2030-08-01T00:00:00.000Z');
      for (const email of [DEMO.oia, DEMO.coordEng, DEMO.executive, DEMO.student]) {
        const c = await t.login(email);
        expect((await c.get('/api/v1/mail/outbox')).statusCode).toBe(403);
        expect((await c.get(`/api/v1/mail/outbox/${id}`)).statusCode).toBe(403);
        expect((await c.post(`/api/v1/mail/outbox/${id}/retry`)).statusCode).toBe(403);
      }
      expect((await t.anon.get('/api/v1/mail/outbox')).statusCode).toBe(401);
      expect((await admin.get('/api/v1/mail/outbox')).statusCode).toBe(200);
    });

    it('lists newest first, filters by status, and shows a whole message', async () => {
      const id = await enqueue('api-list', '2030-08-02T00:00:00.000Z');
      const pending = (await admin.get('/api/v1/mail/outbox?status=pending')).json();
      expect(pending.delivery).toBe('none'); // this app has no SMTP_URL
      expect(pending.items.every((m: any) => m.status === 'pending')).toBe(true);
      expect(pending.items[0]).toMatchObject({ id, toAddress: 'api-list@example.edu', subject: 'Test api-list' });
      expect(pending.items[0].bodyText).toBeUndefined();
      const sent = (await admin.get('/api/v1/mail/outbox?status=sent&pageSize=5')).json();
      expect(sent.total).toBeGreaterThan(0);
      expect(sent.items.every((m: any) => m.status === 'sent')).toBe(true);
      const all = (await admin.get('/api/v1/mail/outbox?pageSize=200')).json();
      const ids = all.items.map((m: any) => m.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));

      const message = (await admin.get(`/api/v1/mail/outbox/${id}`)).json();
      expect(message).toMatchObject({
        bodyText: 'Body api-list',
        bodyHtml: '<p>api-list</p>',
        from: 'Meridian <no-reply@meridian.local>',
      });
      expect((await admin.get('/api/v1/mail/outbox/999999')).statusCode).toBe(404);
      expect((await admin.get('/api/v1/mail/outbox?status=bogus')).statusCode).toBe(400);
    });

    it('records a retry in the audit log', async () => {
      const id = await enqueue('api-audit', '2030-08-03T00:00:00.000Z');
      await db
        .updateTable('mail_outbox')
        .set({ status: 'failed', attempts: 5, last_error: 'boom' })
        .where('id', '=', id)
        .execute();
      expect((await admin.post(`/api/v1/mail/outbox/${id}/retry`)).statusCode).toBe(200);
      const entry = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', 'mail')
        .where('entity_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(entry.before_json ?? '{}')).toMatchObject({ status: 'failed', attempts: 5 });
      expect(JSON.parse(entry.after_json ?? '{}')).toMatchObject({ status: 'pending', attempts: 0 });
    });
  });
});
