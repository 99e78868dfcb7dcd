import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
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
    .select(['id', 'kind', 'name_zh', 'name_en', 'covers_from', 'covers_to', 'reference_date', 'opens_on', 'closes_on'])
    .where('archived_at', 'is', null)
    .orderBy('covers_to', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
  const today = universityToday(ctx.now);
  const items = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    coversFrom: r.covers_from,
    coversTo: r.covers_to,
    referenceDate: r.reference_date,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    projection: (r.reference_date ?? r.covers_to) > today,
  }));
  return { items, defaultId: defaultPeriod(items, today) };
}

/**
 * The period the Ministry page opens on (issue 17.8): the one whose window is open today, else the one
 * whose reference date passed most recently — never one whose reference date is still to come.
 */
export function defaultPeriod(
  items: { id: number; opensOn: string; closesOn: string; referenceDate: string | null; coversTo: string }[],
  today: string,
): number | null {
  const open = items.find(
    (p) => p.opensOn <= today && today <= p.closesOn && !((p.referenceDate ?? p.coversTo) > today),
  );
  if (open) return open.id;
  const past = items
    .filter((p) => (p.referenceDate ?? p.coversTo) <= today)
    .sort((a, b) => (b.referenceDate ?? b.coversTo).localeCompare(a.referenceDate ?? a.coversTo));
  return past[0]?.id ?? null;
}
