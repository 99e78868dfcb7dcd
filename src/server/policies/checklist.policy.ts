import { definePolicy } from './policy.js';

/** A checklist document as the policy sees it: its owning office, and the person's login. */
export type ChecklistScope = { owning_unit_id: number; user_id: number | null };

/**
 * The inbound document checklist. Each document belongs to an owning office (visa and residence
 * permit: International Students & Scholars; health check: Student Affairs); staff of OIA read the
 * checklist, the owning office reviews its documents, the person sees their own.
 * Health-check documents are special-category data: the service lets only the owning office (not
 * OIA in general, not the person's college) see them — see checklist.service.ts.
 */
export const checklistPolicy = definePolicy<'read' | 'review' | 'upload', ChecklistScope>({
  resource: 'checklist',
  unitOf: (d) => d.owning_unit_id,
  ownerOf: (d) => d.user_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', unit_staff: 'unit', student: 'self' },
    review: { oia_staff: 'unit', unit_staff: 'unit' },
    upload: { oia_staff: 'unit', unit_staff: 'unit', student: 'self' },
  },
});
