import { definePolicy } from './policy.js';

/** A program (or an application to it) as the policy sees it: the department that admits. */
export type AdmissionScope = { unit_id: number | null };

const iss = { scope: 'all', in: 'OIA-ISS' } as const;

/**
 * International admissions (issue 21, docs/decisions/0031). The International Students and Scholars
 * Division runs rounds and programs, records fees and decides; anyone signed in with a staff role reads
 * the rounds. Applicants' details are personal data: OIA staff and administrators (as for cohort
 * applicants), a college coordinator for their college's programs, and each program's reviewers (a
 * per-record check in the service: a reviewer may hold any staff role) — not executives. Reviewers alone
 * score; the division alone decides.
 */
export const admissionPolicy = definePolicy<'read' | 'manage' | 'readApplications' | 'decide', AdmissionScope>({
  resource: 'admissions',
  unitOf: (p) => p.unit_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', college_coordinator: 'all', unit_staff: 'all' },
    manage: { admin: 'all', oia_staff: iss },
    readApplications: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    decide: { oia_staff: iss },
  },
});
