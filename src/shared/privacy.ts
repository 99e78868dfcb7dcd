/**
 * The PDPA vocabulary (issue 16, docs/decisions/0020), zod-free so the browser can use it.
 *
 * Retention kinds — what Meridian holds that outlives its purpose, each with the date its period runs from:
 * - unselected_applications: applications to an outbound call that did not lead to a place (not selected,
 *   withdrawn, ineligible, declined), from the call's deadline. The row, its status and call stay (the
 *   call's counts); the form, GPA, language certificate, reasons, review comments and documents go.
 * - inbound_documents: an inbound student's checklist documents (visa, residence permit, insurance, health
 *   check, financial proof), from the mobility's end. Status and kind stay; the file, its name, notes and
 *   rejection reason go.
 * - former_people: archived people, from their last mobility's end (or the archiving when they had none).
 *   The names become "anonymised #id"; numbers, contact data, birth date, GPA and notes go; kind, unit,
 *   level, program type, nationality and gender stay, so the Ministry's tables still count them.
 */
export const RETENTION_KINDS = ['unselected_applications', 'inbound_documents', 'former_people'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** How a consent was recorded: by OIA staff (a signed form, an e-mail) or acknowledged by the person online. */
export const CONSENT_METHODS = ['staff', 'self'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export const RETENTION_YEARS_MAX = 50;
