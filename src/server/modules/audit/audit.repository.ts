import type { Db } from '#server/db/client.js';
import { countOf } from '#server/lib/paging.js';
import { containsText } from '#server/lib/sql.js';
import type { AuditListQuery } from '#shared/schemas/audit.js';

export type AuditFilter = Omit<AuditListQuery, 'page' | 'pageSize' | 'order'> & {
  /** A record's history: its own entries and those of its parts (entries naming it as parent). */
  record?: { type: string; id: number };
};

function filtered(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_id');
  if (f.entityType) q = q.where('audit_log.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('audit_log.entity_id', '=', f.entityId);
  if (f.record) {
    const { type, id } = f.record;
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity_type', '=', type), eb('audit_log.entity_id', '=', id)]),
        eb.and([eb('audit_log.parent_type', '=', type), eb('audit_log.parent_id', '=', id)]),
      ]),
    );
  }
  if (f.actorId) q = q.where('audit_log.actor_id', '=', f.actorId);
  if (f.action) q = q.where('audit_log.action', '=', f.action);
  if (f.from) q = q.where('audit_log.at', '>=', f.from);
  // `to` is a whole day: everything before the next midnight (UTC, as stored).
  if (f.to) q = q.where('audit_log.at', '<', `${f.to}T99`);
  if (f.q)
    q = q.where((eb) =>
      eb.or([containsText('audit_log.summary', f.q as string), containsText('users.email', f.q as string)]),
    );
  return q;
}

export function findAuditEntries(db: Db, f: AuditFilter, order: 'asc' | 'desc', limit: number, offset: number) {
  return filtered(db, f)
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'users.email as actor_email',
      'audit_log.action',
      'audit_log.entity_type',
      'audit_log.entity_id',
      'audit_log.summary',
      'audit_log.before_json',
      'audit_log.after_json',
    ])
    .orderBy('audit_log.id', order)
    .limit(limit)
    .offset(offset)
    .execute();
}
export type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>[number];

export function countAuditEntries(db: Db, f: AuditFilter): Promise<number> {
  return countOf(filtered(db, f));
}
