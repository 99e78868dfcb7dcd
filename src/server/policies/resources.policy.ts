import { definePolicy } from './policy.js';

/** A resource as the policy sees it: the unit that keeps it (null: the office's). */
export type ResourceScope = { unit_id: number | null };

/**
 * The resource center (issue 20): every staff role reads the staff area; an item meant for one unit is
 * read by that unit (and the office). OIA staff keep every item and the categories; a college or unit
 * keeps its own unit's items. Students read only what is public, on the portal.
 */
export const resourcePolicy = definePolicy<'read' | 'readUnit' | 'write' | 'manageCategories', ResourceScope>({
  resource: 'resources',
  unitOf: (r) => r.unit_id,
  rules: {
    read: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      college_coordinator: 'all',
      unit_staff: 'all',
      student_assistant: 'all',
    },
    readUnit: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      college_coordinator: 'unit',
      unit_staff: 'unit',
      student_assistant: 'unit',
    },
    write: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit', unit_staff: 'unit' },
    manageCategories: { admin: 'all', oia_staff: 'all' },
  },
});
