import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { localName } from '#shared/i18n/index.js';
import type {
  ReportDefinition,
  SavedReport,
  SavedReportCreate,
  SavedReportUpdate,
} from '#shared/schemas/report-builder.js';

/**
 * Saved report definitions: each user sees their own and the shared ones; only the owner changes or
 * deletes one. The definition is stored as JSON (filters, columns, grouping) beside its entity.
 */
export const ENTITY = 'saved_report';

function query(db: Db) {
  return db
    .selectFrom('saved_reports as s')
    .leftJoin('users as u', 'u.id', 's.owner_id')
    .selectAll('s')
    .select(['u.name_zh as owner_name_zh', 'u.name_en as owner_name_en', 'u.email as owner_email']);
}
type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirst']>>>;

function toSaved(ctx: Ctx, r: Row): SavedReport {
  const { entity: _e, ...rest } = JSON.parse(r.definition) as ReportDefinition;
  return {
    id: r.id,
    name: r.name,
    entity: r.entity,
    shared: r.shared === 1,
    definition: { ...rest, entity: r.entity },
    ownerId: r.owner_id,
    ownerName: localName(ctx.locale, r.owner_name_zh, r.owner_name_en) || r.owner_email,
    mine: r.owner_id === ctx.actor.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function allowed(ctx: Ctx) {
  authorizeAny(reportingPolicy, ctx.actor, 'buildReports', ctx.units);
}

export async function listSaved(ctx: Ctx) {
  await allowed(ctx);
  const rows = await query(ctx.db)
    .where((eb) => eb.or([eb('s.owner_id', '=', ctx.actor.id), eb('s.shared', '=', 1)]))
    .orderBy('s.name')
    .orderBy('s.id')
    .execute();
  return { items: rows.map((r) => toSaved(ctx, r)) };
}

/** One definition the user may see (their own or a shared one); someone else's private one does not exist for them. */
export async function getSaved(ctx: Ctx, id: number, db: Db = ctx.db): Promise<SavedReport> {
  await allowed(ctx);
  const row = await query(db).where('s.id', '=', id).executeTakeFirst();
  if (!row || (row.owner_id !== ctx.actor.id && row.shared !== 1)) throw AppError.notFound();
  return toSaved(ctx, row);
}

const columns = (input: SavedReportCreate) => ({
  name: input.name,
  entity: input.definition.entity,
  definition: JSON.stringify(input.definition),
  shared: input.shared ? 1 : 0,
});
const snapshot = ({ mine: _m, ownerName: _o, ...rest }: SavedReport) => rest;

export async function createSaved(ctx: Ctx, input: SavedReportCreate): Promise<SavedReport> {
  await allowed(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('saved_reports')
      .values({ ...columns(input), owner_id: ctx.actor.id, created_at: ctx.now, updated_at: ctx.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = await getSaved(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ENTITY, id, recordName(input.name, input.name), null, snapshot(after)),
    );
    return after;
  });
}

async function owned(ctx: Ctx, id: number) {
  const before = await getSaved(ctx, id);
  if (!before.mine) throw AppError.forbidden();
  return before;
}

export async function updateSaved(ctx: Ctx, id: number, input: SavedReportUpdate): Promise<SavedReport> {
  const before = await owned(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    return updateAudited(trx, {
      table: 'saved_reports',
      id,
      version: input.version,
      values: { ...columns(input), updated_at: ctx.now },
      current: () => getSaved(ctx, id, trx).catch(() => undefined),
      after: () => getSaved(ctx, id, trx),
      audit: (after) =>
        changeEntry(ctx, 'update', ENTITY, id, recordName(input.name, input.name), snapshot(before), snapshot(after)),
    });
  });
}

export async function deleteSaved(ctx: Ctx, id: number, version: number) {
  const before = await owned(ctx, id);
  if (before.version !== version) throw new AppError('VERSION_CONFLICT', { current: before });
  await ctx.db.transaction().execute(async (trx) => {
    const res = await trx
      .deleteFrom('saved_reports')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) !== 1) throw new AppError('VERSION_CONFLICT', { current: await getSaved(ctx, id) });
    await recordAudit(
      trx,
      changeEntry(ctx, 'delete', ENTITY, id, recordName(before.name, before.name), snapshot(before), null),
    );
  });
  return { ok: true as const };
}
