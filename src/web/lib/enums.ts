import type { AuditEntry } from '../../shared/schemas/audit';
import type { PartnerSummary } from '../../shared/schemas/partners';

/**
 * Enum values the UI offers as options. The schema modules hold them too, but importing those at run time
 * would pull zod into the bundle; the Record types make tsc fail when a value is added there and not here.
 */
const keys = <K extends string>(record: Record<K, true>) => Object.keys(record) as K[];

export type PartnerType = PartnerSummary['type'];
export type PartnerStatus = PartnerSummary['status'];
export type AuditAction = AuditEntry['action'];

export const PARTNER_TYPES = keys<PartnerType>({
  university: true,
  university_of_applied_sciences: true,
  research_institute: true,
  college: true,
  company: true,
  government: true,
  other: true,
});
export const PARTNER_STATUSES = keys<PartnerStatus>({ active: true, prospective: true, inactive: true });
export const AUDIT_ACTIONS = keys<AuditAction>({
  create: true,
  update: true,
  archive: true,
  restore: true,
  delete: true,
  login: true,
  logout: true,
  password_change: true,
});
export const ENTITY_TYPES = ['partner', 'user', 'unit', 'session'] as const;

/** Minimum password length; typed as the schema's constant, so tsc fails if the two ever differ. */
export const PASSWORD_MIN: typeof import('../../shared/schemas/auth').PASSWORD_MIN = 10;
