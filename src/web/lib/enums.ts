/** The UI's enum options come from the zod-free shared module (no schema library in the bundle). */
export {
  AUDIT_ACTIONS,
  type AuditAction,
  ENTITY_TYPES,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  PASSWORD_MIN,
  type PartnerStatus,
  type PartnerType,
} from '#shared/enums';
