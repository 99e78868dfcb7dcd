import { definePolicy } from './policy.js';

/** A person record as the policy sees it: their unit (college/department) and their own login. */
export type PersonScope = { unit_id: number | null; user_id: number | null };

/**
 * People (students, staff, scholars). OIA staff keep them; a college coordinator keeps those of
 * their college; related units read them; a student sees only their own record.
 * Personal data (passport, residence permit) is revealed only to OIA staff and to the person
 * themselves — every reveal is logged (pii_access_log). Administrators run the system, not the
 * cases: they do not see personal data (least privilege).
 */
export const peoplePolicy = definePolicy<
  'read' | 'create' | 'update' | 'archive' | 'revealPii' | 'export' | 'readAccessLog',
  PersonScope
>({
  resource: 'people',
  unitOf: (p) => p.unit_id,
  ownerOf: (p) => p.user_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', unit_staff: 'all', college_coordinator: 'unit', student: 'self' },
    create: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    // A student reads their record but does not edit it (numbers, unit, GPA are the registry's).
    update: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    archive: { admin: 'all', oia_staff: 'all' },
    revealPii: { oia_staff: 'all', student: 'self' },
    export: { admin: 'all', oia_staff: 'all', unit_staff: 'all', college_coordinator: 'unit' },
    readAccessLog: { admin: 'all', oia_staff: 'all' },
  },
});
