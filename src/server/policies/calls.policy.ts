import { AGREEMENTS_DIVISION } from './agreements.policy.js';
import { definePolicy } from './policy.js';

const ic = { scope: 'all', in: AGREEMENTS_DIVISION } as const;

/** An application as the policy sees it: the applicant's unit and login. */
export type ApplicationScope = { unit_id: number | null; user_id: number | null };

/**
 * Outbound calls and applications. The International Cooperation Division runs calls, allocates
 * places, publishes results and nominates; reviewers (OIA staff, a coordinator for their college's
 * applicants) score; students read open calls and apply, seeing only their own applications.
 */
export const callPolicy = definePolicy<
  'read' | 'manage' | 'apply' | 'readApplications' | 'score' | 'allocate' | 'publish' | 'nominate',
  ApplicationScope
>({
  resource: 'calls',
  unitOf: (a) => a.unit_id,
  ownerOf: (a) => a.user_id,
  rules: {
    read: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      unit_staff: 'all',
      college_coordinator: 'all',
      student_assistant: 'all',
      student: 'all',
    },
    manage: { admin: 'all', oia_staff: ic },
    apply: { student: 'self' },
    readApplications: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit', student: 'self' },
    score: { oia_staff: ic, college_coordinator: 'unit' },
    allocate: { admin: 'all', oia_staff: ic },
    publish: { admin: 'all', oia_staff: ic },
    nominate: { admin: 'all', oia_staff: ic },
  },
});
