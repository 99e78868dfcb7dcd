import type { Ctx } from '#server/http/context.js';
import { summaryText } from '#server/lib/audit-summary.js';
import { type KeysetQuery, keysetListPage } from '#server/lib/paging.js';
import { auditPolicy } from '#server/policies/audit.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { AuditEntry, AuditListQuery } from '#shared/schemas/audit.js';
import * as repo from './audit.repository.js';
import { auditVisibility } from './audit-visibility.js';

function toEntry(ctx: Ctx, r: repo.AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    actorNameZh: r.actor_name_zh,
    actorNameEn: r.actor_name_en,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    summary: summaryText(ctx.locale, r),
    before: r.before_json ? JSON.parse(r.before_json) : null,
    after: r.after_json ? JSON.parse(r.after_json) : null,
  };
}

function auditPage(ctx: Ctx, filter: repo.AuditFilter, order: 'asc' | 'desc', paging: KeysetQuery) {
  return keysetListPage(
    paging,
    repo.auditSortKeys(order),
    (window) => repo.findAuditEntries(ctx.db, filter, order, window),
    (cap) => repo.countAuditEntries(ctx.db, filter, cap),
    (rows) => rows.map((r) => toEntry(ctx, r)),
  );
}

export async function searchAuditLog(ctx: Ctx, query: AuditListQuery) {
  authorizeAny(auditPolicy, ctx.actor, 'search', ctx.units);
  const { page, pageSize, cursor, count, order, ...filter } = query;
  return auditPage(ctx, { ...filter, visibility: auditVisibility(ctx) }, order, { page, pageSize, cursor, count });
}

/**
 * A record's history, newest first: its own entries and its parts' (an agreement's places and files).
 * The caller has already checked the actor may read the record; its parts with personal data the
 * actor may not read (a health check outside the owning office) are left out.
 */
export function historyOf(ctx: Ctx, entityType: string, entityId: number, page = 1, pageSize = 50) {
  const filter = { record: { type: entityType, id: entityId }, visibility: auditVisibility(ctx) };
  // A record's history is short: its total is counted exactly.
  return auditPage(ctx, filter, 'desc', { page, pageSize, count: 'exact' });
}
