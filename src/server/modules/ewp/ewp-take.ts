import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { getAgreement, updateAgreement } from '#server/modules/agreements/agreement.service.js';
import { createPlace, removePlace, updatePlace } from '#server/modules/agreements/agreement-places.service.js';
import { EQF_LEVEL, type StudyLevel } from '#shared/enums.js';
import type { Agreement, Place, PlaceCreate } from '#shared/schemas/agreements.js';
import type { EwpResolveBody, EwpStatus } from '#shared/schemas/ewp.js';
import * as repo from './ewp-copies.repository.js';
import { ewpStatus, ourCopy, theirView } from './ewp-copies.service.js';
import { unitOf, type YearUnit } from './iia-diff.js';

/**
 * One click per difference (ADR 0033): keep ours (recorded; the partner is to change their copy) or take
 * theirs, written through the agreements and places services so their rules, versions and history apply.
 * The page sends the copy and our hash it showed: a newer copy or a change to ours since → 409.
 */
const STUDENT = new Set(['study', 'traineeship']);
const levelOfEqf = (eqf: number): StudyLevel | undefined =>
  (Object.entries(EQF_LEVEL) as [StudyLevel, number][]).find(([, n]) => n === eqf)?.[0];

/** Our place rows behind a unit: same year, direction, kind and (students) level. */
function placesOf(places: Place[], u: YearUnit): Place[] {
  return places.filter(
    (p) =>
      p.academicYear === u.year &&
      p.direction === u.direction &&
      p.mobilityKind === u.kind &&
      (!STUDENT.has(u.kind) || u.eqfLevels.includes(p.eqfLevel)),
  );
}

/** Their unit as our place input: per-place duration from the year's total, languages with their CEFR. */
function placeInput(u: YearUnit, level: StudyLevel): PlaceCreate {
  const student = STUDENT.has(u.kind);
  const languages = u.languages.map((label) => {
    const [code = '', cefr] = label.split(' ');
    if (!cefr) throw AppError.field('languages', 'ewp_language_without_cefr', { language: code });
    return { language: code.split('-')[0] ?? code, cefr: cefr as PlaceCreate['languages'][number]['cefr'] };
  });
  const duration =
    u.total != null && u.mobilitiesPerYear > 0 ? Math.max(1, Math.round(u.total / u.mobilitiesPerYear)) : null;
  return {
    academicYear: u.year,
    direction: u.direction,
    level,
    mobilityKind: u.kind,
    places: u.mobilitiesPerYear,
    duration,
    durationUnit: student ? 'months' : 'days',
    languages,
    isced: u.isced,
    notes: null,
  };
}

function studentLevel(u: YearUnit): StudyLevel {
  if (!STUDENT.has(u.kind)) return 'bachelor'; // staff carry no EQF level; ours need one, bachelor is the default
  const level = u.eqfLevels.length === 1 ? levelOfEqf(u.eqfLevels[0] ?? 0) : undefined;
  if (!level) throw AppError.field('differenceId', 'ewp_levels_not_one', { levels: u.eqfLevels.join(', ') });
  return level;
}

async function takeCondition(
  ctx: Ctx,
  agreement: Agreement,
  places: Place[],
  field: string,
  ours?: YearUnit,
  theirs?: YearUnit,
) {
  if (!theirs && ours) {
    for (const p of placesOf(places, ours).filter((p) => p.places > 0)) await removePlace(ctx, agreement.id, p.id);
    return;
  }
  if (!theirs) return;
  const rows = placesOf(places, theirs);
  const input = placeInput(theirs, rows[0]?.level ?? studentLevel(theirs));
  if (rows.length === 0) {
    await createPlace(ctx, agreement.id, input);
    return;
  }
  if (rows.length > 1) throw AppError.field('differenceId', 'ewp_places_ambiguous', { count: rows.length });
  const [row] = rows as [Place];
  const current: PlaceCreate = {
    academicYear: row.academicYear,
    direction: row.direction,
    level: row.level,
    mobilityKind: row.mobilityKind,
    places: row.places,
    duration: row.duration,
    durationUnit: row.durationUnit,
    languages: row.languages,
    isced: row.isced,
    notes: row.notes,
  };
  // "added" (a zero row of ours) takes the whole unit; a changed field takes only that field.
  const next =
    field === 'condition'
      ? input
      : field === 'total'
        ? { ...current, duration: input.duration, durationUnit: input.durationUnit }
        : field === 'mobilitiesPerYear'
          ? { ...current, places: input.places }
          : field === 'languages'
            ? { ...current, languages: input.languages }
            : { ...current, isced: input.isced };
  await updatePlace(ctx, agreement.id, row.id, { ...next, version: row.version });
}

/** The agreement's own fields as its update form would send them, with one field changed. */
function agreementUpdate(a: Agreement, change: { code?: string | null; partnerCode?: string | null }) {
  return {
    kind: a.kind,
    titleEn: a.titleEn,
    titleZh: a.titleZh,
    code: a.code,
    partnerCode: a.partnerCode,
    owningUnitId: a.owningUnitId,
    partners: a.partners.map((p) => ({ partnerId: p.id, facultyEn: p.facultyEn, facultyZh: p.facultyZh })),
    startDate: a.startDate,
    endDate: a.endDate,
    openEnded: a.openEnded,
    autoRenew: a.autoRenew,
    renewalTerms: a.renewalTerms,
    noticeMonths: a.noticeMonths,
    people: a.people.map(({ id: _id, ...p }) => p),
    notes: a.notes,
    version: a.version,
    ...change,
  };
}

export async function resolveDifference(ctx: Ctx, agreementId: number, body: EwpResolveBody): Promise<EwpStatus> {
  const status = await ewpStatus(ctx, agreementId);
  if (!status.permissions.manage) throw AppError.forbidden();
  if (!status.copy || status.copy.id !== body.copyId || status.ourHash !== body.ourHash)
    throw new AppError('VERSION_CONFLICT', { current: status });
  const diff = status.differences.find((d) => d.id === body.differenceId);
  if (!diff) throw AppError.field('differenceId', 'ewp_difference_gone');
  if (body.action === 'keep') {
    await ctx.db.transaction().execute(async (trx) => {
      await repo.keep(trx, body.copyId, diff.id, ctx.actor.id, ctx.now);
      await recordAudit(trx, {
        ...changeEntry(
          ctx,
          'update',
          'ewp_copy',
          body.copyId,
          auditSummary('auditSummaries.ewpKeptOurs', { id: diff.id }),
          null,
          diff,
        ),
        parent: { type: 'agreement', id: agreementId },
      });
    });
    return ewpStatus(ctx, agreementId);
  }
  const agreement = await getAgreement(ctx, agreementId);
  if (diff.field === 'ourCode' || diff.field === 'partnerCode') {
    const value = typeof diff.theirs === 'string' ? diff.theirs : null;
    await updateAgreement(
      ctx,
      agreementId,
      agreementUpdate(agreement, { [diff.field === 'ourCode' ? 'code' : 'partnerCode']: value }),
    );
    return ewpStatus(ctx, agreementId);
  }
  const ours = await ourCopy(ctx, agreement);
  const row = await repo.latestCopy(ctx.db, agreementId);
  if (!ours.view || !ours.heiId || !row) throw new AppError('VERSION_CONFLICT', { current: status });
  const theirs = theirView(JSON.parse(row.document_json), ours.heiId);
  await takeCondition(ctx, agreement, ours.places, diff.field, unitOf(ours.view, diff.id), unitOf(theirs, diff.id));
  return ewpStatus(ctx, agreementId);
}
