import { createHash } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { universityToday } from '#server/modules/agreements/agreement-lifecycle.js';
import { identityDisagrees } from '#server/modules/counting/identity.js';
import { ruleContext } from '#server/modules/counting/index.js';
import { studentsOnDate } from '#server/modules/counting/international-students.js';
import { allOf, outboundStudents } from '#server/modules/counting/mobility-rules.js';
import type { CountScope } from '#server/modules/counting/scope.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { translate } from '#shared/i18n/index.js';
import { identityProblem } from '#shared/identity.js';
import type { FilingCheck, FilingCreate, FilingProblem, MinistryFiling } from '#shared/schemas/ministry-filing.js';
import { type CountedRecord, countedRecords, findFilings, insertFiling, withHistory } from './filing.repository.js';
import { resolveQuery } from './ministry-query.js';

/**
 * The pre-filing check (issue 17.10): every record a period's tables will count — international students
 * on the reference date (both groupings; also those left out only because their category disagrees with
 * their nationality) and students abroad (學5) — with a missing or contradictory field. A filing records
 * that the officer read exactly this list (its fingerprint); the export for filing names such a filing.
 */
const NEEDS_PROGRAM = new Set(['degree', 'foundation', 'offshore']);
const DEPARTMENT_KINDS = new Set(['department', 'program']);
const DATED_STATUSES = new Set(['on_leave', 'withdrawn', 'graduated', 'deferred']);

type Table = FilingProblem['table'];
type Code = FilingProblem['code'];

function problemsOf(r: CountedRecord, table: Table, dated: boolean): { code: Code; field: string; params?: object }[] {
  const out: { code: Code; field: string; params?: object }[] = [];
  // the Ministry's sheets have 男 and 女 only (合計 = 男 + 女): any other value keeps the record out of every cell
  if (r.gender !== 'male' && r.gender !== 'female') out.push({ code: 'check_gender', field: 'gender' });
  if ((table === 'outbound_students' || NEEDS_PROGRAM.has(r.kind)) && !r.program_type)
    out.push({ code: 'check_program_type', field: 'programType' });
  if (!r.unit_id || (DEPARTMENT_KINDS.has(r.unit_kind ?? '') && !r.unit_moe_code))
    out.push({ code: 'check_department_code', field: 'unitId' });
  if (table === 'outbound_students' && !r.country) out.push({ code: 'check_country', field: 'country' });
  if (!r.nationality) out.push({ code: 'check_nationality', field: 'nationality' });
  const identity = r.category_override_reason ? null : identityProblem(r.moe_category, r.kind, r.nationality);
  if (identity)
    out.push({ code: 'check_category', field: 'moeCategory', params: { nationality: r.nationality?.toUpperCase() } });
  if (table === 'international_students' && DATED_STATUSES.has(r.status) && !r.status_changed_on && !dated)
    out.push({ code: 'check_status_history', field: 'status' });
  return out;
}

export async function filingProblems(db: Db, periodId: number) {
  const dates = await resolveQuery(db, { periodId });
  const ctx = await ruleContext(db);
  const scope: CountScope = { unitIds: 'all', from: dates.from, to: dates.to, referenceDate: dates.referenceDate };
  const inbound = await countedRecords(db, studentsOnDate(scope, ctx, 'moe_stats', true));
  // graduated / withdrawn records without a date are counted on no day: listed so their date is recorded
  const undated = await countedRecords(db, (eb) =>
    allOf(eb, [
      eb('mobilities.direction', '=', 'inbound'),
      eb('mobilities.person_category', '=', 'student'),
      eb('mobilities.archived_at', 'is', null),
      eb('mobilities.status', 'in', ['graduated', 'withdrawn']),
      eb('mobilities.status_changed_on', 'is', null),
      eb('mobilities.start_date', '<=', dates.referenceDate),
      eb.or([eb('mobilities.end_date', 'is', null), eb('mobilities.end_date', '>=', dates.referenceDate)]),
    ]),
  );
  const outbound = await countedRecords(db, outboundStudents(scope, ctx));
  const seen = new Set(inbound.map((r) => r.id));
  const inboundAll = [...inbound, ...undated.filter((r) => !seen.has(r.id))];
  const dated = await withHistory(
    db,
    inboundAll.map((r) => r.id),
  );
  const problems: FilingProblem[] = [];
  const add = (rows: CountedRecord[], table: Table) => {
    for (const r of rows)
      for (const p of problemsOf(r, table, dated.has(r.id)))
        problems.push({
          recordId: r.id,
          personId: r.person_id,
          personNameZh: r.name_zh,
          personNameEn: r.name_en,
          table,
          code: p.code,
          field: p.field,
          messageZh: translate('zh-TW', `ministry.filingCheck.${p.code}`, p.params as Record<string, unknown>),
          messageEn: translate('en', `ministry.filingCheck.${p.code}`, p.params as Record<string, unknown>),
        });
  };
  add(inboundAll, 'international_students');
  add(outbound, 'outbound_students');
  problems.sort((a, b) => a.table.localeCompare(b.table) || a.recordId - b.recordId || a.code.localeCompare(b.code));
  const fingerprint = createHash('sha256')
    .update(problems.map((p) => `${p.table}:${p.recordId}:${p.code}`).join('\n'))
    .digest('hex');
  return { dates, problems, fingerprint };
}

const presentFiling = (f: Awaited<ReturnType<typeof findFilings>>[number], fingerprint: string): MinistryFiling => ({
  id: f.id,
  filedAt: f.filed_at,
  filedByZh: f.filed_by_zh,
  filedByEn: f.filed_by_en,
  problemCount: f.problem_count,
  note: f.note,
  current: f.fingerprint === fingerprint,
});

export async function filingCheck(ctx: Ctx, periodId: number): Promise<FilingCheck> {
  authorizeAny(reportingPolicy, ctx.actor, 'readMinistry', ctx.units);
  const { dates, problems, fingerprint } = await filingProblems(ctx.db, periodId);
  const filings = await findFilings(ctx.db, periodId);
  return {
    periodId,
    referenceDate: dates.referenceDate,
    from: dates.from,
    to: dates.to,
    projection: dates.referenceDate > universityToday(ctx.now),
    problems,
    fingerprint,
    canFile: allows(reportingPolicy, ctx.actor, 'fileMinistry', ctx.units),
    filings: filings.map((f) => presentFiling(f, fingerprint)),
  };
}

/**
 * Files a period: only with the list as it is now (409 when the records changed since it was read) and,
 * when it is not empty, acknowledged (400 on `acknowledged`). The list is kept with the filing.
 */
export async function fileMinistry(ctx: Ctx, body: FilingCreate): Promise<MinistryFiling> {
  authorizeAny(reportingPolicy, ctx.actor, 'fileMinistry', ctx.units);
  const { problems, fingerprint } = await filingProblems(ctx.db, body.periodId);
  if (body.fingerprint !== fingerprint) throw new AppError('VERSION_CONFLICT', { messageKey: 'ministry_filing_stale' });
  if (problems.length && !body.acknowledged) throw AppError.field('acknowledged', 'ministry_filing_acknowledge');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertFiling(trx, {
      periodId: body.periodId,
      problems: JSON.stringify(problems.map(({ messageZh, messageEn, ...p }) => p)),
      count: problems.length,
      fingerprint,
      note: body.note ?? null,
      by: ctx.actor.id,
      at: ctx.now,
    });
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'create',
      entityType: 'ministry_filing',
      entityId: id,
      summary: auditSummary('auditSummaries.ministryFiling', { period: body.periodId, problems: problems.length }),
      before: null,
      after: { periodId: body.periodId, problemCount: problems.length, fingerprint, note: body.note ?? null },
      ip: ctx.ip,
    });
    const filed = (await findFilings(trx, body.periodId)).find((f) => f.id === id);
    return presentFiling(filed as NonNullable<typeof filed>, fingerprint);
  });
}

/** The filing an export for filing names: of this period, and its acknowledged list still the current one. */
export async function currentFiling(db: Db, periodId: number, filingId: number) {
  const filing = (await findFilings(db, periodId)).find((f) => f.id === filingId);
  if (!filing) throw AppError.field('filingId', 'ministry_filing_unknown');
  const { problems, fingerprint } = await filingProblems(db, periodId);
  if (filing.fingerprint !== fingerprint)
    throw new AppError('VERSION_CONFLICT', { messageKey: 'ministry_filing_stale' });
  return { filing, problems };
}

/** Every live inbound student record whose Ministry category disagrees with the person's nationality (item 17.3). */
export async function identityDisagreements(ctx: Ctx): Promise<{ items: FilingProblem[] }> {
  authorizeAny(reportingPolicy, ctx.actor, 'readMinistry', ctx.units);
  const rows = await countedRecords(ctx.db, (eb) =>
    allOf(eb, [
      eb('mobilities.direction', '=', 'inbound'),
      eb('mobilities.person_category', '=', 'student'),
      eb('mobilities.archived_at', 'is', null),
      eb('mobilities.status', '<>', 'cancelled'),
      identityDisagrees(),
    ]),
  );
  return {
    items: rows.map((r) => {
      const params = { nationality: r.nationality?.toUpperCase() };
      return {
        recordId: r.id,
        personId: r.person_id,
        personNameZh: r.name_zh,
        personNameEn: r.name_en,
        table: 'international_students' as const,
        code: 'check_category' as const,
        field: 'moeCategory',
        messageZh: translate('zh-TW', 'ministry.filingCheck.check_category', params),
        messageEn: translate('en', 'ministry.filingCheck.check_category', params),
      };
    }),
  };
}
