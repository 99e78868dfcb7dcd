import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dueReminder, runPeriodReminders } from '#server/modules/reporting/period-reminders.job.js';
import { addDays } from '#shared/calendar.js';
import { DIALECTS } from '#tests/setup/app.js';
import { mailEachNotification } from './reminder-fixtures.js';
import { type ReportingWorld, reportingWorld } from './submissions-fixtures.js';

describe('period reminder thresholds (pure)', () => {
  it('sends the most urgent threshold that applies and skips the passed one', () => {
    expect(dueReminder('2031-06-30', '2031-06-22')).toBeNull(); // 8 days
    expect(dueReminder('2031-06-30', '2031-06-23')).toEqual({ kind: 'reminder_7', skipped: [] });
    expect(dueReminder('2031-06-30', '2031-06-28')).toEqual({ kind: 'reminder_2', skipped: ['reminder_7'] });
    expect(dueReminder('2031-06-30', '2031-06-30')).toEqual({ kind: 'reminder_2', skipped: ['reminder_7'] });
    expect(dueReminder('2031-06-30', '2031-07-01')).toBeNull();
  });
});

/** The daily job across a moved clock: opening notice, 7 and 2 days before closing, once each. */
describe.each(DIALECTS)('period reminders (%s)', (dialect) => {
  let w: ReportingWorld;
  beforeAll(async () => {
    w = await reportingWorld(dialect);
  });
  afterAll(() => w.t.close());
  beforeEach(() => mailEachNotification(w.db));

  const deps = () => ({ db: w.db, env: w.t.app.deps.env, clock: w.t.clock });

  it('opens, then reminds colleges that have not submitted 7 and 2 days before — once, also after a restart', async () => {
    // The coordinator of Business reads English; Engineering's reads Chinese.
    await w.db.updateTable('users').set({ locale: 'en' }).where('email', '=', 'coord.bus@demo.meridian.tw').execute();
    const period = await w.createPeriod({
      year: 2033,
      quarter: 2,
      coversFrom: '2033-04-01',
      coversTo: '2033-06-30',
      opensOn: '2033-06-01',
      closesOn: '2033-06-30',
    });
    const timeline: string[] = [];
    for (let day = '2033-05-30'; day <= '2033-07-02'; day = addDays(day, 1)) {
      const run = await runPeriodReminders(deps(), { today: day });
      for (const s of run.sent) timeline.push(`${day} ${s.unitCode} ${s.kind}`);
      expect((await runPeriodReminders(deps(), { today: day })).sent).toEqual([]); // a restart the same day
      if (day === '2033-06-10') {
        // Engineering submits in between: no reminders for it afterwards.
        const id = await w.submissionId(w.as.coordEng, period.id, 'ENG');
        expect(
          (await w.as.coordEng.post(`/api/v1/reporting/submissions/${id}/submit`, { version: 1 })).statusCode,
        ).toBe(200);
      }
    }
    const ofPeriod = timeline; // only this test's period is open in 2033
    expect(ofPeriod.filter((l) => l.startsWith('2033-06-01'))).toEqual([
      '2033-06-01 ENG opened',
      '2033-06-01 BUS opened',
      '2033-06-01 HSS opened',
      '2033-06-01 DD opened',
    ]);
    expect(ofPeriod.filter((l) => !l.startsWith('2033-06-01'))).toEqual([
      '2033-06-23 BUS reminder_7',
      '2033-06-23 HSS reminder_7',
      '2033-06-23 DD reminder_7',
      '2033-06-28 BUS reminder_2',
      '2033-06-28 HSS reminder_2',
      '2033-06-28 DD reminder_2',
    ]);

    const busId = await w.submissionId(w.as.oia, period.id, 'BUS');
    const mails = async (to: string, submissionId: number) =>
      w.db
        .selectFrom('mail_outbox')
        .select(['subject', 'locale', 'body_text'])
        .where('to_address', '=', to)
        .where('dedupe_key', 'like', `submission:${submissionId}:%`)
        .orderBy('id')
        .execute();
    const bus = await mails('coord.bus@demo.meridian.tw', busId);
    expect(bus.map((m) => m.locale)).toEqual(['en', 'en', 'en']);
    expect(bus[1]?.subject).toContain(`Indicator reporting closes in 7 days: ${period.nameEn}`);
    expect(bus[2]?.body_text).toContain('(2 days left)');
    expect(bus[2]?.body_text).toContain(`/reporting/submissions/${busId}`);
    const engId = await w.submissionId(w.as.oia, period.id, 'ENG');
    const eng = await mails('coord.eng@demo.meridian.tw', engId);
    expect(eng.map((m) => m.subject)).toEqual([`[Meridian] 指標填報已開放：${period.nameZh}`]);
    const inApp = await w.db
      .selectFrom('notifications')
      .select('kind')
      .where('entity_type', '=', 'submission')
      .where('entity_id', '=', busId)
      .orderBy('id')
      .execute();
    expect(inApp.map((n) => n.kind)).toEqual(['submission.opened', 'submission.reminder_7', 'submission.reminder_2']);
  });

  it('catches up after missed days with only the most urgent reminder', async () => {
    const period = await w.createPeriod({
      year: 2034,
      quarter: 1,
      coversFrom: '2034-01-01',
      coversTo: '2034-03-31',
      opensOn: '2034-04-01',
      closesOn: '2034-04-20',
    });
    const run = await runPeriodReminders(deps(), { today: '2034-04-19' });
    const hss = run.sent.filter((s) => s.unitCode === 'HSS').map((s) => s.kind);
    expect(hss).toEqual(['opened', 'reminder_2']);
    expect((await runPeriodReminders(deps(), { today: '2034-04-20' })).sent).toEqual([]);
    const hssId = await w.submissionId(w.as.oia, period.id, 'HSS');
    const ledger = await w.db
      .selectFrom('reminder_log')
      .select('kind')
      .where('entity_type', '=', 'submission')
      .where('entity_id', '=', hssId)
      .orderBy('kind')
      .execute();
    expect(ledger.map((l) => l.kind)).toEqual(['opened', 'reminder_2', 'reminder_7']);
  });
});
