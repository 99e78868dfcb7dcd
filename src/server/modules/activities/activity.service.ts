import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual, label } from '#server/lib/audit-summary.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { activityPolicy } from '#server/policies/activities.policy.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { allows, authorize, can, unitScope } from '#server/policies/policy.js';
import { amountOf } from '#shared/activities.js';
import type {
  Activity,
  ActivityCreate,
  ActivityListQuery,
  ActivitySummary,
  ActivityUpdate,
} from '#shared/schemas/activities.js';
import * as repo from './activity.repository.js';

export const ENTITY = 'activity';

const num = (v: number | null) => (v === null ? null : Number(v));

export function toSummary(r: repo.ActivityRow): ActivitySummary {
  const amounts = {
    amountGovernment: num(r.amount_government),
    amountIndustry: num(r.amount_industry),
    amountOther: num(r.amount_other),
    amountUniversity: num(r.amount_university),
  };
  return {
    id: r.id,
    unitId: r.unit_id,
    kind: r.kind,
    titleZh: r.title_zh,
    titleEn: r.title_en,
    counterpartZh: r.counterpart_zh,
    counterpartEn: r.counterpart_en,
    personName: r.person_name,
    personId: r.person_id,
    partnerId: r.partner_id,
    partnerNameZh: r.partner_name_zh,
    partnerNameEn: r.partner_name_en,
    country: r.country,
    city: r.city,
    startDate: r.start_date,
    endDate: r.end_date,
    participants: num(r.participants),
    foreignParticipants: num(r.foreign_participants),
    credits: num(r.credits),
    ...amounts,
    amountTotal: amountOf(amounts),
    commissioning: r.commissioning,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  };
}

/** The list filter for this user: the units they may see and the unit (with its subunits) asked for. */
export async function resolveFilter(
  ctx: Ctx,
  query: Omit<ActivityListQuery, 'page' | 'pageSize' | 'cursor' | 'count'>,
): Promise<repo.ActivityFilter> {
  const tree = ctx.units;
  if (!allows(activityPolicy, ctx.actor, 'read', tree)) throw AppError.forbidden();
  const { unitId, ...rest } = query;
  return {
    ...rest,
    units: unitId ? tree.subtree(unitId) : undefined,
    visibleUnits: unitScope(activityPolicy, ctx.actor, 'read', tree),
  };
}

export async function listActivities(ctx: Ctx, query: ActivityListQuery) {
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = await resolveFilter(ctx, rest);
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.activitySortKeys(filter, ctx.locale),
    (window) => repo.findActivities(ctx.db, filter, window, ctx.locale),
    (cap) => repo.countActivities(ctx.db, filter, cap),
    (rows) => rows.map(toSummary),
  );
}

async function present(ctx: Ctx, db: Db, id: number): Promise<Activity | undefined> {
  const row = await repo.findActivity(db, id);
  if (!row) return undefined;
  const writable = can(activityPolicy, ctx.actor, 'write', { unit_id: row.unit_id }, ctx.units);
  return {
    ...toSummary(row),
    notes: row.notes,
    personNameZh: row.person_name_zh,
    personNameEn: row.person_name_en,
    version: row.version,
    createdAt: row.created_at,
    permissions: { update: writable && row.archived_at === null, archive: writable },
  };
}

/** The record if the actor may read it; `db` is the open transaction when called after a write. */
export async function getActivity(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Activity> {
  const row = await repo.findActivity(db, id);
  if (!row) throw AppError.notFound();
  authorize(activityPolicy, ctx.actor, 'read', { unit_id: row.unit_id }, ctx.units);
  return (await present(ctx, db, id)) as Activity;
}

/** What the audit log keeps: the record, not what the current user may do with it. */
const snapshot = (a: Activity) => ({ ...a, permissions: undefined });
/** An activity in the reader's language (ADR 0030): its kind's label, its title in both languages, its date. */
const labelOf = (a: Pick<Activity, 'kind' | 'titleEn' | 'titleZh' | 'personName' | 'startDate'>) =>
  auditSummary('auditSummaries.activity', {
    kind: label('activityKinds', a.kind),
    title: bilingual(a.titleZh || a.titleEn || a.personName || '', a.titleEn || a.titleZh || a.personName || ''),
    date: a.startDate,
  });

/**
 * The unit, person and partner named must exist; the user must be allowed to write for the unit. A
 * person newly named must be one the user may read (the activity shows the person's name: a
 * coordinator naming another college's person learned it, issue 16); one already on the record stays.
 */
async function checkReferences(ctx: Ctx, input: ActivityCreate, keptPersonId: number | null = null) {
  const problems: FieldProblem[] = [];
  if (!(await repo.exists(ctx.db, 'units', input.unitId))) problems.push({ path: 'unitId', key: 'unit' });
  if (input.personId && input.personId !== keptPersonId) {
    const person = await repo.findPersonScope(ctx.db, input.personId);
    if (!person || !can(peoplePolicy, ctx.actor, 'read', person, ctx.units))
      problems.push({ path: 'personId', key: 'activity_person' });
  }
  if (input.partnerId && !(await repo.exists(ctx.db, 'partners', input.partnerId)))
    problems.push({ path: 'partnerId', key: 'activity_partner' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
  authorize(activityPolicy, ctx.actor, 'write', { unit_id: input.unitId }, ctx.units);
}

function columnsOf(input: ActivityCreate) {
  return {
    unit_id: input.unitId,
    kind: input.kind,
    title_zh: input.titleZh,
    title_en: input.titleEn,
    counterpart_zh: input.counterpartZh,
    counterpart_en: input.counterpartEn,
    person_name: input.personName,
    person_id: input.personId,
    partner_id: input.partnerId,
    country: input.country,
    city: input.city,
    start_date: input.startDate,
    end_date: input.endDate,
    participants: input.participants,
    foreign_participants: input.foreignParticipants,
    credits: input.credits,
    amount_government: input.amountGovernment,
    amount_industry: input.amountIndustry,
    amount_other: input.amountOther,
    amount_university: input.amountUniversity,
    commissioning: input.commissioning,
    notes: input.notes,
  };
}

export async function createActivity(ctx: Ctx, input: ActivityCreate): Promise<Activity> {
  if (!allows(activityPolicy, ctx.actor, 'write', ctx.units)) throw AppError.forbidden();
  await checkReferences(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertActivity(trx, {
      ...columnsOf(input),
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await getActivity(ctx, id, trx);
    await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, labelOf(after), null, snapshot(after)));
    return after;
  });
}

export async function updateActivity(ctx: Ctx, id: number, input: ActivityUpdate): Promise<Activity> {
  const before = await getActivity(ctx, id);
  if (!before.permissions.update) throw AppError.forbidden();
  const { version, ...fields } = input;
  await checkReferences(ctx, fields, before.personId);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'activities',
      id,
      version,
      values: { ...columnsOf(fields), updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getActivity(ctx, id, trx),
      audit: (after) => changeEntry(ctx, 'update', ENTITY, id, labelOf(after), snapshot(before), snapshot(after)),
    }),
  );
}

/** Archive or restore: nothing is hard-deleted; an archived record no longer counts in reports. */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Activity> {
  const before = await getActivity(ctx, id);
  if (!before.permissions.archive) throw AppError.forbidden();
  const action = archived ? 'archive' : 'restore';
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'activities',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getActivity(ctx, id, trx),
      audit: (after) => changeEntry(ctx, action, ENTITY, id, labelOf(after), snapshot(before), snapshot(after)),
    }),
  );
}
