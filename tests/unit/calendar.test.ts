import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  academicYearAt,
  academicYearDate,
  academicYearLabelParams,
  academicYearOf,
  academicYearRange,
  academicYearShortLabelParams,
  academicYearStart,
  addDays,
  addMonths,
  businessDate,
  businessHour,
  daysBetween,
  daysInMonth,
  fromRocYear,
  inclusiveDays,
  rocSemesterOf,
  semesterOf,
  semesterRange,
  termDates,
  toRocYear,
} from '#shared/calendar.js';

const DAY_MS = 86_400_000;
/** Any calendar day from 1950 to 2100 as 'YYYY-MM-DD'. */
const day = fc
  .integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const year = fc.integer({ min: 1950, max: 2100 });
/** Taiwan has kept UTC+8 without daylight saving since 1980 (the tz database has summer time until 1979). */
const dayOfSteadyOffset = fc
  .integer({ min: Date.UTC(1980, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const within = (d: string, [from, to]: [string, string]) => from <= d && d <= to;

describe('the academic year (1 August – 31 July)', () => {
  it('turns over between 31 July and 1 August', () => {
    expect(academicYearOf('2026-07-31')).toBe(2025);
    expect(academicYearOf('2026-08-01')).toBe(2026);
    expect(academicYearOf('2027-01-15')).toBe(2026);
    expect(academicYearRange(2026)).toEqual(['2026-08-01', '2027-07-31']);
    fc.assert(
      fc.property(year, (y) => {
        expect(academicYearOf(`${y}-07-31`)).toBe(y - 1);
        expect(academicYearOf(`${y}-08-01`)).toBe(y);
        expect(academicYearStart(y)).toBe(`${y}-08-01`);
      }),
    );
  });

  it('holds every day in exactly the year academicYearOf names, the years touching end to start', () => {
    fc.assert(
      fc.property(day, (d) => {
        const y = academicYearOf(d);
        expect(within(d, academicYearRange(y))).toBe(true);
        expect(within(d, academicYearRange(y - 1))).toBe(false);
        expect(within(d, academicYearRange(y + 1))).toBe(false);
      }),
    );
    fc.assert(
      fc.property(year, (y) => {
        const [start, end] = academicYearRange(y);
        expect(addDays(end, 1)).toBe(academicYearRange(y + 1)[0]);
        expect(inclusiveDays(start, end)).toBe(isLeap(y + 1) ? 366 : 365);
      }),
    );
  });

  it('places a month and day in the academic year: August – December first, January – July the next calendar year', () => {
    expect(academicYearDate(2026, 8, 1)).toBe('2026-08-01');
    expect(academicYearDate(2026, 12, 31)).toBe('2026-12-31');
    expect(academicYearDate(2026, 1, 1)).toBe('2027-01-01');
    expect(academicYearDate(2026, 7, 31)).toBe('2027-07-31');
    fc.assert(
      fc.property(day, (d) => {
        const [, m, dd] = d.split('-').map(Number) as [number, number, number];
        expect(academicYearDate(academicYearOf(d), m, dd)).toBe(d);
      }),
    );
  });

  it('is the Asia/Taipei day of the instant: at UTC 15:59 on 31 July the old year, at 16:00 the new one', () => {
    expect(academicYearAt(new Date('2026-07-31T15:59:59.999Z'))).toBe(2025);
    expect(academicYearAt(new Date('2026-07-31T16:00:00.000Z'))).toBe(2026);
  });
});

describe('semesters (first 1 August – 31 January, second 1 February – 31 July)', () => {
  it('turns over between 31 January and 1 February, and between the years', () => {
    expect(semesterOf('2027-01-31')).toEqual({ academicYear: 2026, semester: 1 });
    expect(semesterOf('2027-02-01')).toEqual({ academicYear: 2026, semester: 2 });
    expect(semesterOf('2027-07-31')).toEqual({ academicYear: 2026, semester: 2 });
    expect(semesterOf('2027-08-01')).toEqual({ academicYear: 2027, semester: 1 });
    expect(semesterRange(2026, 1)).toEqual(['2026-08-01', '2027-01-31']);
    expect(semesterRange(2026, 2)).toEqual(['2027-02-01', '2027-07-31']);
  });

  it('splits each academic year in two halves that touch, 29 February in the second', () => {
    fc.assert(
      fc.property(year, (y) => {
        const [first, second] = [semesterRange(y, 1), semesterRange(y, 2)];
        expect(first[0]).toBe(academicYearRange(y)[0]);
        expect(addDays(first[1], 1)).toBe(second[0]);
        expect(second[1]).toBe(academicYearRange(y)[1]);
        expect(inclusiveDays(...first)).toBe(184);
        expect(inclusiveDays(...second)).toBe(isLeap(y + 1) ? 182 : 181);
        if (isLeap(y + 1)) expect(semesterOf(`${y + 1}-02-29`)).toEqual({ academicYear: y, semester: 2 });
      }),
    );
  });

  it('puts every day in the semester semesterOf names', () => {
    fc.assert(
      fc.property(day, (d) => {
        const { academicYear, semester } = semesterOf(d);
        expect(within(d, semesterRange(academicYear, semester))).toBe(true);
        expect(within(d, semesterRange(academicYear, semester === 1 ? 2 : 1))).toBe(false);
      }),
    );
  });

  it("gives a call's term its teaching dates: fall September – January, spring February – June", () => {
    expect(termDates(2026, 'fall')).toEqual({ start: '2026-09-01', end: '2027-01-31' });
    expect(termDates(2026, 'spring')).toEqual({ start: '2027-02-01', end: '2027-06-30' });
    expect(termDates(2026, 'full_year')).toEqual({ start: '2026-09-01', end: '2027-06-30' });
  });
});

describe('ROC years (民國, 學年度)', () => {
  it('names 2026-08-01 … 2027-07-31 115 學年度, both ways', () => {
    expect(toRocYear(2026)).toBe(115);
    expect(fromRocYear(115)).toBe(2026);
    expect(toRocYear(academicYearOf('2026-08-01'))).toBe(115);
    expect(toRocYear(academicYearOf('2026-07-31'))).toBe(114);
    expect(academicYearStart(fromRocYear(113))).toBe('2024-08-01');
  });

  it('round-trips every year', () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(fromRocYear(toRocYear(y))).toBe(y);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (r) => {
        expect(toRocYear(fromRocYear(r))).toBe(r);
      }),
    );
  });

  it("names a day's 學年度 and 學期 as the Ministry's forms do", () => {
    expect(rocSemesterOf('2031-08-01')).toEqual({ year: 120, semester: 1 });
    expect(rocSemesterOf('2032-01-31')).toEqual({ year: 120, semester: 1 });
    expect(rocSemesterOf('2032-02-01')).toEqual({ year: 120, semester: 2 });
    expect(rocSemesterOf('2032-07-31')).toEqual({ year: 120, semester: 2 });
    fc.assert(
      fc.property(day, (d) => {
        const { year: roc, semester } = rocSemesterOf(d);
        expect(within(d, semesterRange(fromRocYear(roc), semester))).toBe(true);
      }),
    );
  });

  it("gives the catalogs' label parameters", () => {
    expect(academicYearLabelParams(2026)).toEqual({ roc: 115, from: 2026, to: 2027 });
    expect(academicYearShortLabelParams(2026)).toEqual({ roc: 115, from: 2026, to: '27' });
    expect(academicYearShortLabelParams(2099)).toEqual({ roc: 188, from: 2099, to: '00' });
    expect(academicYearShortLabelParams(2008)).toEqual({ roc: 97, from: 2008, to: '09' });
  });
});

describe('day counts', () => {
  it('counts both ends, across 29 February when there is one', () => {
    expect(inclusiveDays('2026-07-01', '2026-07-28')).toBe(28);
    expect(inclusiveDays('2026-07-01', '2026-07-01')).toBe(1);
    expect(inclusiveDays('2028-02-28', '2028-03-01')).toBe(3);
    expect(inclusiveDays('2027-02-28', '2027-03-01')).toBe(2);
    expect(inclusiveDays('2100-02-28', '2100-03-01')).toBe(2);
    expect(inclusiveDays('2000-02-28', '2000-03-01')).toBe(3);
  });

  it('is one more than the days between, and addDays undoes it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const later = addDays(d, n);
        expect(daysBetween(d, later)).toBe(n);
        expect(inclusiveDays(d, later)).toBe(n + 1);
        expect(addDays(later, -n)).toBe(d);
      }),
    );
  });

  it('knows the length of every month', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
        const first = `${y}-${String(m).padStart(2, '0')}-01`;
        expect(daysInMonth(y, m)).toBe(daysBetween(first, addMonths(first, 1)));
      }),
    );
  });
});

describe('addMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('lands on a real day of the right month, keeping the day when the month has it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -120, max: 120 }), (d, months) => {
        const result = addMonths(d, months);
        const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm).toBe(y * 12 + m + months);
        expect(rd).toBe(Math.min(dd, daysInMonth(ry, rm)));
        expect(new Date(`${result}T00:00:00Z`).toISOString().slice(0, 10)).toBe(result);
        if (dd <= 28) expect(addMonths(result, -months)).toBe(d);
      }),
    );
  });
});

describe('the business date (Asia/Taipei, UTC+8, whatever the process time zone)', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('turns over at 16:00 UTC', () => {
    expect(businessDate(new Date('2026-07-31T15:59:59.999Z'))).toBe('2026-07-31');
    expect(businessDate(new Date('2026-07-31T16:00:00.000Z'))).toBe('2026-08-01');
    expect(businessDate(new Date('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29');
  });

  it('is the UTC day until 15:59 and the next day from 16:00, in any process time zone', () => {
    for (const zone of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Taipei']) {
      process.env.TZ = zone;
      fc.assert(
        fc.property(dayOfSteadyOffset, fc.integer({ min: 0, max: DAY_MS - 1 }), (d, ms) => {
          const instant = new Date(Date.parse(`${d}T00:00:00Z`) + ms);
          expect(businessDate(instant)).toBe(ms < 16 * 3_600_000 ? d : addDays(d, 1));
        }),
        { numRuns: 200 },
      );
      expect(businessDate(new Date(`2026-12-31T15:59:00Z`))).toBe('2026-12-31');
      expect(businessDate(new Date(`2026-12-31T16:00:00Z`))).toBe('2027-01-01');
    }
  });

  it('agrees with the time-zone database (Intl, Asia/Taipei) at any instant, before 1980 too', () => {
    const taipei = (options: Intl.DateTimeFormatOptions, locale: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Taipei', ...options });
    const date = taipei({ year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA');
    const hour = taipei({ hour: '2-digit', hourCycle: 'h23' }, 'en-GB');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 11, 31) }), (ms) => {
        const instant = new Date(ms);
        expect(businessDate(instant)).toBe(date.format(instant));
        expect(businessHour(instant)).toBe(Number(hour.format(instant)));
      }),
      { numRuns: 2000 },
    );
    // Summer time of 1979 (UTC+9): 15:30 UTC was already 00:30 the next day in Taipei.
    expect(businessDate(new Date('1979-08-01T15:30:00Z'))).toBe('1979-08-02');
    expect(businessHour(new Date('1979-08-01T15:30:00Z'))).toBe(0);
  });
});
