import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { decodeCell, encodeCell, type Source } from '#server/reports/ministry/cells.js';
import { rocSemesterOf } from '#shared/calendar.js';

const source: Source = {
  table: 'mobilities',
  where: () => sql`1 = 1`,
  facets: { unit: () => sql.ref('mobilities.unit_id'), col: () => sql`'x'`, sex: () => sql`'y'` },
};

describe('Ministry table cells', () => {
  it('a cell key names its filter and reads back the same (lists, nulls, the grand total)', () => {
    const filter = { unit: 12, col: ['foreign', 'foreign_dual'], sex: null };
    const key = encodeCell(filter);
    expect(key).toBe('unit=12;col=foreign,foreign_dual;sex=~');
    expect(decodeCell(key, source)).toEqual(filter);
    expect(decodeCell(encodeCell({ college: 3 }), source)).toEqual({ college: 3 });
    expect(encodeCell({})).toBe('*');
    expect(decodeCell('*', source)).toEqual({});
  });

  it('refuses a facet the table does not have, and a unit that is not a number', () => {
    expect(() => decodeCell('country=JP', source)).toThrow();
    expect(() => decodeCell('unit=abc', source)).toThrow();
    expect(() => decodeCell('unit', source)).toThrow();
  });

  it('the academic year and semester of a day (學年度 from 1 August, second semester from 1 February)', () => {
    expect(rocSemesterOf('2031-08-01')).toEqual({ year: 120, semester: 1 });
    expect(rocSemesterOf('2032-01-31')).toEqual({ year: 120, semester: 1 });
    expect(rocSemesterOf('2032-02-01')).toEqual({ year: 120, semester: 2 });
    expect(rocSemesterOf('2032-07-31')).toEqual({ year: 120, semester: 2 });
  });
});
