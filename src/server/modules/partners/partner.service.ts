import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { partnerPolicy } from '#server/policies/partners.policy.js';
import { authorize, authorizeAny, can, unitScope } from '#server/policies/policy.js';
import type {
  Partner,
  PartnerCreate,
  PartnerListQuery,
  PartnerStats,
  PartnerSummary,
  PartnerUpdate,
} from '#shared/schemas/partners.js';
import { searchKey, similarity } from '#shared/search-key.js';
import { aliasesOf, partnerColumns as columns } from './partner.columns.js';
import * as repo from './partner.repository.js';

const ENTITY = 'partner';

export function toSummary(r: repo.PartnerListRow | repo.PartnerDetailRow): PartnerSummary {
  return {
    id: r.id,
    code: r.code,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    country: r.country,
    region: (r.region ?? null) as PartnerSummary['region'],
    city: r.city,
    cityZh: r.city_zh,
    type: r.type,
    status: r.status,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  };
}

export async function partnerStats(ctx: Ctx): Promise<PartnerStats> {
  authorizeAny(partnerPolicy, ctx.actor, 'read', ctx.units);
  const rows = await repo.countPartnersByCountry(ctx.db);
  type Region = PartnerStats['byRegion'][number]['region'];
  const byRegion = new Map<Region, number>();
  for (const r of rows) byRegion.set(r.region as Region, (byRegion.get(r.region as Region) ?? 0) + Number(r.count));
  return {
    total: rows.reduce((n, r) => n + Number(r.count), 0),
    countries: rows.length,
    byCountry: rows.map((r) => ({ country: r.country, count: Number(r.count) })),
    byRegion: [...byRegion].map(([region, count]) => ({ region, count })).sort((a, b) => b.count - a.count),
  };
}

export async function listPartners(ctx: Ctx, query: PartnerListQuery) {
  authorizeAny(partnerPolicy, ctx.actor, 'read', ctx.units);
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = await repo.partnerFilterOf(ctx.db, rest);
  const result = await keysetListPage(
    { page, pageSize, cursor, count },
    repo.partnerSortKeys(ctx.db, filter, ctx.locale),
    (window) => repo.findPartners(ctx.db, filter, window, ctx.locale),
    (cap) => repo.countPartners(ctx.db, filter, cap),
    (rows) => rows.map(toSummary),
  );
  if (result.total > 0 || !filter.q || searchKey(filter.q).length < MIN_FUZZY_KEY) return result;
  const closest = await closestPartners(ctx, filter, pageSize);
  return { ...closest, totalExact: true, nextCursor: null, page: 1, pageSize, approximate: true };
}

/** Shorter queries match too many names by accident to be worth guessing at. */
const MIN_FUZZY_KEY = 4;
/** Trigram likeness a name needs to be offered (0.5: one or two typos in a word of eight letters). */
const MIN_SIMILARITY = 0.5;

/**
 * Nothing contained the query: the names most like it instead (one page, best first). Reads every key the
 * other filters allow — 40,000 partners are ~2 MB, read only on a search that found nothing.
 */
async function closestPartners(ctx: Ctx, filter: repo.PartnerFilter, limit: number) {
  const key = searchKey(filter.q);
  const scored = (await repo.findPartnerKeys(ctx.db, filter))
    .map((r) => ({ id: r.id, score: similarity(key, r.search_text) }))
    .filter((r) => r.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
  const rows = scored.length
    ? await repo.findPartnersByIds(
        ctx.db,
        scored.map((s) => s.id),
      )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = scored.flatMap((s) => {
    const row = byId.get(s.id);
    return row ? [toSummary(row)] : [];
  });
  return { items, total: items.length };
}

/** The partner as the API shows it, with what this user may do to it. */
async function present(ctx: Ctx, db: Db, id: number): Promise<Partner | undefined> {
  const row = await repo.findPartnerById(db, id);
  if (!row) return undefined;
  const tree = ctx.units;
  return {
    ...toSummary(row),
    version: row.version,
    website: row.website,
    schac: row.schac,
    owningUnitId: row.owning_unit_id,
    aliases: aliasesOf(row.aliases),
    notes: row.notes,
    contacts: await repo.findContacts(db, id),
    createdAt: row.created_at,
    permissions: {
      update: can(partnerPolicy, ctx.actor, 'update', row, tree),
      archive: can(partnerPolicy, ctx.actor, 'archive', row, tree),
    },
  };
}

/** The partner if the actor may read it; `db` is the open transaction when called after a write. */
export async function getPartner(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Partner> {
  const partner = await present(ctx, db, id);
  if (!partner) throw AppError.notFound();
  authorize(partnerPolicy, ctx.actor, 'read', { owning_unit_id: partner.owningUnitId }, ctx.units);
  return partner;
}

/** A coordinator's new partner belongs to their college unless they say otherwise. */
async function resolveOwningUnit(ctx: Ctx, requested: number | null | undefined): Promise<number | null> {
  const tree = ctx.units;
  if (requested != null) {
    if (!tree.has(requested)) throw AppError.field('owningUnitId', 'unit');
    return requested;
  }
  const scope = unitScope(partnerPolicy, ctx.actor, 'create', tree);
  return scope === 'all' ? null : (scope[0] ?? null);
}

async function ensureCodeFree(db: Db, input: { code: string | null; schac?: string | null }, exceptId?: number) {
  if (input.code && (await repo.codeTaken(db, input.code, exceptId))) throw AppError.field('code', 'duplicate_code');
  if (input.schac && (await repo.schacTaken(db, input.schac, exceptId)))
    throw AppError.field('schac', 'duplicate_schac');
}

export async function createPartner(ctx: Ctx, input: PartnerCreate): Promise<Partner> {
  authorizeAny(partnerPolicy, ctx.actor, 'create', ctx.units);
  const owningUnitId = await resolveOwningUnit(ctx, input.owningUnitId);
  authorize(partnerPolicy, ctx.actor, 'create', { owning_unit_id: owningUnitId }, ctx.units);
  await ensureCodeFree(ctx.db, input);
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute(async (trx) => {
      const newId = await repo.insertPartner(trx, {
        ...columns(input, owningUnitId),
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      await repo.replaceContacts(trx, newId, input.contacts);
      const after = await getPartner(ctx, newId, trx);
      await recordAudit(
        trx,
        changeEntry(ctx, 'create', ENTITY, newId, recordName(input.nameZh, input.nameEn), null, after),
      );
      return after;
    }),
  );
}

export async function updatePartner(ctx: Ctx, id: number, input: PartnerUpdate): Promise<Partner> {
  const before = await getPartner(ctx, id);
  const tree = ctx.units;
  authorize(partnerPolicy, ctx.actor, 'update', { owning_unit_id: before.owningUnitId }, tree);
  const owningUnitId =
    input.owningUnitId === undefined ? before.owningUnitId : await resolveOwningUnit(ctx, input.owningUnitId);
  // Moving a partner to another unit needs the right to keep partners of that unit too.
  authorize(partnerPolicy, ctx.actor, 'update', { owning_unit_id: owningUnitId }, tree);
  await ensureCodeFree(ctx.db, input, id);
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'partners',
        id,
        version: input.version,
        values: { ...columns(input, owningUnitId), updated_at: ctx.now },
        current: () => present(ctx, trx, id),
        alsoWrite: () => repo.replaceContacts(trx, id, input.contacts),
        after: () => getPartner(ctx, id, trx),
        audit: (after) => changeEntry(ctx, 'update', ENTITY, id, recordName(input.nameZh, input.nameEn), before, after),
      }),
    ),
  );
}

/** Archive or restore: nothing is ever hard-deleted. */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Partner> {
  const before = await getPartner(ctx, id);
  authorize(partnerPolicy, ctx.actor, 'archive', { owning_unit_id: before.owningUnitId }, ctx.units);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'partners',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getPartner(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          archived ? 'archive' : 'restore',
          ENTITY,
          id,
          recordName(before.nameZh, before.nameEn),
          before,
          after,
        ),
    }),
  );
}
