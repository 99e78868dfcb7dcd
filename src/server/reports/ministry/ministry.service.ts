import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import type { MinistryTable } from '#shared/reporting.js';
import type { MinistryQuery } from '#shared/schemas/ministry.js';
import { exportMinistryTables } from './ministry.export.js';
import { ministryCell, ministryTable } from './ministry-tables.js';

/** Who may read the Ministry's tables (OIA staff, the executive viewer, related-unit staff, admin). */
async function mayRead(ctx: Ctx) {
  authorizeAny(reportingPolicy, ctx.actor, 'readMinistry', ctx.units);
}

export async function getTable(ctx: Ctx, table: MinistryTable, query: MinistryQuery) {
  await mayRead(ctx);
  return ministryTable(ctx.db, table, query);
}

export async function getCell(
  ctx: Ctx,
  table: MinistryTable,
  query: MinistryQuery & { cell: string; page: number; pageSize: number },
) {
  await mayRead(ctx);
  return ministryCell(ctx.db, table, query);
}

export async function exportTables(ctx: Ctx, reply: FastifyReply, query: MinistryQuery) {
  await mayRead(ctx);
  return exportMinistryTables(ctx.db, reply, query);
}

/** The reporting periods to choose from (newest first), for the tables' period picker. */
export async function periodOptions(ctx: Ctx) {
  await mayRead(ctx);
  const rows = await ctx.db
    .selectFrom('reporting_periods')
    .select(['id', 'kind', 'name_zh', 'name_en', 'covers_from', 'covers_to', 'reference_date'])
    .where('archived_at', 'is', null)
    .orderBy('covers_to', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      coversFrom: r.covers_from,
      coversTo: r.covers_to,
      referenceDate: r.reference_date,
    })),
  };
}
