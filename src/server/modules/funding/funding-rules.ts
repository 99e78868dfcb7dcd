import type { FieldProblem } from '#server/lib/errors.js';
import { daysInMonth, inclusiveDays } from '#shared/calendar.js';
import type { FundingKind } from '#shared/mobility.js';

/**
 * The funding rules of shared/domain.md ("Funding rules worth encoding"), as pure functions so each
 * can be tested on its own. The numbers are the Ministry's current ones; each year's notice may
 * change them, so they are named constants here and shown to users in the program's rules text.
 */

/** 學海築夢 / 新南向築夢: internships of at least about four weeks. */
export const MIN_INTERNSHIP_DAYS = 28;
/** 學海飛颺 / 惜珠 may not fund study in mainland China, Hong Kong or Macau. */
export const EXCLUDED_FOR_XUEHAI = ['CN', 'HK', 'MO'] as const;
/** Outbound kinds that are study (for credit) rather than internships, competitions or camps. */
const STUDY_KINDS = new Set(['exchange', 'dual_degree', 'short_term', 'ipbl']);

export type MobilityFacts = {
  direction: string;
  kind: string;
  person_category: string;
  country: string | null;
  credit_bearing: number;
  start_date: string | null;
  end_date: string | null;
};

/** Days from the first to the last day, both counted; null when a date is missing or the end is earlier. */
export function stayDays(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const days = inclusiveDays(start, end);
  return Number.isFinite(days) && days > 0 ? days : null;
}

/**
 * A monthly stipend (TEEP: NT$15,000) prorated by the days in Taiwan, arrival and departure days included:
 * every calendar month of the stay pays `monthly × days present that month ÷ days in that month` — a whole
 * calendar month pays the full stipend whatever its length, 15 days of a 30-day month pay half — and the
 * sum is rounded to the nearest whole dollar once, at the end. Null when the dates are missing or reversed.
 */
export function proratedStipend(monthly: number, start: string | null, end: string | null): number | null {
  if (stayDays(start, end) === null) return null;
  const [sy, sm, sd] = (start as string).split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = (end as string).split('-').map(Number) as [number, number, number];
  let total = 0;
  let y = sy;
  let m = sm - 1;
  while (y < ey || (y === ey && m <= em - 1)) {
    const length = daysInMonth(y, m + 1);
    const first = y === sy && m === sm - 1 ? sd : 1;
    const last = y === ey && m === em - 1 ? ed : length;
    total += (monthly * (last - first + 1)) / length;
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return Math.round(total);
}

/** The least matching a grant needs under the program's minimum share (rounded up to a whole dollar). */
export function requiredMatching(granted: number, minPct: number | null): number | null {
  if (minPct === null || minPct <= 0) return null;
  // Integer arithmetic in hundredths of a percent avoids 0.1 + 0.2 surprises (20% of 1,000,005).
  return Math.ceil((granted * Math.round(minPct * 100)) / 10_000);
}

/** Does this program kind fit this mobility? The problems, under `fundingYearId`, or none. */
export function awardRuleProblems(kind: FundingKind, m: MobilityFacts): FieldProblem[] {
  const path = 'fundingYearId';
  const problems: FieldProblem[] = [];
  if (kind === 'xuehai_feiyang' || kind === 'xuehai_xizhu') {
    const study =
      m.direction === 'outbound' &&
      m.person_category === 'student' &&
      STUDY_KINDS.has(m.kind) &&
      m.credit_bearing === 1;
    if (!study) problems.push({ path, key: 'funding_requires_outbound_study' });
    if (m.country && (EXCLUDED_FOR_XUEHAI as readonly string[]).includes(m.country))
      problems.push({ path, key: 'funding_excluded_country', params: { country: m.country } });
  }
  if (kind === 'xuehai_zhumeng' || kind === 'nsb_zhumeng') {
    if (m.direction !== 'outbound' || m.kind !== 'internship')
      problems.push({ path, key: 'funding_requires_internship' });
    else {
      const days = stayDays(m.start_date, m.end_date);
      if (days === null) problems.push({ path, key: 'funding_needs_dates' });
      else if (days < MIN_INTERNSHIP_DAYS)
        problems.push({ path, key: 'funding_internship_too_short', params: { days, minimum: MIN_INTERNSHIP_DAYS } });
    }
  }
  if (kind === 'teep' && (m.direction !== 'inbound' || m.kind !== 'teep'))
    problems.push({ path, key: 'funding_requires_teep' });
  return problems;
}
