import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '#shared/calendar.js';
import { TAIWAN_HOLIDAYS } from '#shared/taiwan-holidays.data.js';
import { addWorkingDays, type DayKind, holidayTable, isWorkingDay, workingDaysBetween } from '#shared/working-days.js';

const TAIWAN = holidayTable(TAIWAN_HOLIDAYS);
const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

// Any date of 2025–2028 and any holiday table over those years (holidays on weekdays, workdays on Saturdays).
const dateArb = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2025-01-01', n));
const tableArb = fc
  .array(fc.tuple(dateArb, fc.constantFrom<DayKind>('holiday', 'workday')), { maxLength: 60 })
  .map((rows) => holidayTable(rows.map(([date, kind]) => ({ date, kind }))));
const nArb = fc.integer({ min: 0, max: 40 });

describe('working days (properties)', () => {
  it('n working days later is a working day, after the start, and exactly n working days away', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), tableArb, (date, n, table) => {
        const due = addWorkingDays(date, n, table);
        expect(due > date).toBe(true);
        expect(isWorkingDay(due, table)).toBe(true);
        expect(workingDaysBetween(date, due, table)).toBe(n);
        // …and the day before it is one working day short
        expect(workingDaysBetween(date, addDays(due, -1), table)).toBe(n - 1);
      }),
    );
  });

  it('is monotone in n and additive (a + b = adding a, then b)', () => {
    fc.assert(
      fc.property(dateArb, nArb, nArb, tableArb, (date, a, b, table) => {
        const [now, next] = [addWorkingDays(date, a, table), addWorkingDays(date, a + 1, table)];
        // 0 days is "on or after", 1 day "after": from a day off both are the next working day
        expect(a === 0 ? next >= now : next > now).toBe(true);
        if (a > 0)
          expect(addWorkingDays(addWorkingDays(date, a, table), b, table)).toBe(addWorkingDays(date, a + b, table));
      }),
    );
  });

  it('never lands on a listed holiday; a listed Saturday workday counts', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 30 }), tableArb, (date, n, table) => {
        expect(table.get(addWorkingDays(date, n, table))).not.toBe('holiday');
      }),
    );
    const saturday = '2026-03-07';
    const table = holidayTable([{ date: saturday, kind: 'workday' }]);
    expect(addWorkingDays('2026-03-06', 1, table)).toBe(saturday);
    expect(addWorkingDays('2026-03-06', 1, new Map())).toBe('2026-03-09');
  });

  it('without holidays, five working days from a weekday are one calendar week', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        fc.pre(weekday(date) !== 0 && weekday(date) !== 6);
        expect(addWorkingDays(date, 5, new Map())).toBe(addDays(date, 7));
      }),
    );
  });

  it('0 days is the first working day on or after the date', () => {
    expect(addWorkingDays('2026-02-14', 0, TAIWAN)).toBe('2026-02-23'); // the 2026 Lunar New Year break
    expect(addWorkingDays('2026-02-13', 0, TAIWAN)).toBe('2026-02-13');
    expect(() => addWorkingDays('2026-02-13', -1, TAIWAN)).toThrow(RangeError);
  });
});

describe("Taiwan's calendar (the data)", () => {
  it('lists only weekdays as holidays, no date twice, and both years', () => {
    const dates = TAIWAN_HOLIDAYS.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    for (const h of TAIWAN_HOLIDAYS) {
      if (h.kind === 'holiday') expect([0, 6]).not.toContain(weekday(h.date));
      expect(h.zh && h.en).toBeTruthy();
    }
    expect(dates.filter((d) => d.startsWith('2026')).length).toBeGreaterThanOrEqual(15);
    expect(dates.filter((d) => d.startsWith('2027')).length).toBeGreaterThanOrEqual(15);
  });

  it('counts across the Lunar New Year, 228 and the Double Tenth weekends', () => {
    // Friday 13 Feb 2026 + 1 working day: the break runs 14–22 Feb.
    expect(addWorkingDays('2026-02-13', 1, TAIWAN)).toBe('2026-02-23');
    // Thursday 26 Feb + 1: Friday 27 Feb is the day off for 228 (a Saturday).
    expect(addWorkingDays('2026-02-26', 1, TAIWAN)).toBe('2026-03-02');
    expect(addWorkingDays('2026-10-08', 2, TAIWAN)).toBe('2026-10-13');
    expect(workingDaysBetween('2026-09-24', '2026-09-29', TAIWAN)).toBe(1); // 25 and 28 Sep off
    expect(isWorkingDay('2027-02-10', TAIWAN)).toBe(false);
  });
});
