import type { Db } from '../../db/client.js';
import type { Ctx } from '../../http/context.js';
import { type AuditInput, changeEntry, recordAudits } from '../../lib/audit.js';
import type { AgreementOp, PartnerOp, Plan } from './import.plan.js';
import * as repo from './import.repository.js';

/**
 * Writes a plan inside the caller's transaction: partners first (agreements may link to partners
 * created here), then agreements. A record is one INSERT or UPDATE (its id is needed next); its
 * audit entry and a new agreement's partner links are written FLUSH_EVERY rows at a time.
 *
 * Progress is counted per row in this process's memory (a poll from another connection cannot see
 * uncommitted rows) and, on PostgreSQL, also committed to the batch row at every flush through a
 * second connection, so a poll that lands on another app instance sees it too. SQLite has one
 * connection, busy with the transaction: there, memory only.
 */
const FLUSH_EVERY = 500;
const running = new Map<number, number>();

/** Rows written so far by a commit running in this process. */
export const progressOf = (batchId: number) => running.get(batchId);
export const forgetProgress = (batchId: number) => running.delete(batchId);

type Pending = { audits: AuditInput[]; links: { agreement_id: number; partner_id: number; sort_order: number }[] };

export async function applyPlan(trx: Db, ctx: Ctx, batchId: number, plan: Plan): Promise<void> {
  const pending: Pending = { audits: [], links: [] };
  let done = 0;
  const flush = async () => {
    await recordAudits(trx, pending.audits);
    await repo.insertLinks(trx, pending.links);
    pending.audits = [];
    pending.links = [];
    if (ctx.dialect === 'postgres') await repo.setProgress(ctx.db, batchId, done);
  };
  const step = async () => {
    running.set(batchId, ++done);
    if (done % FLUSH_EVERY === 0) await flush();
  };
  for (const op of plan.partners) {
    await writePartner(trx, ctx, op, pending);
    await step();
  }
  for (const op of plan.agreements) {
    await writeAgreement(trx, ctx, op, pending);
    await step();
  }
  await flush();
}

async function writePartner(trx: Db, ctx: Ctx, op: PartnerOp, pending: Pending) {
  const label = op.columns.name_en;
  if (op.action === 'create') {
    op.id = await repo.insertPartner(trx, { ...op.columns, created_at: ctx.now, updated_at: ctx.now });
    pending.audits.push(changeEntry(ctx, 'create', 'partner', op.id, label, null, snapshot(op.columns)));
  } else if (op.action === 'update' && op.id) {
    await repo.updatePartner(trx, op.id, { ...op.columns, updated_at: ctx.now });
    pending.audits.push(changeEntry(ctx, 'update', 'partner', op.id, label, snapshot(op.before), snapshot(op.columns)));
  }
}

async function writeAgreement(trx: Db, ctx: Ctx, op: AgreementOp, pending: Pending) {
  const label = op.columns.title_en;
  // Partners created above have their ids by now.
  const partnerIds = op.partners.map((t) => ('existing' in t ? t.existing.id : (t.op.id as number)));
  const after = snapshot(op.columns, { partnerIds });
  if (op.action === 'create') {
    const id = await repo.insertAgreement(trx, {
      ...op.columns,
      status: op.status,
      generation: 1,
      status_changed_at: ctx.now,
      status_changed_by: ctx.actor.id,
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    op.id = id;
    pending.links.push(
      ...partnerIds.map((partnerId, i) => ({ agreement_id: id, partner_id: partnerId, sort_order: i })),
    );
    pending.audits.push(changeEntry(ctx, 'create', 'agreement', id, label, null, { ...after, status: op.status }));
  } else if (op.action === 'update' && op.id) {
    await repo.updateAgreement(trx, op.id, { ...op.columns, updated_at: ctx.now });
    await repo.linkPartners(trx, op.id, partnerIds, op.linked);
    const before = snapshot(op.before, { partnerIds: op.linked });
    pending.audits.push(changeEntry(ctx, 'update', 'agreement', op.id, label, before, after));
  }
}

/** Columns as the audit shows them: camelCase, without the derived search text. */
function snapshot(columns: object | null, extra: object = {}) {
  if (!columns) return null;
  const entries = Object.entries(columns)
    .filter(([k]) => k !== 'search_text')
    .map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]);
  return { ...Object.fromEntries(entries), ...extra };
}
