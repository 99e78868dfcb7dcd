import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { keyReach } from '#server/lib/key-search.js';
import { keysetListPage } from '#server/lib/paging.js';
import { masked, piiCipher } from '#server/lib/pii.js';
import { updateAudited } from '#server/lib/versioned.js';
import { peoplePolicy } from '#server/policies/people.policy.js';
import { authorize, authorizeAny, unitScope } from '#server/policies/policy.js';
import { businessDate } from '#shared/calendar.js';
import { arcFormat } from '#shared/mobility.js';
import type { PeopleListQuery, Person, PersonCreate, PersonSummary, PersonUpdate } from '#shared/schemas/people.js';
import { personColumns, piiColumns } from './people.columns.js';
import * as repo from './people.repository.js';
import { accessTo, visibleTo } from './people-access.js';

export const ENTITY = 'person';

type Row = repo.PersonListRow;

export function toSummary(r: Row): PersonSummary {
  return {
    id: r.id,
    kind: r.kind,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    studentNo: r.student_no,
    staffNo: r.staff_no,
    unitId: r.unit_id,
    unitNameZh: r.unit_name_zh ?? null,
    unitNameEn: r.unit_name_en ?? null,
    degreeLevel: r.degree_level,
    programType: r.program_type,
    studyTime: r.study_time,
    nationality: r.nationality,
    gender: r.gender,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at,
  };
}

/** The list filter resolved for this user and action. */
export async function resolveFilter(
  ctx: Ctx,
  query: Omit<PeopleListQuery, 'page' | 'pageSize' | 'cursor' | 'count'>,
  action: 'read' | 'export',
): Promise<repo.PeopleFilter> {
  const tree = ctx.units;
  authorizeAny(peoplePolicy, ctx.actor, action, tree);
  const { unitId, ...rest } = query;
  return {
    ...rest,
    units: unitId ? tree.subtree(unitId) : undefined,
    visible: visibleTo(ctx.actor, action, tree),
    keyReach: await keyReach(ctx.db, 'people', rest.q),
  };
}

export async function listPeople(ctx: Ctx, query: PeopleListQuery) {
  const { page, pageSize, cursor, count, ...rest } = query;
  const filter = await resolveFilter(ctx, rest, 'read');
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.peopleSortKeys(filter, ctx.locale),
    (window) => repo.findPeople(ctx.db, filter, window, ctx.locale),
    (cap) => repo.countPeople(ctx.db, filter, cap),
    (rows) => rows.map(toSummary),
  );
}

/** The person as the API shows it — personal data only masked — with what this user may do. */
async function present(ctx: Ctx, db: Db, id: number): Promise<Person | undefined> {
  const row = await repo.findPersonById(db, id);
  if (!row) return undefined;
  const access = accessTo(ctx.actor, row, ctx.units);
  return {
    ...toSummary(row),
    version: row.version,
    userId: row.user_id,
    birthDate: row.birth_date,
    email: row.email,
    phone: row.phone,
    gpa: row.gpa === null ? null : Number(row.gpa),
    notes: row.notes,
    passportNo: masked(row.passport_no_hint),
    passportExpiry: row.passport_expiry,
    arcNo: masked(row.arc_no_hint),
    arcExpiry: row.arc_expiry,
    workPermitExpiry: row.work_permit_expiry,
    createdAt: row.created_at,
    permissions: { update: access.update, archive: access.archive, revealPii: access.revealPii },
  };
}

const scopeOf = (p: { unitId: number | null; userId: number | null }) => ({ unit_id: p.unitId, user_id: p.userId });

/** The person if the actor may read them; `db` is the open transaction when called after a write. */
export async function getPerson(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Person> {
  const person = await present(ctx, db, id);
  if (!person) throw AppError.notFound();
  authorize(peoplePolicy, ctx.actor, 'read', scopeOf(person), ctx.units);
  return person;
}

/** The signed-in user's own person record. */
export async function myPerson(ctx: Ctx): Promise<Person> {
  const own = await repo.findPersonByUser(ctx.db, ctx.actor.id);
  if (!own) throw AppError.notFound();
  return getPerson(ctx, own.id);
}

/** Checks that need the database or today's date; reports every problem at once. */
async function validate(ctx: Ctx, input: PersonCreate | PersonUpdate, unitId: number | null, exceptId?: number) {
  const problems: FieldProblem[] = [];
  if (unitId !== null && !ctx.units.has(unitId)) problems.push({ path: 'unitId', key: 'unit' });
  if (typeof input.arcNo === 'string' && !arcFormat(input.arcNo, businessDate(new Date(ctx.now))))
    problems.push({ path: 'arcNo', key: 'arc_format' });
  const taken = await repo.takenNumbers(ctx.db, input, exceptId);
  if (taken.studentNo) problems.push({ path: 'studentNo', key: 'duplicate_number' });
  if (taken.staffNo) problems.push({ path: 'staffNo', key: 'duplicate_number' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

/** The person's name in both scripts, so each reader sees the one of their language (ADR 0030). */
const nameOf = (p: { nameZh: string | null; nameEn: string | null }) => recordName(p.nameZh, p.nameEn);

export async function createPerson(ctx: Ctx, input: PersonCreate): Promise<Person> {
  const tree = ctx.units;
  authorizeAny(peoplePolicy, ctx.actor, 'create', tree);
  const unitId = input.unitId ?? null;
  // A coordinator keeps the people of their college: say which unit rather than answer 403.
  if (unitId === null && unitScope(peoplePolicy, ctx.actor, 'create', tree) !== 'all')
    throw AppError.field('unitId', 'required');
  await validate(ctx, input, unitId);
  authorize(peoplePolicy, ctx.actor, 'create', { unit_id: unitId, user_id: null }, tree);
  return uniqueAsFieldError('studentNo', 'duplicate_number', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertPerson(trx, {
        ...personColumns(input),
        ...piiColumns(input, piiCipher(ctx.env)),
        unit_id: unitId,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      const after = await getPerson(ctx, id, trx);
      await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, nameOf(input), null, after));
      return after;
    }),
  );
}

export async function updatePerson(ctx: Ctx, id: number, input: PersonUpdate): Promise<Person> {
  const before = await getPerson(ctx, id);
  const tree = ctx.units;
  authorize(peoplePolicy, ctx.actor, 'update', scopeOf(before), tree);
  const unitId = input.unitId === undefined ? before.unitId : input.unitId;
  // Moving a person to another unit needs the right to keep people of that unit too.
  authorize(peoplePolicy, ctx.actor, 'update', { unit_id: unitId, user_id: before.userId }, tree);
  await validate(ctx, input, unitId, id);
  return uniqueAsFieldError('studentNo', 'duplicate_number', () =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'people',
        id,
        version: input.version,
        values: {
          ...personColumns(input),
          ...piiColumns(input, piiCipher(ctx.env)),
          unit_id: unitId,
          updated_at: ctx.now,
        },
        current: () => present(ctx, trx, id),
        after: () => getPerson(ctx, id, trx),
        audit: (after) => changeEntry(ctx, 'update', ENTITY, id, nameOf(after), before, after),
      }),
    ),
  );
}

/** Archive or restore: people are never hard-deleted (their mobility records point at them). */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Person> {
  const before = await getPerson(ctx, id);
  authorize(peoplePolicy, ctx.actor, 'archive', scopeOf(before), ctx.units);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'people',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getPerson(ctx, id, trx),
      audit: (after) => changeEntry(ctx, archived ? 'archive' : 'restore', ENTITY, id, nameOf(before), before, after),
    }),
  );
}
