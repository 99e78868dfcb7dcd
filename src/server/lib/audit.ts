import type { Db } from '#server/db/client.js';
import type { AuditAction } from '#shared/enums.js';
import { type AuditSummary, renderSummary } from './audit-summary.js';

export type { AuditAction };

export type AuditInput = {
  at: string;
  actorId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: number | null;
  /** A structured summary, rendered in the reader's language (ADR 0030): never free text, so the types guard it. */
  summary?: AuditSummary | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  /** For a part of a record (an agreement's place or file): the record, whose history then shows it. */
  parent?: { type: string; id: number };
};

/**
 * Told of every audit entry inside its change's transaction: webhooks derive their events from the entries
 * (modules/integrations/webhook-events.ts, set by app.ts), so lib never imports a module.
 */
type AuditListener = (trx: Db, entries: AuditInput[]) => Promise<void>;
let listener: AuditListener | undefined;
export function setAuditListener(l: AuditListener | undefined) {
  listener = l;
}

/** Writes one audit entry. Call it inside the transaction of the change it records. */
export async function recordAudit(trx: Db, e: AuditInput): Promise<void> {
  await trx.insertInto('audit_log').values(auditRow(e)).execute();
  await listener?.(trx, [e]);
}

/** Writes many audit entries in a few statements (bulk import), inside the transaction of the changes. */
export async function recordAudits(trx: Db, entries: AuditInput[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await trx
      .insertInto('audit_log')
      .values(entries.slice(i, i + 500).map(auditRow))
      .execute();
  }
  await listener?.(trx, entries);
}

function auditRow(e: AuditInput) {
  return {
    at: e.at,
    actor_id: e.actorId,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    // A structured summary also keeps its English words as text: the log's text search and older readers.
    summary:
      (typeof e.summary === 'object' && e.summary ? renderSummary('en', e.summary) : e.summary)?.slice(0, 400) ?? null,
    summary_key: typeof e.summary === 'object' && e.summary ? e.summary.key : null,
    summary_params: typeof e.summary === 'object' && e.summary ? JSON.stringify(e.summary.params ?? {}) : null,
    before_json: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
    after_json: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
    ip: e.ip ?? null,
    parent_type: e.parent?.type ?? null,
    parent_id: e.parent?.id ?? null,
  };
}

/** The audit entry for a change made by the signed-in user; per-user `permissions` are not history. */
export function changeEntry(
  ctx: { now: string; actor: { id: number }; ip: string },
  action: AuditAction,
  entityType: string,
  entityId: number,
  summary: AuditSummary,
  before: unknown,
  after: unknown,
): AuditInput {
  const strip = (v: unknown) => (v && typeof v === 'object' ? { ...(v as object), permissions: undefined } : v);
  return {
    at: ctx.now,
    actorId: ctx.actor.id,
    action,
    entityType,
    entityId,
    summary,
    before: strip(before),
    after: strip(after),
    ip: ctx.ip,
  };
}
