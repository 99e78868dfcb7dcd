import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AcademicTerm, addDays, rocSemesterOf, semesterOf, semesterRange, termDates } from '#shared/calendar.js';

const DAY_MS = 86_400_000;
const day = fc
  .integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS })
  .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
const year = fc.integer({ min: 1950, max: 2100 });
const term = fc.constantFrom('fall', 'spring', 'full_year');

/** 2026's semesters as a university might set them: first 2026-08-01 – 2027-02-14, second 2027-02-15 – 2027-07-31. */
const set2026: AcademicTerm[] = [
  {
    academicYear: 2026,
    semester: 1,
    firstDay: '2026-08-01',
    lastDay: '2027-02-14',
    teachingStart: '2026-09-14',
    teachingEnd: null,
  },
  {
    academicYear: 2026,
    semester: 2,
    firstDay: '2027-02-15',
    lastDay: '2027-07-31',
    teachingStart: null,
    teachingEnd: '2027-06-20',
  },
];
/** An override for another year does not touch the year asked about. */
const elsewhere: AcademicTerm[] = [
  {
    academicYear: 1900,
    semester: 1,
    firstDay: '1900-08-01',
    lastDay: '1901-01-31',
    teachingStart: null,
    teachingEnd: null,
  },
];

describe('academic calendar overrides', () => {
  it('leaves the defaults unchanged without overrides (or with an empty table, or another year’s)', () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(semesterOf(d, [])).toEqual(semesterOf(d));
        expect(semesterOf(d, elsewhere)).toEqual(semesterOf(d));
        expect(rocSemesterOf(d, elsewhere)).toEqual(rocSemesterOf(d));
      }),
    );
    fc.assert(
      fc.property(year, term, fc.constantFrom(1 as const, 2 as const), (y, t, s) => {
        expect(semesterRange(y, s, elsewhere)).toEqual(semesterRange(y, s));
        expect(termDates(y, t, [])).toEqual(termDates(y, t));
      }),
    );
    expect(termDates(2026, 'fall')).toEqual({ start: '2026-09-01', end: '2027-01-31' });
    expect(termDates(2026, 'spring')).toEqual({ start: '2027-02-01', end: '2027-06-30' });
  });

  it('places every day of an overridden semester in it, and leaves other years to the defaults', () => {
    const [from] = semesterRange(2026, 1, set2026);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (n) => {
        const d = addDays(from, n);
        const expected = d <= '2027-02-14' ? 1 : 2;
        expect(semesterOf(d, set2026)).toEqual({ academicYear: 2026, semester: expected });
      }),
    );
    expect(semesterOf('2027-02-10')).toEqual({ academicYear: 2026, semester: 2 });
    expect(rocSemesterOf('2027-02-10', set2026)).toEqual({ year: 115, semester: 1 });
    expect(semesterOf('2027-08-01', set2026)).toEqual({ academicYear: 2027, semester: 1 });
    expect(semesterRange(2026, 1, set2026)).toEqual(['2026-08-01', '2027-02-14']);
    expect(semesterRange(2027, 1, set2026)).toEqual(['2027-08-01', '2028-01-31']);
  });

  it('takes a call’s term from the teaching dates, else the defaults kept inside the semester', () => {
    expect(termDates(2026, 'fall', set2026)).toEqual({ start: '2026-09-14', end: '2027-02-14' });
    expect(termDates(2026, 'spring', set2026)).toEqual({ start: '2027-02-15', end: '2027-06-20' });
    expect(termDates(2026, 'full_year', set2026)).toEqual({ start: '2026-09-14', end: '2027-06-20' });
    const late: AcademicTerm[] = [
      {
        academicYear: 2026,
        semester: 1,
        firstDay: '2026-09-10',
        lastDay: '2027-01-31',
        teachingStart: null,
        teachingEnd: null,
      },
    ];
    expect(termDates(2026, 'fall', late)).toEqual({ start: '2026-09-10', end: '2027-01-31' });
  });

  it('keeps every term inside its semesters, whatever valid override is set', () => {
    const shift = fc.integer({ min: -20, max: 20 });
    fc.assert(
      fc.property(year, shift, shift, term, (y, a, b, t) => {
        const edge = addDays(`${y + 1}-02-01`, a);
        const terms: AcademicTerm[] = [
          {
            academicYear: y,
            semester: 1,
            firstDay: addDays(`${y}-08-01`, b),
            lastDay: addDays(edge, -1),
            teachingStart: null,
            teachingEnd: null,
          },
          {
            academicYear: y,
            semester: 2,
            firstDay: edge,
            lastDay: `${y + 1}-07-31`,
            teachingStart: null,
            teachingEnd: null,
          },
        ];
        const { start, end } = termDates(y, t, terms);
        expect(start <= end).toBe(true);
        expect(start >= terms[0]!.firstDay && end <= terms[1]!.lastDay).toBe(true);
        expect(semesterOf(edge, terms)).toEqual({ academicYear: y, semester: 2 });
        expect(semesterOf(addDays(edge, -1), terms)).toEqual({ academicYear: y, semester: 1 });
      }),
    );
  });
});
