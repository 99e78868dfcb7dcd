import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary, bilingual, label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { visitPolicy } from '#server/policies/engagements.policy.js';
import { allows, grantsFor, unitScope } from '#server/policies/policy.js';
import { type ChecklistEntry, checklistFrom, visitTemplate } from '#shared/engagements.js';
import type {
  FollowupCreate,
  Gift,
  GiftCreate,
  ProgrammeSlot,
  Visit,
  VisitCreate,
  VisitListQuery,
  VisitSummary,
  VisitUpdate,
} from '#shared/schemas/visits.js';
import { assignableUsers, checkFollowup, parseJson, toFollowup } from './engagement-parts.js';
import * as parts from './engagement-parts.repository.js';
import { engagementPhotos } from './engagement-photos.js';
import { engagementRecord } from './engagement-record.js';
import * as repo from './visit.repository.js';

export const ENTITY = 'visit';

const toGift = (g: repo.GiftRow): Gift => ({
  id: g.id,
  visitId: g.visit_id,
  partnerId: g.partner_id,
  recipient: g.recipient,
  gift: g.gift,
  givenOn: g.given_on,
});

async function summaries(db: Db, rows: repo.VisitRow[]): Promise<VisitSummary[]> {
  const partners = await repo.findVisitPartners(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    direction: r.direction,
    unitId: r.unit_id,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status,
    size: r.size,
    partners: partners
      .filter((p) => p.visit_id === r.id)
      .map((p) => ({ id: p.id, nameZh: p.name_zh, nameEn: p.name_en })),
    archivedAt: r.archived_at,
  }));
}

function readableUnits(ctx: Ctx) {
  if (!allows(visitPolicy, ctx.actor, 'read', ctx.units)) throw AppError.forbidden();
  return unitScope(visitPolicy, ctx.actor, 'read', ctx.units);
}

export async function listVisits(ctx: Ctx, query: VisitListQuery) {
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = { ...rest, visibleUnits: readableUnits(ctx) };
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.visitSortKeys(filter.order),
    (window) => repo.findVisits(ctx.db, filter, window),
    (cap) => repo.countVisits(ctx.db, filter, cap),
    (rows) => summaries(ctx.db, rows),
  );
}

/** A partner's visits both ways (the partner page): those the user may read. */
export async function partnerVisits(ctx: Ctx, partnerId: number) {
  const filter = { partnerId, archived: 'exclude' as const, order: 'desc' as const, visibleUnits: readableUnits(ctx) };
  return { items: await summaries(ctx.db, (await repo.findVisits(ctx.db, filter, { limit: 200, offset: 0 })).rows) };
}

async function present(ctx: Ctx, db: Db, row: repo.VisitRow, permissions: Visit['permissions']): Promise<Visit> {
  const [summary] = await summaries(db, [row]);
  return {
    ...(summary as VisitSummary),
    purpose: row.purpose,
    topics: row.topics,
    budget: row.budget,
    fundingSource: row.funding_source,
    people: await parts.findPeople(db, 'visit', row.id),
    itinerary: parseJson<ProgrammeSlot>(row.itinerary_json),
    checklist: parseJson<ChecklistEntry>(row.checklist_json),
    gifts: (await repo.findGifts(db, row.id)).map(toGift),
    followups: (await parts.findFollowups(db, 'visit', row.id)).map((f) => toFollowup(f, ctx.locale)),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    permissions,
  };
}

/** The audit summary of a visit (ADR 0030), with what was done to it (a gift, a follow-up) when a part changed. */
const labelOf = (
  v: Pick<Visit, 'direction' | 'titleEn' | 'titleZh' | 'startDate'>,
  part?: 'gift' | 'followup' | 'followupDone' | 'followupReopened',
): AuditSummary =>
  auditSummary(part ? `auditSummaries.visitPart.${part}` : 'auditSummaries.engagement', {
    kind: label('visitDirections', v.direction),
    title: bilingual(v.titleZh || v.titleEn || '', v.titleEn || v.titleZh || ''),
    date: v.startDate,
  });

const record = engagementRecord({
  entity: ENTITY,
  table: 'visits',
  owner: 'visit',
  policy: visitPolicy,
  find: repo.findVisit,
  present,
  label: labelOf,
});

/** The visit if the actor may read it; `db` is the open transaction when called after a write. */
export const getVisit = record.get;

function columnsOf(input: VisitCreate) {
  return {
    direction: input.direction,
    unit_id: input.unitId,
    title_zh: input.titleZh,
    title_en: input.titleEn,
    purpose: input.purpose,
    start_date: input.startDate,
    end_date: input.endDate,
    size: input.size,
    status: input.status,
    topics: input.topics,
    budget: input.budget,
    funding_source: input.fundingSource,
    itinerary_json: JSON.stringify(input.itinerary),
  };
}

const checkInput = (ctx: Ctx, input: VisitCreate) => record.checkInput(ctx, input, input.itinerary, 'itinerary');

export async function createVisit(ctx: Ctx, input: VisitCreate): Promise<Visit> {
  if (!allows(visitPolicy, ctx.actor, 'write', ctx.units)) throw AppError.forbidden();
  await checkInput(ctx, input);
  return record.create(
    ctx,
    (trx) =>
      repo.insertVisit(trx, {
        ...columnsOf(input),
        checklist_json: JSON.stringify(input.checklist ?? checklistFrom(visitTemplate(input.direction))),
        created_by: ctx.actor.id,
        created_at: ctx.now,
        updated_at: ctx.now,
      }),
    async (trx, id) => {
      await repo.replacePartners(trx, id, input.partnerIds);
      await parts.replacePeople(trx, 'visit', id, input.people);
    },
  );
}

export async function updateVisit(ctx: Ctx, id: number, input: VisitUpdate): Promise<Visit> {
  const before = await record.writable(ctx, id);
  const { version, ...fields } = input;
  await checkInput(ctx, fields);
  const values = {
    ...columnsOf(fields),
    checklist_json: JSON.stringify(fields.checklist ?? before.checklist),
    updated_at: ctx.now,
  };
  return record.update(ctx, id, version, before, values, async (trx) => {
    await repo.replacePartners(trx, id, fields.partnerIds);
    await parts.replacePeople(trx, 'visit', id, fields.people);
  });
}

export const setArchived = (ctx: Ctx, id: number, version: number, archived: boolean): Promise<Visit> =>
  record.setArchived(ctx, id, version, archived);

/** Uploaded photos (JPG/PNG/WebP), one of them for the news item. */
export const photos = engagementPhotos({
  owner: 'visit',
  entity: ENTITY,
  get: record.get,
  writable: record.writable,
  label: labelOf,
});

/** The people on the visit (both sides, with titles), replaced at the version read. */
export const setPeople = record.setPeople;

/** Gifts given earlier to this partner or person (the register's warning, asked before saving too). */
export async function earlierGifts(ctx: Ctx, q: { partnerId?: number; recipient?: string }) {
  const found = await repo.findEarlierGifts(
    ctx.db,
    { partnerId: q.partnerId ?? null, recipient: q.recipient ?? '' },
    readableUnits(ctx),
  );
  return found.map(toGift);
}

/** Records a gift; the answer lists earlier gifts to the same partner or person (a repeat is a warning). */
export async function addGift(ctx: Ctx, id: number, input: GiftCreate) {
  const visit = await record.writable(ctx, id);
  if (input.partnerId && (await parts.missingIds(ctx.db, 'partners', [input.partnerId])).length)
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'partnerId', key: 'activity_partner' }] });
  return ctx.db.transaction().execute(async (trx) => {
    const giftId = await repo.insertGift(trx, id, input, ctx.actor.id, ctx.now);
    const gift = { id: giftId, visitId: id, ...input };
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', ENTITY, id, labelOf(visit, 'gift'), null, gift),
      parent: { type: ENTITY, id },
    });
    const repeats = await repo.findEarlierGifts(
      trx,
      { partnerId: input.partnerId, recipient: input.recipient, exceptId: giftId },
      readableUnits(ctx),
    );
    return { gift, repeats: repeats.map(toGift) };
  });
}

/** Who may read this visit: those a follow-up of it may be given to. */
const readersOf = (ctx: Ctx, v: Pick<Visit, 'unitId'>) =>
  grantsFor(visitPolicy, 'read', { unit_id: v.unitId }, ctx.units);

/** The accounts a follow-up of this visit may be given to (for those who may edit it), searched by name. */
export async function assignees(ctx: Ctx, id: number, q: string | undefined) {
  const visit = await record.writable(ctx, id);
  return assignableUsers(ctx.db, readersOf(ctx, visit), q, ctx.locale);
}

export async function addFollowup(ctx: Ctx, id: number, input: FollowupCreate) {
  const visit = await record.writable(ctx, id);
  await checkFollowup(ctx.db, input, readersOf(ctx, visit));
  return ctx.db.transaction().execute(async (trx) => {
    const fid = await parts.insertFollowup(trx, 'visit', id, input, ctx.actor.id, ctx.now);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', ENTITY, id, labelOf(visit, 'followup'), null, { id: fid, ...input }),
      parent: { type: ENTITY, id },
    });
    return getVisit(ctx, id, trx);
  });
}

/** The assignee or anyone who may edit the visit ticks a follow-up done (or undoes it). */
export async function setFollowupDone(ctx: Ctx, id: number, followupId: number, done: boolean) {
  const visit = await getVisit(ctx, id);
  const row = await parts.findFollowup(ctx.db, 'visit', id, followupId);
  if (!row) throw AppError.notFound();
  if (!visit.permissions.update && row.assignee_id !== ctx.actor.id) throw AppError.forbidden();
  return ctx.db.transaction().execute(async (trx) => {
    await parts.setFollowupDone(trx, followupId, done ? ctx.now : null);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'update', ENTITY, id, labelOf(visit, done ? 'followupDone' : 'followupReopened'), row, {
        ...row,
        done_at: done ? ctx.now : null,
      }),
      parent: { type: ENTITY, id },
    });
    return getVisit(ctx, id, trx);
  });
}
