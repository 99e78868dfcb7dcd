import { definePolicy } from './policy.js';

/** A checklist document as the policy sees it: its owning office, and the person's login. */
export type ChecklistScope = { owning_unit_id: number | null; user_id: number | null };

/**
 * The inbound document checklist. Each document belongs to an owning office (visa, residence permit,
 * insurance, financial proof: International Students & Scholars; health check: Student Affairs);
 * staff of OIA read the checklist, the owning office reviews its documents, the person sees their own
 * and uploads them.
 * Health-check documents are special-category data: `readHealth` — only the owning office's staff and
 * the student themselves; everyone else (OIA in general, administrators) gets `{ kind, restricted }`
 * (see checklist-access.ts).
 * The acceptance letter (inbound exchange / non-degree, accepted or later) is issued by OIA staff and
 * downloaded by the student themselves; for it the scope's unit is unused.
 */
export const checklistPolicy = definePolicy<
  'read' | 'readHealth' | 'review' | 'upload' | 'acceptanceLetter',
  ChecklistScope
>({
  resource: 'checklist',
  unitOf: (d) => d.owning_unit_id,
  ownerOf: (d) => d.user_id,
  rules: {
    read: { admin: 'all', oia_staff: 'all', unit_staff: 'unit', student: 'self' },
    readHealth: { oia_staff: 'unit', unit_staff: 'unit', student: 'self' },
    review: { oia_staff: 'unit', unit_staff: 'unit' },
    upload: { oia_staff: 'unit', unit_staff: 'unit', student: 'self' },
    acceptanceLetter: { oia_staff: 'all', student: 'self' },
  },
});
