import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { isUniqueViolation } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import type { IndicatorTargets, TargetsSave } from '#shared/schemas/indicators.js';
import * as repo from './indicator.repository.js';
import { getIndicator, INDICATOR_ENTITY } from './indicator.service.js';

const TARGET_ENTITY = 'indicator_target';

/** One indicator's targets for a year: the whole university (root unit) and each college, per quarter (0 = year). */
export async function getTargets(ctx: Ctx, indicatorId: number, year: number, db: Db = ctx.db) {
  const indicator = await getIndicator(ctx, indicatorId, db);
  const { root, colleges } = await repo.reportingUnits(db);
  const units = [...(root ? [root] : []), ...colleges].map((u) => ({
    id: u.id,
    code: u.code,
    nameZh: u.name_zh,
    nameEn: u.name_en,
  }));
  const rows = await repo.findTargets(db, { indicatorIds: [indicator.id], year });
  return {
    indicatorId,
    year,
    units,
    items: rows.map((r) => ({
      unitId: r.unit_id,
      quarter: r.quarter,
      target: r.target,
      version: r.version,
      updatedAt: r.updated_at,
    })),
  } satisfies IndicatorTargets;
}

/**
 * Sets, changes or clears target cells in one transaction. Each existing cell carries the version the
 * client read (409 with the year's targets when stale); a new cell sends version null (409 if someone
 * else set it meanwhile). Only the university's root unit and colleges take targets.
 */
export async function saveTargets(ctx: Ctx, indicatorId: number, input: TargetsSave): Promise<IndicatorTargets> {
  authorizeAny(reportingPolicy, ctx.actor, 'setTargets', ctx.units);
  const before = await getTargets(ctx, indicatorId, input.year);
  const allowed = new Set(before.units.map((u) => u.id));
  input.items.forEach((cell, i) => {
    const path = `items.${i}.unitId`;
    if (!allowed.has(cell.unitId)) throw AppError.field(path, 'target_unit');
  });
  const conflict = async (trx: Db) =>
    new AppError('VERSION_CONFLICT', { current: await getTargets(ctx, indicatorId, input.year, trx) });
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      for (const cell of input.items) {
        if (cell.version === null) {
          if (cell.target === null) continue;
          await repo.insertTarget(trx, {
            indicator_id: indicatorId,
            unit_id: cell.unitId,
            year: input.year,
            quarter: cell.quarter,
            target: cell.target,
            updated_by: ctx.actor.id,
            updated_at: ctx.now,
          });
          continue;
        }
        // The cell as the client read it: a stale version matches nothing (409 below).
        const read: repo.TargetCellRead = {
          indicator_id: indicatorId,
          unit_id: cell.unitId,
          year: input.year,
          quarter: cell.quarter,
          version: cell.version,
        };
        if (cell.target === null) {
          if (!(await repo.deleteTarget(trx, read))) throw await conflict(trx);
          continue;
        }
        const change = { target: cell.target, updatedBy: ctx.actor.id, now: ctx.now };
        if (!(await repo.updateTarget(trx, read, change))) throw await conflict(trx);
      }
      const after = await getTargets(ctx, indicatorId, input.year, trx);
      await recordAudit(trx, {
        at: ctx.now,
        actorId: ctx.actor.id,
        action: 'update',
        entityType: TARGET_ENTITY,
        entityId: indicatorId,
        summary: auditSummary('auditSummaries.indicatorTargets', { year: input.year }),
        before: before.items,
        after: after.items,
        ip: ctx.ip,
        parent: { type: INDICATOR_ENTITY, id: indicatorId },
      });
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw await conflict(ctx.db);
    throw err;
  }
}
