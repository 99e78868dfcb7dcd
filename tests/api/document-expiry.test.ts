import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDailyJob } from '#server/jobs/scheduler.js';
import { APP_URL_TOKEN } from '#server/mail/links.js';
import { documentExpiryJob, dueThreshold, runDocumentExpiry } from '#server/modules/checklist/document-expiry.job.js';
import { addDays } from '#shared/calendar.js';
import { DIALECTS } from '#tests/setup/app.js';
import { type ChecklistWorld, checklistOf, checklistWorld } from './checklist-fixtures.js';
import { fixedClock, jobDeps, mailEachNotification } from './reminder-fixtures.js';

/** Set, but mails keep paths: the link becomes APP_URL + path only when the mail is sent. */
const APP_URL = 'https://meridian.example.edu';

describe('document expiry thresholds (pure)', () => {
  it('sends the most urgent threshold that applies and skips the passed ones', () => {
    expect(dueThreshold('2031-06-30', '2031-04-30')).toBeNull(); // 61 days
    expect(dueThreshold('2031-06-30', '2031-05-01')).toEqual({ kind: 'expiry_60', skipped: [] });
    expect(dueThreshold('2031-06-30', '2031-05-31')).toEqual({ kind: 'expiry_30', skipped: ['expiry_60'] });
    expect(dueThreshold('2031-06-30', '2031-06-25')).toEqual({ kind: 'expiry_7', skipped: ['expiry_30', 'expiry_60'] });
    expect(dueThreshold('2031-06-30', '2031-06-30')).toEqual({ kind: 'expiry_7', skipped: ['expiry_30', 'expiry_60'] });
    expect(dueThreshold('2031-06-30', '2031-07-01')).toBeNull();
  });
});

describe.each(DIALECTS)('document expiry reminders (%s)', (dialect) => {
  let w: ChecklistWorld;
  beforeAll(async () => {
    w = await checklistWorld(dialect, { APP_URL });
  });
  afterAll(() => w.t.close());
  beforeEach(() => mailEachNotification(w.db));

  const run = (today: string) => runDocumentExpiry(jobDeps(w.t), { today });
  const sentFor = async (today: string, ids: { ledger: string; id: number }[]) =>
    (await run(today)).sent.filter((s) => ids.some((i) => i.ledger === s.ledger && i.id === s.id));
  const mails = (to: string, like: string) =>
    w.db
      .selectFrom('mail_outbox')
      .select(['subject', 'locale', 'body_text'])
      .where('to_address', '=', to)
      .where('dedupe_key', 'like', like)
      .orderBy('id')
      .execute();

  it('walks the clock to a residence permit’s expiry: 60, 30 and 7 days — each once, also after a restart', async () => {
    const end = '2031-06-30';
    const s = await w.inbound({ arcExpiry: end, workPermitExpiry: '2031-12-31', login: 'zh-TW' });
    await mailEachNotification(w.db);
    const subject = [{ ledger: 'person_arc', id: s.personId }];
    const timeline: string[] = [];
    for (let day = '2031-04-25'; day <= '2031-07-03'; day = addDays(day, 1)) {
      for (const x of await sentFor(day, subject)) timeline.push(`${day} ${x.kind}`);
      expect(await sentFor(day, subject)).toEqual([]); // the hourly tick / a restart the same day
    }
    expect(timeline).toEqual(['2031-05-01 expiry_60', '2031-05-31 expiry_30', '2031-06-23 expiry_7']);

    // Recipients: International Students & Scholars staff and the student — each in their own language.
    const notified = await w.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['u.email', 'n.kind', 'n.entity_type', 'n.entity_id'])
      .where('n.dedupe_key', '=', `person_arc:${s.personId}:expiry_60:${end}`)
      .execute();
    expect(notified.map((n) => n.email).sort()).toEqual([s.email, 'oia.iss@demo.meridian.tw'].sort());
    const first = notified[0];
    expect(first).toMatchObject({ kind: 'document.expiry_60', entity_type: 'person', entity_id: s.personId });

    const staffMail = await mails('oia.iss@demo.meridian.tw', `person_arc:${s.personId}:%`);
    expect(staffMail.map((m) => m.locale)).toEqual(['en', 'en', 'en']);
    expect(staffMail[0]?.subject).toContain('Residence permit expires within 60 days: Hanako Yamada');
    expect(staffMail[2]?.body_text).toContain(`${APP_URL_TOKEN}/people/${s.personId}`);
    const ownMail = await mails(s.email as string, `person_arc:${s.personId}:%`);
    expect(ownMail.map((m) => m.locale)).toEqual(['zh-TW', 'zh-TW', 'zh-TW']);
    expect(ownMail[1]?.subject).toContain('居留證 將於 30 天內到期：山田花子');
    expect(await mails('oia.ic@demo.meridian.tw', `person_arc:${s.personId}:%`)).toEqual([]);
  });

  it('catches up after missed days with only the most urgent reminder; work permits too', async () => {
    const s = await w.inbound({ workPermitExpiry: '2032-03-10', login: 'en' });
    await mailEachNotification(w.db);
    const subject = [{ ledger: 'person_work_permit', id: s.personId }];
    expect((await sentFor('2032-03-05', subject)).map((x) => x.kind)).toEqual(['expiry_7']);
    const ledger = await w.db
      .selectFrom('reminder_log')
      .select('kind')
      .where('entity_type', '=', 'person_work_permit')
      .where('entity_id', '=', s.personId)
      .orderBy('kind')
      .execute();
    expect(ledger.map((l) => l.kind)).toEqual(['expiry_30', 'expiry_60', 'expiry_7']);
    for (const day of ['2032-03-06', '2032-03-10', '2032-03-11']) expect(await sentFor(day, subject)).toEqual([]);
    const own = await mails(s.email as string, `person_work_permit:${s.personId}:%`);
    expect(own).toHaveLength(1);
    expect(own[0]?.subject).toContain('Work permit expires within 7 days');

    // A renewed permit (new date) starts a fresh set.
    await w.db.updateTable('people').set({ work_permit_expiry: '2033-03-10' }).where('id', '=', s.personId).execute();
    expect((await sentFor('2033-01-09', subject)).map((x) => x.kind)).toEqual(['expiry_60']);
  });

  it('checklist documents go to their owning office: a health check to Student Affairs, never to OIA', async () => {
    const s = await w.inbound({ login: 'en' });
    await mailEachNotification(w.db);
    const items = (await checklistOf(w.as.oiaIss, s.mobilityId)).items;
    const insurance = items.find((i) => i.kind === 'insurance') as { id: number };
    const health = await w.db
      .selectFrom('mobility_documents')
      .select('id')
      .where('mobility_id', '=', s.mobilityId)
      .where('kind', '=', 'health_check')
      .executeTakeFirstOrThrow();
    await w.db
      .updateTable('mobility_documents')
      .set({ expires_on: '2034-05-20' })
      .where('mobility_id', '=', s.mobilityId)
      .execute();
    const ids = [insurance, health].map((d) => ({ ledger: 'mobility_document', id: d.id }));
    const sent = await sentFor('2034-04-25', ids);
    const byId = new Map(sent.map((x) => [x.id, x]));
    expect(byId.get(health.id)).toMatchObject({ kind: 'expiry_30' });
    expect(byId.get(health.id)?.recipients.sort()).toEqual([s.email, 'sa.staff@test.meridian.tw'].sort());
    expect(byId.get(insurance.id)?.recipients.sort()).toEqual([s.email, 'oia.iss@demo.meridian.tw'].sort());
    const saMail = await mails('sa.staff@test.meridian.tw', `mobility_document:${health.id}:%`);
    expect(saMail[0]?.subject).toContain('健康檢查');
    expect(saMail[0]?.body_text).toContain(`${APP_URL_TOKEN}/mobility/${s.mobilityId}`);
    expect(await mails('oia.iss@demo.meridian.tw', `mobility_document:${health.id}:%`)).toEqual([]);
  });

  it('ignores people whose inbound mobility has ended, and outbound students', async () => {
    const done = await w.inbound({ status: 'completed', arcExpiry: '2035-02-01' });
    const out = await w.inbound({ direction: 'outbound', kind: 'exchange', status: 'abroad', arcExpiry: '2035-02-01' });
    const sent = await sentFor('2035-01-20', [
      { ledger: 'person_arc', id: done.personId },
      { ledger: 'person_arc', id: out.personId },
    ]);
    expect(sent).toEqual([]);
  });

  it('runs once a day through the scheduler under its own name', async () => {
    const s = await w.inbound({ arcExpiry: '2036-03-01' });
    const deps = jobDeps(w.t, { clock: fixedClock('2036-02-25T02:00:00Z') });
    expect(documentExpiryJob.name).toBe('document-expiry');
    expect(await runDailyJob(deps, documentExpiryJob, 'instance-a')).toBe('ran');
    expect(await runDailyJob(deps, documentExpiryJob, 'instance-b')).toBe('done-today');
    const ledger = await w.db
      .selectFrom('reminder_log')
      .select('kind')
      .where('entity_type', '=', 'person_arc')
      .where('entity_id', '=', s.personId)
      .execute();
    expect(ledger.map((l) => l.kind).sort()).toEqual(['expiry_30', 'expiry_60', 'expiry_7']);
  });
});
