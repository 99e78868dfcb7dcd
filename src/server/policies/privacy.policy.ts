import type { PersonScope } from './people.policy.js';
import { definePolicy } from './policy.js';

/**
 * The PDPA duties (docs/decisions/0020). Everyone signed in reads the privacy notice; OIA staff publish
 * its versions. A person's consents are read by those who read the person's case (not related units
 * or executives, who see no personal detail) and recorded by OIA staff or by the person themself.
 * Retention periods and runs are the administrators' (they run the system); OIA staff read them.
 * Subject-access and access (breach) reports go to those who already read the access log: the
 * administrators and OIA staff — and each report is itself audited.
 */
export const privacyPolicy = definePolicy<
  | 'readNotice'
  | 'publishNotice'
  | 'readConsents'
  | 'recordConsent'
  | 'exportConsents'
  | 'readRetention'
  | 'manageRetention'
  | 'subjectAccess'
  | 'accessReport',
  PersonScope
>({
  resource: 'privacy',
  unitOf: (p) => p.unit_id,
  ownerOf: (p) => p.user_id,
  rules: {
    readNotice: {
      admin: 'all',
      oia_staff: 'all',
      college_coordinator: 'all',
      unit_staff: 'all',
      executive: 'all',
      student_assistant: 'all',
      student: 'all',
    },
    publishNotice: { oia_staff: 'all' },
    readConsents: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit', student: 'self' },
    recordConsent: { oia_staff: 'all', student: 'self' },
    exportConsents: { admin: 'all', oia_staff: 'all' },
    readRetention: { admin: 'all', oia_staff: 'all' },
    manageRetention: { admin: 'all' },
    subjectAccess: { admin: 'all', oia_staff: 'all' },
    accessReport: { admin: 'all', oia_staff: 'all' },
  },
});
