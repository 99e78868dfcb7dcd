import { definePolicy } from './policy.js';

/** A mobility as the policy sees it: the unit of the person at the time, and the person's login. */
export type MobilityScope = { unit_id: number | null; user_id: number | null };

/**
 * Mobility records (outbound, inbound, staff). OIA staff keep all; a college coordinator keeps those
 * of their college; executives and related units read them; a student reads their own.
 * Learning agreements are approved by the department (a coordinator of the college, or OIA staff).
 */
export const mobilityPolicy = definePolicy<
  'read' | 'create' | 'update' | 'archive' | 'export' | 'import' | 'approveLearningAgreement' | 'recognizeCredits',
  MobilityScope
>({
  resource: 'mobility',
  unitOf: (m) => m.unit_id,
  ownerOf: (m) => m.user_id,
  rules: {
    read: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      unit_staff: 'all',
      college_coordinator: 'unit',
      student: 'self',
    },
    create: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    update: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    archive: { admin: 'all', oia_staff: 'all' },
    export: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'unit' },
    import: { admin: 'all', oia_staff: 'all' },
    approveLearningAgreement: { admin: 'all', oia_staff: 'all', college_coordinator: 'unit' },
    recognizeCredits: {
      admin: 'all',
      oia_staff: 'all',
      college_coordinator: 'unit',
      unit_staff: { scope: 'all', in: 'AA' },
    },
  },
});
