import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { recruitmentPolicy } from '#server/policies/recruitment.policy.js';
import type { Trip, TripInput, TripListQuery, TripSummary, TripUpdate } from '#shared/schemas/recruitment.js';
import * as repo from './trip.repository.js';

export const TRIP_ENTITY = 'recruitment_trip';

const summary = (r: repo.TripRow): TripSummary => ({
  id: r.id,
  kind: r.kind,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  country: r.country,
  city: r.city,
  startDate: r.start_date,
  endDate: r.end_date,
  costMinor: r.cost_minor,
  currency: r.currency,
  leads: Number(r.leads ?? 0),
});

function present(ctx: Ctx, r: repo.TripRow): Trip {
  return {
    ...summary(r),
    organiser: r.organiser,
    staff: JSON.parse(r.staff_json) as string[],
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    permissions: {
      update: allows(recruitmentPolicy, ctx.actor, 'write', ctx.units),
      readLeads: allows(recruitmentPolicy, ctx.actor, 'readLeads', ctx.units),
    },
  };
}

export async function listTrips(ctx: Ctx, query: TripListQuery) {
  authorizeAny(recruitmentPolicy, ctx.actor, 'read', ctx.units);
  const { page, pageSize, cursor, count: _count, ...filter } = query;
  // Counted exactly: a university's recruitment trips are tens a year.
  return keysetListPage(
    { page, pageSize, cursor, count: 'exact' },
    repo.TRIP_SORT_KEYS,
    (window) => repo.findTrips(ctx.db, filter, window),
    () => repo.countTrips(ctx.db, filter),
    (rows) => rows.map(summary),
  );
}

export async function getTrip(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Trip> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'read', ctx.units);
  const row = await repo.findTrip(db, id);
  if (!row) throw AppError.notFound();
  return present(ctx, row);
}

const columnsOf = (input: TripInput) => ({
  kind: input.kind,
  name_zh: input.nameZh,
  name_en: input.nameEn,
  country: input.country,
  city: input.city,
  start_date: input.startDate,
  end_date: input.endDate,
  organiser: input.organiser,
  staff_json: JSON.stringify(input.staff),
  cost_minor: input.costMinor,
  currency: input.currency,
  notes: input.notes,
});

/** A trip's audit summary: its name in both languages and its first day. */
const labelOf = (t: Pick<Trip, 'nameEn' | 'nameZh' | 'startDate'>) =>
  auditSummary('auditSummaries.trip', {
    name: bilingual(t.nameZh || t.nameEn || '', t.nameEn || t.nameZh || ''),
    date: t.startDate,
  });

export async function createTrip(ctx: Ctx, input: TripInput): Promise<Trip> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'write', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTrip(trx, {
      ...columnsOf(input),
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await getTrip(ctx, id, trx);
    await recordAudit(trx, changeEntry(ctx, 'create', TRIP_ENTITY, id, labelOf(after), null, after));
    return after;
  });
}

export async function updateTrip(ctx: Ctx, id: number, input: TripUpdate): Promise<Trip> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'write', ctx.units);
  const before = await getTrip(ctx, id);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'recruitment_trips',
      id,
      version: input.version,
      values: { ...columnsOf(input), updated_at: ctx.now },
      current: () => getTrip(ctx, id, trx).catch(() => undefined),
      after: () => getTrip(ctx, id, trx),
      audit: (after) => changeEntry(ctx, 'update', TRIP_ENTITY, id, labelOf(after), before, after),
    }),
  );
}
