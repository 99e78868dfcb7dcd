import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  awardRuleProblems,
  type MobilityFacts,
  proratedStipend,
  requiredMatching,
  stayDays,
} from '#server/modules/funding/funding-rules.js';

const TEEP = 15_000;

describe('proratedStipend (TEEP: monthly stipend by calendar month, days present ÷ days in that month)', () => {
  it('pays whole calendar months in full, whatever their length', () => {
    expect(proratedStipend(TEEP, '2026-07-01', '2026-08-31')).toBe(30_000);
    expect(proratedStipend(TEEP, '2026-02-01', '2026-02-28')).toBe(15_000);
    expect(proratedStipend(TEEP, '2028-02-01', '2028-02-29')).toBe(15_000); // leap year
    expect(proratedStipend(TEEP, '2026-01-01', '2026-12-31')).toBe(180_000);
  });

  it('prorates partial months by the days present in that month', () => {
    expect(proratedStipend(TEEP, '2026-09-16', '2026-09-30')).toBe(7_500); // 15 of 30 days
    expect(proratedStipend(TEEP, '2026-07-17', '2026-07-31')).toBe(7_258); // 15 of 31 days: 7,258.06
    // 16 of 31 days of July + all of August + 15 of 30 days of September
    expect(proratedStipend(TEEP, '2026-07-16', '2026-09-15')).toBe(Math.round((TEEP * 16) / 31 + TEEP + TEEP / 2));
    expect(proratedStipend(TEEP, '2026-12-20', '2027-01-10')).toBe(Math.round((TEEP * 12) / 31 + (TEEP * 10) / 31));
  });

  it('counts arrival and departure days; one day pays one day', () => {
    expect(proratedStipend(TEEP, '2026-06-10', '2026-06-10')).toBe(500);
  });

  it('gives no suggestion without dates or with the end before the start', () => {
    expect(proratedStipend(TEEP, null, '2026-06-10')).toBeNull();
    expect(proratedStipend(TEEP, '2026-06-10', null)).toBeNull();
    expect(proratedStipend(TEEP, '2026-06-10', '2026-06-09')).toBeNull();
  });

  it('never exceeds a full stipend per month touched, and grows with the stay', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 400 }), (offset, length) => {
        const start = new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2025, 0, 1 + offset + length)).toISOString().slice(0, 10);
        const longer = new Date(Date.UTC(2025, 0, 2 + offset + length)).toISOString().slice(0, 10);
        const pay = proratedStipend(TEEP, start, end) as number;
        const months =
          (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
          Number(end.slice(5, 7)) -
          Number(start.slice(5, 7)) +
          1;
        expect(pay).toBeGreaterThan(0);
        expect(pay).toBeLessThanOrEqual(months * TEEP);
        expect(proratedStipend(TEEP, start, longer) as number).toBeGreaterThan(pay);
      }),
    );
  });
});

describe('requiredMatching', () => {
  it('is the minimum share of the grant, rounded up to a whole dollar', () => {
    expect(requiredMatching(1_000_000, 20)).toBe(200_000);
    expect(requiredMatching(1_000_003, 20)).toBe(200_001);
    expect(requiredMatching(500_000, 12.5)).toBe(62_500);
    expect(requiredMatching(1_000_000, null)).toBeNull();
    expect(requiredMatching(1_000_000, 0)).toBeNull();
  });
});

describe('awardRuleProblems', () => {
  const outboundExchange: MobilityFacts = {
    direction: 'outbound',
    kind: 'exchange',
    person_category: 'student',
    country: 'JP',
    credit_bearing: 1,
    start_date: '2026-09-01',
    end_date: '2027-01-31',
  };
  const keys = (kind: Parameters<typeof awardRuleProblems>[0], m: MobilityFacts) =>
    awardRuleProblems(kind, m).map((p) => p.key);

  it('學海飛颺/惜珠: outbound student study for credit, not to mainland China, Hong Kong or Macau', () => {
    expect(keys('xuehai_feiyang', outboundExchange)).toEqual([]);
    expect(keys('xuehai_xizhu', outboundExchange)).toEqual([]);
    for (const country of ['CN', 'HK', 'MO'])
      expect(keys('xuehai_feiyang', { ...outboundExchange, country })).toEqual(['funding_excluded_country']);
    expect(keys('xuehai_feiyang', { ...outboundExchange, credit_bearing: 0 })).toEqual([
      'funding_requires_outbound_study',
    ]);
    expect(keys('xuehai_xizhu', { ...outboundExchange, kind: 'internship' })).toEqual([
      'funding_requires_outbound_study',
    ]);
    expect(keys('xuehai_feiyang', { ...outboundExchange, person_category: 'staff', kind: 'research' })).toEqual([
      'funding_requires_outbound_study',
    ]);
  });

  it('學海築夢/新南向築夢: outbound internships of at least 28 days (both ends counted)', () => {
    const internship = { ...outboundExchange, kind: 'internship', credit_bearing: 0 };
    expect(keys('xuehai_zhumeng', { ...internship, start_date: '2026-07-01', end_date: '2026-07-28' })).toEqual([]);
    const short = awardRuleProblems('nsb_zhumeng', { ...internship, start_date: '2026-07-01', end_date: '2026-07-27' });
    expect(short).toEqual([
      { path: 'fundingYearId', key: 'funding_internship_too_short', params: { days: 27, minimum: 28 } },
    ]);
    expect(keys('nsb_zhumeng', { ...internship, end_date: null })).toEqual(['funding_needs_dates']);
    expect(keys('xuehai_zhumeng', outboundExchange)).toEqual(['funding_requires_internship']);
  });

  it('TEEP: inbound TEEP interns only; other kinds have no rule', () => {
    const teep = { ...outboundExchange, direction: 'inbound', kind: 'teep', country: 'IN', credit_bearing: 0 };
    expect(keys('teep', teep)).toEqual([]);
    expect(keys('teep', outboundExchange)).toEqual(['funding_requires_teep']);
    expect(keys('teep', { ...teep, kind: 'exchange_in' })).toEqual(['funding_requires_teep']);
    expect(keys('university', { ...outboundExchange, country: 'CN' })).toEqual([]);
    expect(keys('sprout', teep)).toEqual([]);
  });
});

describe('stayDays', () => {
  it('counts both ends; null when reversed', () => {
    expect(stayDays('2026-07-01', '2026-07-28')).toBe(28);
    expect(stayDays('2026-07-01', '2026-06-30')).toBeNull();
  });
});
