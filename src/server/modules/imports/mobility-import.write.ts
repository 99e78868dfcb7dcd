import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { type AuditInput, changeEntry, recordAudits } from '#server/lib/audit.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { labelOf } from '#server/modules/mobility/mobility.service.js';
import { afterMobilityUpdate, atLeastSemester, insertMobilities } from '#server/modules/mobility/mobility.writer.js';
import { auditSnapshot, FLUSH_EVERY, progressCounter } from './import.progress.js';
import type { MobilityOp, MobilityValues } from './mobility-import.plan.js';
import { updateMobility } from './mobility-import.repository.js';

/**
 * Writes planned mobility rows inside the commit's transaction, through the mobility writer only:
 * new records FLUSH_EVERY at a time with insertMobilities (the person's snapshot and the derived
 * "at least one semester" flag; imported records have no exchange place), changed records one by one
 * followed by afterMobilityUpdate. One audit entry per created or updated record.
 */
const ENTITY = 'mobility';

export async function writeMobilities(trx: Db, ctx: Ctx, batchId: number, ops: MobilityOp[]): Promise<void> {
  const opts = { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now };
  const audits: AuditInput[] = [];
  const progress = progressCounter(ctx, batchId, async () => {
    await recordAudits(trx, audits.splice(0));
  });
  const creates = ops.filter((op) => op.action === 'create');
  for (let i = 0; i < creates.length; i += FLUSH_EVERY) {
    const chunk = creates.slice(i, i + FLUSH_EVERY);
    const ids = await insertMobilities(
      trx,
      chunk.map((op) => ({ ...op.values, person_id: op.student.id, application_id: null })),
      opts,
    );
    chunk.forEach((op, n) => {
      op.id = ids[n] ?? null;
      if (op.id) audits.push(changeEntry(ctx, 'create', ENTITY, op.id, label(op), null, snapshot(op, op.values)));
    });
    await progress.step(chunk.length);
  }
  for (const op of ops) {
    if (op.action === 'create') continue;
    if (op.action === 'update' && op.id) {
      // A status the file moved forward is a status change made today, like a status action in the UI.
      const moved = op.before !== null && op.before.status !== op.values.status;
      await updateMobility(trx, op.id, {
        ...op.values,
        ...(moved ? { status_changed_on: universityToday(ctx.now) } : {}),
        updated_at: ctx.now,
      });
      await afterMobilityUpdate(trx, op.id, opts);
      audits.push(
        changeEntry(ctx, 'update', ENTITY, op.id, label(op), snapshot(op, op.before), snapshot(op, op.values)),
      );
    }
    await progress.step();
  }
  await progress.finish();
}

const label = (op: MobilityOp) =>
  labelOf({ personNameEn: op.student.name_en, personNameZh: op.student.name_zh, kind: op.values.kind as never });

const snapshot = (op: MobilityOp, values: MobilityValues | null) =>
  values && auditSnapshot(values, { personId: op.student.id, atLeastSemester: atLeastSemester(values) });
