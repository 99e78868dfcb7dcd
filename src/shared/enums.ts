/**
 * Enum values shared by the API schemas and the web app, kept free of zod so the browser bundle can
 * import them without pulling the schema library in.
 */
export const PARTNER_TYPES = [
  'university',
  'university_of_applied_sciences',
  'research_institute',
  'college',
  'company',
  'government',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export const PARTNER_STATUSES = ['active', 'prospective', 'inactive'] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

export const PARTNER_SORTS = ['name', 'country', 'updated', 'created'] as const;

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'login',
  'logout',
  'password_change',
  'password_reset',
  'invite',
  'sso_link',
  'transition',
  'upload',
  'import',
  'report',
  'anonymise',
  'consent',
  'withdraw',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Entity types written to the audit log. */
export const ENTITY_TYPES = [
  'partner',
  'user',
  'unit',
  'academic_term',
  'identity_provider',
  'sign_in_settings',
  'session',
  'agreement',
  'exchange_place',
  'factsheet',
  'agreement_file',
  'import',
  'person',
  'mobility',
  'learning_agreement',
  'call',
  'application',
  'application_document',
  'mobility_document',
  'funding_program',
  'funding_year',
  'mobility_funding',
  'activity',
  'saved_report',
  'indicator',
  'indicator_target',
  'reporting_period',
  'submission',
  'report_setting',
  'report_build',
  'university',
  'privacy_notice',
  'consent',
  'retention_policy',
  'retention_run',
  'privacy_report',
  'event',
  'visit',
  'calendar_feed',
  'cohort_program',
  'cohort_application',
  'cohort_participant',
  'assistant_round',
  'assistant_application',
  'assistant',
  'assistant_task',
  'assistant_hours',
  'assistant_feedback',
  'buddy_round',
  'buddy_profile',
  'buddy_pair',
  'ewp_copy',
  'own_factsheet',
  'api_token',
  'webhook_subscription',
  'admission_round',
  'admission_program',
  'admission_application',
] as const;

export const PASSWORD_MIN = 10;

/** Agreements (see shared/domain.md): what kind of cooperation an agreement sets up. */
export const AGREEMENT_KINDS = [
  'sister_mou',
  'student_exchange',
  'dual_degree',
  'staff_exchange',
  'joint_research',
  'internship',
  'industry_academia',
  'other',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Kinds that carry exchange places. */
export const PLACE_KINDS: readonly AgreementKind[] = ['student_exchange', 'staff_exchange', 'dual_degree'];

/**
 * Lifecycle. Stored statuses are set by explicit transitions; `expiring` and `expired` are derived
 * from the dates of an active agreement (inside its notice window / past its end date), so they are
 * never stale and need no job to flip them.
 */
export const STORED_AGREEMENT_STATUSES = [
  'draft',
  'under_review',
  'awaiting_signature',
  'active',
  'terminated',
  'renewed',
] as const;
export type StoredAgreementStatus = (typeof STORED_AGREEMENT_STATUSES)[number];
export const AGREEMENT_STATUSES = [
  'draft',
  'under_review',
  'awaiting_signature',
  'active',
  'expiring',
  'expired',
  'terminated',
  'renewed',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Explicit lifecycle actions; which statuses each starts from is in agreement-lifecycle.ts. */
export const AGREEMENT_TRANSITIONS = ['submit', 'return', 'approve', 'activate', 'terminate', 'renew'] as const;
export type AgreementTransition = (typeof AGREEMENT_TRANSITIONS)[number];

export const AGREEMENT_SORTS = ['end_date', 'start_date', 'title', 'code', 'updated'] as const;
export const AGREEMENT_SIDES = ['ours', 'partner'] as const;

export const DIRECTIONS = ['outbound', 'inbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];
/** Study levels with their EQF level. */
export const STUDY_LEVELS = ['bachelor', 'master', 'doctoral'] as const;
export type StudyLevel = (typeof STUDY_LEVELS)[number];
export const EQF_LEVEL: Record<StudyLevel, number> = { bachelor: 6, master: 7, doctoral: 8 };
export const MOBILITY_KINDS = ['study', 'traineeship', 'teaching', 'training'] as const;
export const DURATION_UNITS = ['months', 'days'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
export const TERMS = ['autumn', 'spring'] as const;

/** Agreement reminders, each sent once per agreement and end date. */
export const REMINDER_KINDS = ['notice_window', 'expiry_180', 'expiry_90', 'expiry_30', 'missing_signed_file'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Bulk import (src/shared/schemas/imports.ts): the data sheets, batch statuses, row actions, commit modes. */
export const IMPORT_SHEETS = ['partners', 'agreements', 'mobilities', 'units', 'accounts'] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];
/** What one batch imports (import_batches.kind), each with its own template, sheets and permission. */
export const IMPORT_KINDS = ['partners_agreements', 'mobilities', 'units', 'accounts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_SHEETS: Record<ImportKind, readonly ImportSheet[]> = {
  partners_agreements: ['partners', 'agreements'],
  mobilities: ['mobilities'],
  units: ['units'],
  accounts: ['accounts'],
};
/**
 * validated: checked, nothing written; importing: a commit is writing; imported: written;
 * failed: the commit's transaction was rolled back (nothing written; it may be committed again).
 */
export const IMPORT_STATUSES = ['validated', 'importing', 'imported', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
/** What a row does (planned before the commit, done after): an error row is never written. */
export const IMPORT_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];
export const IMPORT_MODES = ['all', 'validOnly'] as const;
/** Largest workbook accepted, below the app-wide multipart limit. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Problems a batch's report keeps (all are counted): a wrong file can have one on every cell. */
export const IMPORT_MAX_ISSUES = 10_000;
