import { definePolicy } from './policy.js';

/** The division that runs agreements; its staff (and the office head above it) own the lifecycle. */
export const AGREEMENTS_DIVISION = 'OIA-IC';
const ic = { scope: 'all', in: AGREEMENTS_DIVISION } as const;

/**
 * Agreements: OIA International Cooperation staff keep them and move them through the lifecycle;
 * a college coordinator drafts and views agreements of their college only (and may submit a draft
 * for review — the service limits their edits to drafts); executives, university units and OIA
 * assistants read them. Students see partners and factsheets, not agreements.
 * Factsheets (per partner) are kept by any OIA staff and read by everyone signed in.
 */
export const agreementPolicy = definePolicy<
  | 'read'
  | 'create'
  | 'update'
  | 'transition'
  | 'archive'
  | 'upload'
  | 'managePlaces'
  | 'export'
  | 'import'
  | 'readFactsheet'
  | 'updateFactsheet',
  { owning_unit_id: number | null }
>({
  resource: 'agreements',
  unitOf: (a) => a.owning_unit_id,
  rules: {
    read: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      unit_staff: 'all',
      student_assistant: 'all',
      college_coordinator: 'unit',
    },
    create: { admin: 'all', oia_staff: ic, college_coordinator: 'unit' },
    update: { admin: 'all', oia_staff: ic, college_coordinator: 'unit' },
    transition: { admin: 'all', oia_staff: ic, college_coordinator: 'unit' },
    archive: { admin: 'all', oia_staff: ic },
    upload: { admin: 'all', oia_staff: ic, college_coordinator: 'unit' },
    managePlaces: { admin: 'all', oia_staff: ic },
    export: { admin: 'all', oia_staff: 'all', executive: 'all', unit_staff: 'all', college_coordinator: 'unit' },
    import: { admin: 'all', oia_staff: ic },
    readFactsheet: {
      admin: 'all',
      oia_staff: 'all',
      executive: 'all',
      college_coordinator: 'all',
      unit_staff: 'all',
      student_assistant: 'all',
      student: 'all',
    },
    updateFactsheet: { admin: 'all', oia_staff: 'all' },
  },
});
