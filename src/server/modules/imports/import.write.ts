import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditInput, changeEntry, recordAudits } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import type { AgreementOp, PartnerOp, Plan } from './import.plan.js';
import { auditSnapshot, progressCounter } from './import.progress.js';
import * as repo from './import.repository.js';

/**
 * Writes a partners-and-agreements plan inside the caller's transaction: partners first (agreements
 * may link to partners created here), then agreements. A record is one INSERT or UPDATE (its id is
 * needed next); its audit entry and a new agreement's partner links are written FLUSH_EVERY rows at a
 * time (see import.progress.ts, which also counts the progress).
 */
type Pending = { audits: AuditInput[]; links: { agreement_id: number; partner_id: number; sort_order: number }[] };

export async function applyPlan(trx: Db, ctx: Ctx, batchId: number, plan: Plan): Promise<void> {
  const pending: Pending = { audits: [], links: [] };
  const progress = progressCounter(ctx, batchId, async () => {
    await recordAudits(trx, pending.audits);
    await repo.insertLinks(trx, pending.links);
    pending.audits = [];
    pending.links = [];
  });
  for (const op of plan.partners) {
    await writePartner(trx, ctx, op, pending);
    await progress.step();
  }
  for (const op of plan.agreements) {
    await writeAgreement(trx, ctx, op, pending);
    await progress.step();
  }
  await progress.finish();
}

async function writePartner(trx: Db, ctx: Ctx, op: PartnerOp, pending: Pending) {
  const label = recordName(op.columns.name_zh, op.columns.name_en);
  if (op.action === 'create') {
    op.id = await repo.insertPartner(trx, { ...op.columns, created_at: ctx.now, updated_at: ctx.now });
    pending.audits.push(changeEntry(ctx, 'create', 'partner', op.id, label, null, auditSnapshot(op.columns)));
  } else if (op.action === 'update' && op.id) {
    await repo.updatePartner(trx, op.id, { ...op.columns, updated_at: ctx.now });
    pending.audits.push(
      changeEntry(ctx, 'update', 'partner', op.id, label, auditSnapshot(op.before), auditSnapshot(op.columns)),
    );
  }
}

async function writeAgreement(trx: Db, ctx: Ctx, op: AgreementOp, pending: Pending) {
  const label = recordName(op.columns.title_zh, op.columns.title_en);
  // Partners created above have their ids by now.
  const partnerIds = op.partners.map((t) => ('existing' in t ? t.existing.id : (t.op.id as number)));
  const after = auditSnapshot(op.columns, { partnerIds });
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
    const before = auditSnapshot(op.before, { partnerIds: op.linked });
    pending.audits.push(changeEntry(ctx, 'update', 'agreement', op.id, label, before, after));
  }
}
