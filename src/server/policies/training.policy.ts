import { definePolicy } from './policy.js';

/** An enrolment as the policy sees it: whose it is. */
export type EnrolmentScope = { user_id: number };

/**
 * Staff training (issue 20): courses and workshops for the faculty and staff who do international work.
 * Every staff role reads the catalogue and enrols itself (students and student assistants are not the
 * audience); OIA staff run courses, sessions and attendance; the hours report is theirs and the
 * executives'. A certificate is its holder's, or issued by OIA staff.
 */
const STAFF = {
  admin: 'all',
  oia_staff: 'all',
  college_coordinator: 'all',
  unit_staff: 'all',
  executive: 'all',
} as const;
export const trainingPolicy = definePolicy<'read' | 'enrol' | 'manage' | 'report' | 'certificate', EnrolmentScope>({
  resource: 'training',
  ownerOf: (e) => e.user_id,
  rules: {
    read: STAFF,
    enrol: STAFF,
    manage: { admin: 'all', oia_staff: 'all' },
    report: { admin: 'all', oia_staff: 'all', executive: 'all' },
    certificate: {
      admin: 'all',
      oia_staff: 'all',
      college_coordinator: 'self',
      unit_staff: 'self',
      executive: 'self',
    },
  },
});
