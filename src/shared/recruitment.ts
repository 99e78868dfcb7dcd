import { academicYearDate } from './calendar.js';

/**
 * Recruitment and partner nominations (issue 21, items 3–4; docs/decisions/0032): the vocabulary the
 * server and the browser share.
 */

/** An education fair (a booth at someone else's event) or a recruitment trip the office organises. */
export const TRIP_KINDS = ['fair', 'trip'] as const;
export type TripKind = (typeof TRIP_KINDS)[number];

/** Where a lead (and, in the admissions module, an applicant) came from: the funnel's channels. */
export const LEAD_CHANNELS = ['fair', 'trip', 'web', 'agent', 'referral', 'other'] as const;
export type LeadChannel = (typeof LEAD_CHANNELS)[number];

/** The level a lead is interested in. */
export const LEAD_LEVELS = ['bachelor', 'master', 'doctoral', 'non_degree'] as const;
export type LeadLevel = (typeof LEAD_LEVELS)[number];

export const FUNNEL_GROUPS = ['country', 'channel'] as const;
export type FunnelGroup = (typeof FUNNEL_GROUPS)[number];

/** A nomination's life: the partner submits it, our staff accept (→ inbound mobility) or decline it. */
export const NOMINATION_STATUSES = ['submitted', 'accepted', 'rejected', 'withdrawn'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** The term a nominee comes for: autumn = 上學期 of the academic year, spring = 下學期. */
export const NOMINATION_TERMS = ['autumn', 'spring'] as const;
export type NominationTerm = (typeof NOMINATION_TERMS)[number];

export const NOMINATION_LEVELS = ['bachelor', 'master', 'doctoral'] as const;

/**
 * The windows partners nominate in, as the issue gives them: for the autumn term early March to 1 April,
 * for the spring term early October to 1 November (of the academic year's first calendar year); the
 * nominees' applications then run to 15 May and 15 December. Each window is stored and may be changed.
 */
export function defaultWindow(academicYear: number, term: NominationTerm) {
  const y = academicYear;
  if (term === 'autumn') return { opensOn: `${y}-03-01`, closesOn: `${y}-04-01`, applicationsCloseOn: `${y}-05-15` };
  return {
    opensOn: academicYearDate(y, 10, 1),
    closesOn: academicYearDate(y, 11, 1),
    applicationsCloseOn: academicYearDate(y, 12, 15),
  };
}

/** Days a new nomination link stays valid unless staff choose otherwise. */
export const NOMINATION_LINK_DAYS = 120;
