import { definePolicy } from './policy.js';

/** An award as the policy sees it: the mobility's unit (the person's at the time) and the person's login. */
export type FundingAwardScope = { unit_id: number | null; user_id: number | null };

/**
 * Funding programs, their yearly grants and the awards to mobilities: kept by OIA staff, read by
 * executives and related units (R&D, Academic Affairs) and college coordinators.
 * `read` covers programs, years and their totals; `readAwards` the awards to named people: a college
 * coordinator sees those on their college's mobilities only, a student their own.
 */
export const fundingPolicy = definePolicy<'read' | 'readAwards' | 'manage' | 'award', FundingAwardScope>({
  resource: 'funding',
  unitOf: (a) => a.unit_id,
  ownerOf: (a) => a.user_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'all' },
    readAwards: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      unit_staff: 'all',
      college_coordinator: 'unit',
      student: 'self',
    },
    manage: { admin: 'all', oia_staff: 'all' },
    award: { admin: 'all', oia_staff: 'all' },
  },
});
