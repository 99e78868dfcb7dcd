import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { academicYear, auditSummary, label as enumLabel } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { EQF_LEVEL, PLACE_KINDS, type StudyLevel } from '#shared/enums.js';
import type { Place, PlaceCreate, PlaceUpdate } from '#shared/schemas/agreements.js';
import { getAgreement } from './agreement.service.js';
import * as repo from './agreement-places.repository.js';

const ENTITY = 'exchange_place';

export function toPlace(r: repo.PlaceRow): Place {
  const used = Number(r.used ?? 0);
  return {
    id: r.id,
    agreementId: r.agreement_id,
    version: r.version,
    academicYear: r.academic_year,
    direction: r.direction,
    level: r.level,
    eqfLevel: EQF_LEVEL[r.level as StudyLevel],
    mobilityKind: r.mobility_kind,
    places: r.places,
    used,
    remaining: r.places - used,
    duration: r.duration,
    durationUnit: r.duration_unit,
    languages: JSON.parse(r.languages_json),
    isced: JSON.parse(r.isced_json),
    notes: r.notes,
  };
}

function columns(input: PlaceCreate) {
  return {
    academic_year: input.academicYear,
    direction: input.direction,
    level: input.level,
    mobility_kind: input.mobilityKind,
    places: input.places,
    duration: input.duration ?? null,
    duration_unit: input.durationUnit,
    languages_json: JSON.stringify(input.languages),
    isced_json: JSON.stringify(input.isced),
    notes: input.notes,
  };
}

export async function listPlaces(ctx: Ctx, agreementId: number) {
  await getAgreement(ctx, agreementId);
  return { items: (await repo.findPlaces(ctx.db, agreementId)).map(toPlace) };
}

/** The agreement, if the actor may manage its places and its kind has places at all. */
async function placesOf(ctx: Ctx, agreementId: number) {
  const agreement = await getAgreement(ctx, agreementId);
  if (!agreement.permissions.managePlaces) throw AppError.forbidden();
  if (!PLACE_KINDS.includes(agreement.kind)) throw AppError.field('kind', 'places_not_for_kind');
  return agreement;
}

async function getPlace(db: Db, agreementId: number, placeId: number): Promise<Place> {
  const row = await repo.findPlace(db, agreementId, placeId);
  if (!row) throw AppError.notFound();
  return toPlace(row);
}

type Placed = Pick<Place, 'academicYear' | 'direction' | 'level' | 'mobilityKind' | 'places'>;

/** The place's words for its history ("116學年度 出國 學士 研修：2 名"), stored as codes (ADR 0030). */
const placeParams = (p: Placed) => ({
  year: academicYear(p.academicYear),
  direction: enumLabel('directions', p.direction),
  level: enumLabel('studyLevels', p.level),
  kind: enumLabel('mobilityKinds', p.mobilityKind),
  places: p.places,
});
const label = (p: Placed) => auditSummary('auditSummaries.place', placeParams(p));

export async function createPlace(ctx: Ctx, agreementId: number, input: PlaceCreate): Promise<Place> {
  await placesOf(ctx, agreementId);
  return uniqueAsFieldError('academicYear', 'duplicate_place', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertPlace(trx, {
        ...columns(input),
        agreement_id: agreementId,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const after = await getPlace(trx, agreementId, id);
      await recordAudit(trx, {
        ...changeEntry(ctx, 'create', ENTITY, id, label(after), null, after),
        parent: { type: 'agreement', id: agreementId },
      });
      return after;
    }),
  );
}

/** Locks the place and reads its use inside the transaction: the check and the write see the same state. */
async function lockedUse(ctx: Ctx, trx: Db, agreementId: number, placeId: number) {
  const locked = await repo.lockPlace(trx, ctx.dialect, placeId);
  const before = locked && (await repo.findPlace(trx, agreementId, placeId));
  if (!before) throw AppError.notFound();
  return { before: toPlace(before), used: await repo.usedOf(trx, placeId) };
}

export async function updatePlace(ctx: Ctx, agreementId: number, placeId: number, input: PlaceUpdate) {
  await placesOf(ctx, agreementId);
  return uniqueAsFieldError('academicYear', 'duplicate_place', () =>
    ctx.db.transaction().execute(async (trx) => {
      const { before, used } = await lockedUse(ctx, trx, agreementId, placeId);
      if (input.places < used) throw AppError.field('places', 'places_below_used', { used });
      return updateAudited(trx, {
        table: 'exchange_places',
        id: placeId,
        version: input.version,
        values: { ...columns(input), updated_at: ctx.now },
        current: () => getPlace(trx, agreementId, placeId),
        after: () => getPlace(trx, agreementId, placeId),
        audit: (after) => ({
          ...changeEntry(ctx, 'update', ENTITY, placeId, label(after), before, after),
          parent: { type: 'agreement', id: agreementId },
        }),
      });
    }),
  );
}

/** Removes a place that nobody uses (a used place is part of someone's mobility record). */
export async function removePlace(ctx: Ctx, agreementId: number, placeId: number) {
  await placesOf(ctx, agreementId);
  return ctx.db.transaction().execute(async (trx) => {
    const { before, used } = await lockedUse(ctx, trx, agreementId, placeId);
    if (used > 0) throw AppError.field('places', 'place_in_use', { used });
    await repo.deletePlace(trx, placeId);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'delete', ENTITY, placeId, label(before), before, null),
      parent: { type: 'agreement', id: agreementId },
    });
    return { ok: true as const };
  });
}

/**
 * Takes `count` places. The remaining number is computed after the place row is locked, inside the
 * transaction that inserts the usage: of two requests for the last place, exactly one gets it.
 */
export async function usePlaces(
  ctx: Ctx,
  agreementId: number,
  placeId: number,
  usage: { count: number; label: string | null },
) {
  await placesOf(ctx, agreementId);
  return ctx.db.transaction().execute(async (trx) => {
    const { before, used } = await lockedUse(ctx, trx, agreementId, placeId);
    if (used + usage.count > before.places)
      throw AppError.field('count', 'over_allocation', { used, places: before.places });
    await repo.insertUsage(trx, { placeId, count: usage.count, label: usage.label, by: ctx.actor.id, at: ctx.now });
    const after = await getPlace(trx, agreementId, placeId);
    const summary = usage.label
      ? auditSummary('auditSummaries.placeUsageNoted', { ...placeParams(after), count: usage.count, note: usage.label })
      : auditSummary('auditSummaries.placeUsage', { ...placeParams(after), count: usage.count });
    await recordAudit(trx, {
      ...changeEntry(ctx, 'update', ENTITY, placeId, summary, before, after),
      parent: { type: 'agreement', id: agreementId },
    });
    return after;
  });
}
