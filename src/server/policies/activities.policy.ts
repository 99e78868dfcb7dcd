import { definePolicy } from './policy.js';

/** An activity record as the policy sees it: the unit (college or department) it belongs to. */
export type ActivityScope = { unit_id: number | null };

/**
 * College exchange records entered by hand (conferences held, scholars invited, papers presented abroad,
 * English-taught courses, transnational contracts and industry projects). A college coordinator keeps
 * their college's; related units (e.g. R&D for industry projects) keep their own unit's; OIA staff keep all.
 * Staff who read reports read them all.
 */
export const activityPolicy = definePolicy<'read' | 'write', ActivityScope>({
  resource: 'activities',
  unitOf: (a) => a.unit_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'unit' },
    write: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit', unit_staff: 'unit' },
  },
});
