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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Entity types written to the audit log. */
export const ENTITY_TYPES = ['partner', 'user', 'unit', 'session'] as const;

export const PASSWORD_MIN = 10;
