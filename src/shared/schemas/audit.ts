import { z } from 'zod';
import { AUDIT_ACTIONS } from '#shared/enums.js';
import { KeysetPageQuery, keysetPageOf, Timestamp } from './common.js';

export { AUDIT_ACTIONS };

export const AuditListQuery = KeysetPageQuery.extend({
  order: z.enum(['asc', 'desc']).default('desc'),
  entityType: z.string().trim().max(40).optional(),
  entityId: z.coerce.number().int().positive().optional(),
  actorId: z.coerce.number().int().positive().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  q: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: Timestamp,
  actorId: z.number().int().nullable(),
  actorEmail: z.string().nullable(),
  /** Who did it, by name (the page shows the name; the e-mail only when the account has no name). */
  actorNameZh: z.string().nullable(),
  actorNameEn: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string(),
  entityId: z.number().int().nullable(),
  summary: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
export const AuditPage = keysetPageOf(AuditEntry);

/** History of one record, shown on its page. */
export const HistoryParams = z.object({ entityType: z.string().max(40), id: z.coerce.number().int().positive() });
