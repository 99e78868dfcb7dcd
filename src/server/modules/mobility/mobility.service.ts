import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary, bilingual, label, type SummaryParam } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { mobilityPolicy } from '#server/policies/mobility.policy.js';
import { allows, authorize, unitScope } from '#server/policies/policy.js';
import { localName } from '#shared/i18n/index.js';
import type {
  Mobility,
  MobilityCreate,
  MobilityListQuery,
  MobilitySummary,
  MobilityUpdate,
} from '#shared/schemas/mobility.js';
import { startHistory } from './enrolment-history.js';
import { mobilityColumns, personFor } from './mobility.columns.js';
import * as repo from './mobility.repository.js';
import { afterMobilityUpdate, insertMobility } from './mobility.writer.js';
import { accessTo, reachesOwn, scopeOf } from './mobility-access.js';
import {
  actionsFrom,
  closingOverdue,
  flowOf,
  INITIAL_STATUS,
  STATUSES_OF,
  takesLearningAgreement,
} from './mobility-lifecycle.js';

export const ENTITY = 'mobility';

export function toSummary(r: repo.MobilityRow, today: string): MobilitySummary {
  return {
    id: r.id,
    personId: r.person_id,
    personNameZh: r.person_name_zh,
    personNameEn: r.person_name_en,
    personNo: r.student_no ?? r.staff_no,
    direction: r.direction,
    kind: r.kind,
    personCategory: r.person_category,
    moeCategory: r.moe_category,
    categoryOverrideReason: r.category_override_reason ?? null,
    dualDegree: r.dual_degree === 1,
    status: r.status,
    partnerId: r.partner_id,
    partnerNameZh: r.partner_name_zh,
    partnerNameEn: r.partner_name_en,
    hostNameZh: r.host_name_zh,
    hostNameEn: r.host_name_en,
    country: r.country,
    region: r.region,
    city: r.city,
    startDate: r.start_date,
    endDate: r.end_date,
    creditBearing: r.credit_bearing === 1,
    credits: r.credits === null ? null : Number(r.credits),
    atLeastSemester: r.at_least_semester === 1,
    unitId: r.unit_id,
    closingOverdue: closingOverdue(r, today),
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  };
}

/** The list filter for this user: what they may see, the unit with its subunits, today. */
export async function resolveFilter(
  ctx: Ctx,
  query: Omit<MobilityListQuery, 'page' | 'pageSize' | 'cursor' | 'count'>,
  action: 'read' | 'export',
): Promise<repo.MobilityFilter> {
  const tree = ctx.units;
  if (!allows(mobilityPolicy, ctx.actor, action, tree)) throw AppError.forbidden();
  const { unitId, ...rest } = query;
  return {
    ...rest,
    today: universityToday(ctx.now),
    units: unitId ? tree.subtree(unitId) : undefined,
    visibleUnits: unitScope(mobilityPolicy, ctx.actor, action, tree),
    selfUserId: reachesOwn(ctx.actor, action) ? ctx.actor.id : null,
  };
}

export async function listMobilities(ctx: Ctx, query: MobilityListQuery) {
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = await resolveFilter(ctx, rest, 'read');
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.mobilitySortKeys(filter, ctx.locale),
    (window) => repo.findMobilities(ctx.db, filter, window, ctx.locale),
    (cap) => repo.countMobilities(ctx.db, filter, cap),
    (rows) => rows.map((r) => toSummary(r, filter.today)),
  );
}

const num = (v: number | null) => (v === null ? null : Number(v));

/** The record as the API shows it, with what this user may do with it now. */
async function present(ctx: Ctx, db: Db, id: number): Promise<Mobility | undefined> {
  const row = await repo.findMobilityById(db, id);
  if (!row) return undefined;
  const today = universityToday(ctx.now);
  const [courses, place, approver] = await Promise.all([
    repo.findCourses(db, id),
    row.place_id ? repo.findPlaceInfo(db, row.place_id) : undefined,
    row.la_approved_by ? repo.findUserName(db, row.la_approved_by) : undefined,
  ]);
  const access = accessTo(ctx.actor, row, ctx.units);
  const hasLa = takesLearningAgreement(row);
  const archived = row.archived_at !== null;
  const editable = access.update && !archived;
  const recognised = courses.filter((c) => c.recognized_credits !== null);
  const laActions: Mobility['permissions']['learningAgreementActions'] = [];
  if (hasLa && !archived) {
    if (editable && courses.length && (row.la_status === 'draft' || row.la_status === 'rejected'))
      laActions.push('submit');
    if (access.approveLearningAgreement && row.la_status === 'submitted') laActions.push('approve', 'reject');
  }
  return {
    ...toSummary(row, today),
    version: row.version,
    agreementId: row.agreement_id,
    placeId: row.place_id,
    place: place
      ? {
          academicYear: place.academic_year,
          level: place.level,
          mobilityKind: place.mobility_kind,
          places: place.places,
        }
      : null,
    applicationId: row.application_id,
    departedOn: row.departed_on,
    returnedOn: row.returned_on,
    closedOn: row.closed_on,
    statusChangedOn: row.status_changed_on,
    degreeLevel: row.degree_level,
    programType: row.program_type,
    studyTime: row.study_time,
    gender: row.gender,
    purpose: row.purpose,
    outputs: row.outputs,
    notes: row.notes,
    hasLearningAgreement: hasLa,
    learningAgreement: {
      status: row.la_status,
      approvedBy: approver ? localName(ctx.locale, approver.name_zh, approver.name_en) || approver.email : null,
      approvedAt: row.la_approved_at,
      rejectionReason: row.la_rejection_reason,
      courses: courses.map((c) => ({
        id: c.id,
        abroadCode: c.abroad_code,
        abroadTitle: c.abroad_title,
        abroadCredits: Number(c.abroad_credits),
        homeCode: c.home_code,
        homeTitle: c.home_title,
        homeCredits: num(c.home_credits),
        grade: c.grade,
        recognizedCredits: num(c.recognized_credits),
      })),
      recognizedCredits: recognised.length ? recognised.reduce((s, c) => s + Number(c.recognized_credits), 0) : null,
    },
    createdAt: row.created_at,
    transitions: editable ? actionsFrom(row) : [],
    permissions: {
      update: editable,
      archive: access.archive,
      editLearningAgreement:
        hasLa && editable && (row.la_status === null || row.la_status === 'draft' || row.la_status === 'rejected'),
      learningAgreementActions: laActions,
      recognizeCredits:
        hasLa &&
        !archived &&
        access.recognizeCredits &&
        row.la_status === 'approved' &&
        (row.status === 'returned' || row.status === 'closed'),
    },
  };
}

/** The mobility if the actor may read it; `db` is the open transaction when called after a write. */
export async function getMobility(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Mobility> {
  const row = await repo.findMobilityById(db, id);
  if (!row) throw AppError.notFound();
  authorize(mobilityPolicy, ctx.actor, 'read', scopeOf(row), ctx.units);
  return (await present(ctx, db, id)) as Mobility;
}

/** What the audit log keeps: the record, not what the current user may do with it. */
export const snapshot = (m: Mobility) => ({ ...m, transitions: undefined, permissions: undefined });
type Named = Pick<Mobility, 'personNameEn' | 'personNameZh' | 'kind'>;
const mobilityParams = (m: Named) => ({
  name: bilingual(m.personNameZh || m.personNameEn || '', m.personNameEn || m.personNameZh || ''),
  kind: label('mobilityKinds', m.kind),
});

/** A mobility named in the reader's language (ADR 0030): "王小明（交換）". */
export const labelOf = (m: Named) => auditSummary('auditSummaries.mobility', mobilityParams(m));

/** A change to a part of a mobility (its learning agreement, an enrolment event), named like `labelOf`. */
export const mobilityPartSummary = (m: Named, key: string, params: Record<string, SummaryParam> = {}) =>
  auditSummary(key, { ...mobilityParams(m), ...params });

/** A status change's summary in the reader's language (ADR 0030): "王小明（交換）：已返國 → 已結案". */
export function mobilityStatusSummary(
  m: Pick<Mobility, 'personNameEn' | 'personNameZh' | 'kind'>,
  from: string,
  to: string,
  comment?: string | null,
): AuditSummary {
  const params = {
    ...mobilityParams(m),
    from: label('mobilityStatuses', from),
    to: label('mobilityStatuses', to),
  };
  return comment
    ? auditSummary('auditSummaries.mobilityStatusChangeComment', { ...params, comment })
    : auditSummary('auditSummaries.mobilityStatusChange', params);
}

export async function createMobility(ctx: Ctx, input: MobilityCreate): Promise<Mobility> {
  const tree = ctx.units;
  if (!allows(mobilityPolicy, ctx.actor, 'create', tree)) throw AppError.forbidden();
  const person = await personFor(ctx.db, input.personId);
  authorize(mobilityPolicy, ctx.actor, 'create', { unit_id: person.unit_id, user_id: person.user_id }, tree);
  const { status: requested, ...fields } = input;
  const columns = await mobilityColumns(ctx.db, fields, person);
  const flow = flowOf(columns);
  const status = requested ?? INITIAL_STATUS[flow];
  if (!STATUSES_OF[flow].includes(status)) throw AppError.field('status', 'mobility_status_flow');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertMobility(
      trx,
      {
        ...columns,
        person_id: person.id,
        status,
        application_id: null,
        departed_on: null,
        returned_on: null,
        closed_on: null,
        la_status: takesLearningAgreement(columns) ? 'draft' : null,
      },
      { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now },
    );
    if (flow === 'enrolment')
      await startHistory(trx, {
        id,
        status,
        start_date: columns.start_date,
        end_date: columns.end_date,
        status_changed_on: null,
        created_at: ctx.now,
      });
    const after = await getMobility(ctx, id, trx);
    await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, labelOf(after), null, snapshot(after)));
    return after;
  });
}

export async function updateMobility(ctx: Ctx, id: number, input: MobilityUpdate): Promise<Mobility> {
  const before = await getMobility(ctx, id);
  if (!before.permissions.update) throw AppError.forbidden();
  if (input.personId !== before.personId) throw AppError.field('personId', 'mobility_person_fixed');
  const person = await personFor(ctx.db, input.personId);
  const { version, ...fields } = input;
  const columns = await mobilityColumns(ctx.db, fields, person);
  // The status follows its own rules (transitions): the record may not move to a kind whose flow lacks it.
  if (!STATUSES_OF[flowOf(columns)].includes(before.status)) throw AppError.field('kind', 'mobility_status_flow');
  const laStatus = takesLearningAgreement(columns) ? (before.learningAgreement.status ?? 'draft') : null;
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'mobilities',
      id,
      version,
      values: { ...columns, la_status: laStatus, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      alsoWrite: () => afterMobilityUpdate(trx, id, { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now }),
      after: () => getMobility(ctx, id, trx),
      audit: (after) => changeEntry(ctx, 'update', ENTITY, id, labelOf(after), snapshot(before), snapshot(after)),
    }),
  );
}

/** Archive or restore: nothing is ever hard-deleted. An archived record keeps its place. */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Mobility> {
  const before = await getMobility(ctx, id);
  if (!before.permissions.archive) throw AppError.forbidden();
  const action = archived ? 'archive' : 'restore';
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'mobilities',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getMobility(ctx, id, trx),
      audit: (after) => changeEntry(ctx, action, ENTITY, id, labelOf(after), snapshot(before), snapshot(after)),
    }),
  );
}

/** Runs a change of one mobility in a transaction: version check, the change, flag and place, audit. */
export async function changeMobility(
  ctx: Ctx,
  before: Mobility,
  version: number | undefined,
  change: (trx: Db) => Promise<void>,
  audit: { action: 'update' | 'transition'; summary: AuditSummary; part?: 'learning_agreement' },
): Promise<Mobility> {
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'mobilities',
      id: before.id,
      version: version ?? before.version,
      values: { updated_at: ctx.now },
      current: () => present(ctx, trx, before.id),
      alsoWrite: async () => {
        await change(trx);
        await afterMobilityUpdate(trx, before.id, { dialect: ctx.dialect, actorId: ctx.actor.id, now: ctx.now });
      },
      after: () => getMobility(ctx, before.id, trx),
      audit: (after) => {
        const entry = changeEntry(
          ctx,
          audit.action,
          ENTITY,
          before.id,
          audit.summary,
          snapshot(before),
          snapshot(after),
        );
        // A part of the record (its learning agreement) is logged as such, under the mobility's history.
        if (audit.part) {
          entry.entityType = audit.part;
          entry.parent = { type: ENTITY, id: before.id };
          entry.before = before.learningAgreement;
          entry.after = after.learningAgreement;
        }
        return entry;
      },
    }),
  );
}
