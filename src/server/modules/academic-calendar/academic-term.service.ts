import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { academicYear, auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { academicCalendarPolicy } from '#server/policies/academic-calendar.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import type { AcademicTerm, Semester } from '#shared/calendar.js';
import type {
  AcademicTermCreate,
  AcademicTermDetail,
  AcademicTermList,
  AcademicTermUpdate,
} from '#shared/schemas/academic-calendar.js';
import * as repo from './academic-term.repository.js';
import { termProblems } from './academic-term.rules.js';
import { invalidateAcademicTerms } from './academic-terms.loader.js';

const ENTITY = 'academic_term';

function toDetail(r: repo.AcademicTermRecord): AcademicTermDetail {
  return {
    id: r.id,
    academicYear: r.academic_year,
    semester: r.semester as Semester,
    firstDay: r.first_day,
    lastDay: r.last_day,
    teachingStart: r.teaching_start,
    teachingEnd: r.teaching_end,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** "115-1": how the audit log names a semester. */
const summary = (t: { academicYear: number; semester: number }) =>
  auditSummary('auditSummaries.academicTerm', { year: academicYear(t.academicYear), semester: t.semester });

/** Every signed-in user reads the calendar: semesters are computed on many pages. */
export async function listAcademicTerms(ctx: Ctx): Promise<AcademicTermList> {
  return { items: (await repo.findAcademicTerms(ctx.db)).map(toDetail) };
}

async function found(db: Db, id: number): Promise<AcademicTermDetail> {
  const row = await repo.findAcademicTermById(db, id);
  if (!row) throw AppError.notFound();
  return toDetail(row);
}

export async function getAcademicTerm(ctx: Ctx, id: number): Promise<AcademicTermDetail> {
  return found(ctx.db, id);
}

/** The dates in order, inside their year, apart from every other semester set (field errors otherwise). */
async function checkInput(ctx: Ctx, input: AcademicTermCreate, selfId: number | null) {
  const rows = (await repo.findAcademicTerms(ctx.db)).filter((r) => r.id !== selfId);
  const others = rows.map(toDetail) satisfies AcademicTerm[];
  const problems = termProblems(input, others);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

const columns = (input: AcademicTermCreate) => ({
  academic_year: input.academicYear,
  semester: input.semester,
  first_day: input.firstDay,
  last_day: input.lastDay,
  teaching_start: input.teachingStart,
  teaching_end: input.teachingEnd,
});

/** Runs a change in one transaction (a second row for the same semester is a field error), then drops the cache. */
async function changing<T>(work: () => Promise<T>): Promise<T> {
  const out = await uniqueAsFieldError('semester', 'term_duplicate', work);
  invalidateAcademicTerms();
  return out;
}

export async function createAcademicTerm(ctx: Ctx, input: AcademicTermCreate): Promise<AcademicTermDetail> {
  authorizeAny(academicCalendarPolicy, ctx.actor, 'update', ctx.units);
  await checkInput(ctx, input, null);
  return changing(() =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertAcademicTerm(trx, { ...columns(input), created_at: ctx.now, updated_at: ctx.now });
      const after = await found(trx, id);
      await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, summary(after), null, after));
      return after;
    }),
  );
}

export async function updateAcademicTerm(ctx: Ctx, id: number, input: AcademicTermUpdate): Promise<AcademicTermDetail> {
  authorizeAny(academicCalendarPolicy, ctx.actor, 'update', ctx.units);
  const before = await found(ctx.db, id);
  await checkInput(ctx, input, id);
  return changing(() =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'academic_terms',
        id,
        version: input.version,
        values: { ...columns(input), updated_at: ctx.now },
        current: () => repo.findAcademicTermById(trx, id).then((r) => r && toDetail(r)),
        after: () => found(trx, id),
        audit: (after) => changeEntry(ctx, 'update', ENTITY, id, summary(after), before, after),
      }),
    ),
  );
}

/** Removes a year's semester override: the semester falls back to the default dates. */
export async function deleteAcademicTerm(ctx: Ctx, id: number, version: number): Promise<void> {
  authorizeAny(academicCalendarPolicy, ctx.actor, 'update', ctx.units);
  const before = await found(ctx.db, id);
  await changing(() =>
    ctx.db.transaction().execute(async (trx) => {
      if (!(await repo.deleteAcademicTerm(trx, id, version))) {
        throw new AppError('VERSION_CONFLICT', { current: before });
      }
      await recordAudit(trx, changeEntry(ctx, 'delete', ENTITY, id, summary(before), before, null));
    }),
  );
}
