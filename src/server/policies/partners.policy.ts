import { definePolicy } from './policy.js';

/**
 * Partner institutions: the registry is read by everyone signed in (students choose destinations
 * from it); OIA staff and administrators keep it; a college coordinator keeps the partners their
 * college owns.
 */
export const partnerPolicy = definePolicy<
  'read' | 'create' | 'update' | 'archive' | 'export',
  { owning_unit_id: number | null }
>({
  resource: 'partners',
  unitOf: (p) => p.owning_unit_id,
  rules: {
    read: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      college_coordinator: 'all',
      unit_staff: 'all',
      student_assistant: 'all',
      student: 'all',
    },
    create: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    update: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    archive: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    export: { admin: 'all', oia_staff: 'all', executive: 'all', college_coordinator: 'all', unit_staff: 'all' },
  },
});
