import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minusMonths, noticeDateOf } from '#server/modules/agreements/agreement.columns.js';
import {
  effectiveStatus,
  effectiveStatusSql,
  type LifecycleRow,
  mayTransition,
  monthsBetween,
  renewalDates,
  startsFrom,
  universityToday,
} from '#server/modules/agreements/agreement-lifecycle.js';
import { addDays } from '#shared/calendar.js';
import { AGREEMENT_TRANSITIONS, STORED_AGREEMENT_STATUSES } from '#shared/enums.js';

/** Any calendar day from 1990 to 2100 as 'YYYY-MM-DD'. */
const day = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('minusMonths and the notice date', () => {
  it('clamps to the last day of a shorter month, leap years included', () => {
    expect(minusMonths('2027-08-31', 6)).toBe('2027-02-28');
    expect(minusMonths('2028-08-31', 6)).toBe('2028-02-29'); // 2028 is a leap year
    expect(minusMonths('2100-08-31', 6)).toBe('2100-02-28'); // 2100 is not
    expect(minusMonths('2000-08-31', 6)).toBe('2000-02-29'); // 2000 is
    expect(minusMonths('2026-03-31', 1)).toBe('2026-02-28');
    expect(minusMonths('2026-05-31', 1)).toBe('2026-04-30');
    expect(minusMonths('2026-01-15', 1)).toBe('2025-12-15');
    expect(minusMonths('2026-01-31', 13)).toBe('2024-12-31');
    expect(minusMonths('2026-07-31', 0)).toBe('2026-07-31');
    expect(minusMonths('2024-02-29', 12)).toBe('2023-02-28');
    expect(minusMonths('2024-02-29', 48)).toBe('2020-02-29');
    expect(minusMonths('2026-11-30', -3)).toBe('2027-02-28'); // negative months add
  });

  it('defaults the notice period to six months and has no notice date without an end date', () => {
    expect(noticeDateOf('2027-07-31', null)).toBe('2027-01-31');
    expect(noticeDateOf('2027-07-31', undefined)).toBe('2027-01-31');
    expect(noticeDateOf('2027-07-31', 3)).toBe('2027-04-30');
    expect(noticeDateOf('2027-07-31', 12)).toBe('2026-07-31');
    expect(noticeDateOf(null, 3)).toBeNull();
  });

  it('always lands on a real day, in the right month, never after the end date, keeping the day when it exists', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (date, months) => {
        const result = minusMonths(date, months);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm).toBe(y * 12 + m - months);
        expect(rd).toBe(Math.min(d, lastDayOf(ry, rm)));
        expect(new Date(`${result}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result);
        expect(result <= date).toBe(true);
      }),
    );
  });
});

describe('effective status', () => {
  const row = (over: Partial<LifecycleRow>): LifecycleRow => ({
    status: 'active',
    end_date: '2027-07-31',
    notice_date: '2027-01-31',
    open_ended: 0,
    ...over,
  });

  it('reads active as expiring from the notice date through the end date, then expired', () => {
    expect(effectiveStatus(row({}), '2027-01-30')).toBe('active');
    expect(effectiveStatus(row({}), '2027-01-31')).toBe('expiring');
    expect(effectiveStatus(row({}), '2027-07-31')).toBe('expiring');
    expect(effectiveStatus(row({}), '2027-08-01')).toBe('expired');
    expect(effectiveStatus(row({ open_ended: 1, end_date: null, notice_date: null }), '2099-01-01')).toBe('active');
    for (const status of STORED_AGREEMENT_STATUSES.filter((s) => s !== 'active'))
      expect(effectiveStatus(row({ status }), '2030-01-01')).toBe(status);
  });

  it('takes "today" in Taiwan: 16:00 UTC is already the next day', () => {
    expect(universityToday('2026-11-21T15:59:59.999Z')).toBe('2026-11-21');
    expect(universityToday('2026-11-21T16:00:00.000Z')).toBe('2026-11-22');
    expect(universityToday('2026-12-31T16:30:00.000Z')).toBe('2027-01-01');
  });

  describe('in SQL', () => {
    let db: Kysely<any>;
    beforeAll(async () => {
      db = new Kysely({ dialect: new SqliteDialect({ database: new SQLite(':memory:') }) });
      await db.schema
        .createTable('agreements')
        .addColumn('status', 'text')
        .addColumn('end_date', 'text')
        .addColumn('notice_date', 'text')
        .addColumn('open_ended', 'integer')
        .execute();
    });
    afterAll(() => db.destroy());

    it('agrees with the TypeScript rule for any record and any day', async () => {
      const record = fc.record({
        status: fc.constantFrom(...STORED_AGREEMENT_STATUSES),
        end_date: fc.option(day, { nil: null }),
        notice_months: fc.option(fc.integer({ min: 0, max: 24 }), { nil: null }),
        open_ended: fc.constantFrom(0, 1),
      });
      await fc.assert(
        fc.asyncProperty(record, day, async (r, today) => {
          const stored = {
            status: r.status,
            end_date: r.open_ended ? null : r.end_date,
            notice_date: r.open_ended ? null : noticeDateOf(r.end_date, r.notice_months),
            open_ended: r.open_ended,
          };
          await db.deleteFrom('agreements').execute();
          await db.insertInto('agreements').values(stored).execute();
          const sqlRow = await db
            .selectFrom('agreements')
            .select(effectiveStatusSql(today).as('s'))
            .executeTakeFirstOrThrow();
          expect(sqlRow.s).toBe(effectiveStatus(stored, today));
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('transitions', () => {
  it('lets a unit coordinator only submit; staff everything', () => {
    const coordinator = { onRecord: true, staff: false };
    const staff = { onRecord: true, staff: true };
    expect(AGREEMENT_TRANSITIONS.filter((a) => mayTransition(a, coordinator))).toEqual(['submit']);
    expect(AGREEMENT_TRANSITIONS.filter((a) => mayTransition(a, staff))).toEqual([...AGREEMENT_TRANSITIONS]);
    expect(AGREEMENT_TRANSITIONS.filter((a) => mayTransition(a, { onRecord: false, staff: true }))).toEqual([]);
  });

  it('starts each action from its statuses only, never on archived records, and renews once', () => {
    const from = (status: any, extra = {}) =>
      AGREEMENT_TRANSITIONS.filter((a) => startsFrom(a, { status, archived: false, hasSuccessor: false, ...extra }));
    expect(from('draft')).toEqual(['submit']);
    expect(from('under_review')).toEqual(['return', 'approve']);
    expect(from('awaiting_signature')).toEqual(['return', 'activate']);
    expect(from('active')).toEqual(['terminate', 'renew']);
    expect(from('expiring')).toEqual(['terminate', 'renew']);
    expect(from('expired')).toEqual(['renew']);
    expect(from('expiring', { hasSuccessor: true })).toEqual(['terminate']);
    expect(from('terminated')).toEqual([]);
    expect(from('renewed')).toEqual([]);
    expect(from('active', { archived: true })).toEqual([]);
  });
});

describe('renewal dates', () => {
  it('starts the day after the old end and runs as long as the old term', () => {
    expect(renewalDates('2022-08-01', '2027-07-31', false)).toEqual({
      startDate: '2027-08-01',
      endDate: '2032-07-31',
      openEnded: false,
    });
    expect(renewalDates('2024-03-01', '2026-02-28', false)).toEqual({
      startDate: '2026-03-01',
      endDate: '2028-02-29',
      openEnded: false,
    });
    expect(renewalDates(null, '2027-07-31', false)).toEqual({
      startDate: '2027-08-01',
      endDate: null,
      openEnded: false,
    });
    expect(renewalDates('2020-01-01', null, true)).toEqual({ startDate: null, endDate: null, openEnded: true });
  });

  it('never overlaps the old term, always ends after it starts and lasts about as long', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 3650 }), (start, length) => {
        const end = addDays(start, length);
        const next = renewalDates(start, end, false);
        expect(next.startDate).toBe(addDays(end, 1));
        expect((next.endDate as string) >= (next.startDate as string)).toBe(true);
        // As many whole months as the old term (one fewer when the start day does not exist in the end month).
        const months = Math.max(1, monthsBetween(start, addDays(end, 1)));
        const renewed = monthsBetween(next.startDate as string, addDays(next.endDate as string, 1));
        expect([months - 1, months]).toContain(renewed);
      }),
    );
  });
});
