import { definePolicy } from './policy.js';

/** An event or a visit as the policies see it: the organising or hosting unit. */
export type EngagementScope = { unit_id: number | null };

/**
 * Events and conferences (issue 19). OIA staff run the office's and help the colleges'; a college
 * coordinator keeps their college's; executives and unit staff read them all. Student assistants on
 * duty see them in their own calendar feed, not here.
 */
export const eventPolicy = definePolicy<'read' | 'write', EngagementScope>({
  resource: 'events',
  unitOf: (e) => e.unit_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'unit' },
    write: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
  },
});

/**
 * Visits received and delegations sent: the same rule. Gifts and follow-ups are parts of the visit and
 * follow it.
 */
export const visitPolicy = definePolicy<'read' | 'write', EngagementScope>({
  resource: 'visits',
  unitOf: (v) => v.unit_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'unit' },
    write: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
  },
});
