import { definePolicy } from './policy.js';

/** A cohort program (or a part of it) as the policy sees it: the unit that runs it. */
export type CohortScope = { unit_id: number | null };

/**
 * Cohort programs run by the office (issue 18). OIA staff read every program and run those of their
 * unit (the program's staff); executives read the programs and their figures, not the applicants.
 * Applicants' details are personal data: only those who run programs and admins read them. The
 * counselling log is confidential: the program's staff here, plus the participant's own mentor (a
 * per-record check in the service, as a mentor may hold any role) — admins are not in it.
 */
export const cohortPolicy = definePolicy<'read' | 'write' | 'readApplicants' | 'counsel', CohortScope>({
  resource: 'cohorts',
  unitOf: (p) => p.unit_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all' },
    write: { admin: 'all', oia_staff: 'unit' },
    readApplicants: { admin: 'all', oia_staff: 'all' },
    counsel: { oia_staff: 'unit' },
  },
});
