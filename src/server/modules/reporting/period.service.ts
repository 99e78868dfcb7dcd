import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { allows, authorizeAny, unitScope } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { businessDate } from '#shared/calendar.js';
import { periodState, suggestedReferenceDate } from '#shared/reporting.js';
import type { Period, PeriodCreate, PeriodSummary } from '#shared/schemas/reporting.js';
import * as repo from './submission.repository.js';
import { hasSubmitted, periodOverview } from './submission-overview.js';

export const PERIOD_ENTITY = 'reporting_period';

export const todayOf = (ctx: Ctx) => businessDate(new Date(ctx.now));

export function periodOut(p: repo.PeriodRow, today: string) {
  return {
    id: p.id,
    kind: p.kind,
    year: p.year,
    quarter: p.quarter,
    nameZh: p.name_zh,
    nameEn: p.name_en,
    coversFrom: p.covers_from,
    coversTo: p.covers_to,
    referenceDate: p.reference_date,
    opensOn: p.opens_on,
    closesOn: p.closes_on,
    state: periodState({ opensOn: p.opens_on, closesOn: p.closes_on }, today),
    version: p.version,
    archivedAt: p.archived_at,
  };
}

/** Every college gets its submission once the period has opened: made on first read (and by the daily job). */
export async function ensurePeriodSubmissions(db: Db, periods: repo.PeriodRow[], today: string, now: string) {
  const opened = periods.filter((p) => p.opens_on <= today && p.archived_at === null);
  if (!opened.length) return;
  const colleges = (await repo.findColleges(db)).map((c) => c.id);
  await repo.ensureSubmissions(
    db,
    opened.map((p) => p.id),
    colleges,
    now,
  );
}

export async function listPeriods(ctx: Ctx, q: { archived?: 'true' | 'false' }) {
  const tree = ctx.units;
  authorizeAny(reportingPolicy, ctx.actor, 'readSubmissions', tree);
  const today = todayOf(ctx);
  const periods = await repo.findPeriods(ctx.db, { archived: q.archived === 'true' });
  await ensurePeriodSubmissions(ctx.db, periods, today, ctx.now);
  const submissions = await repo.findSubmissions(
    ctx.db,
    periods.map((p) => p.id),
  );
  const scope = unitScope(reportingPolicy, ctx.actor, 'readSubmissions', tree);
  const colleges = (await repo.findColleges(ctx.db)).length;
  const items: PeriodSummary[] = periods.map((p) => {
    const mine = submissions.filter((s) => s.period_id === p.id);
    const count = (status: string) => mine.filter((s) => s.status === status).length;
    return {
      ...periodOut(p, today),
      counts: { colleges, submitted: count('submitted'), approved: count('approved') },
      own:
        scope === 'all'
          ? []
          : mine
              .filter((s) => scope.includes(s.unit_id))
              .map((s) => ({ submissionId: s.id, unitId: s.unit_id, status: s.status as 'draft' })),
    };
  });
  return { today, items };
}

async function present(ctx: Ctx, db: Db, id: number): Promise<Period | undefined> {
  const today = todayOf(ctx);
  const overview = await periodOverview(db, id, today);
  if (!overview) return undefined;
  const tree = ctx.units;
  const scope = unitScope(reportingPolicy, ctx.actor, 'readSubmissions', tree);
  // A coordinator sees their own college's line only.
  const visible = (c: { unitId: number }) => scope === 'all' || scope.includes(c.unitId);
  const colleges = overview.colleges.filter(visible);
  const p = overview.period;
  return {
    ...periodOut(p, today),
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    colleges,
    notSubmitted: colleges.filter((c) => !hasSubmitted(c)),
    permissions: { manage: allows(reportingPolicy, ctx.actor, 'managePeriods', tree) },
  };
}

const snapshot = ({ colleges: _c, notSubmitted: _n, permissions: _p, state: _s, ...rest }: Period) => rest;

export async function getPeriod(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Period> {
  authorizeAny(reportingPolicy, ctx.actor, 'readSubmissions', ctx.units);
  const period = await repo.findPeriod(db, id);
  if (!period) throw AppError.notFound();
  await ensurePeriodSubmissions(db, [period], todayOf(ctx), ctx.now);
  return (await present(ctx, db, id)) as Period;
}

function columns(input: PeriodCreate) {
  return {
    kind: input.kind,
    year: input.year,
    quarter: input.quarter,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    covers_from: input.coversFrom,
    covers_to: input.coversTo,
    // The Ministry's windows count on their reference date; suggested from the kind when left empty.
    reference_date: input.referenceDate ?? suggestedReferenceDate(input.kind, input.year),
    opens_on: input.opensOn,
    closes_on: input.closesOn,
  };
}

export async function createPeriod(ctx: Ctx, input: PeriodCreate): Promise<Period> {
  authorizeAny(reportingPolicy, ctx.actor, 'managePeriods', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertPeriod(trx, {
      ...columns(input),
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await getPeriod(ctx, id as number, trx);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        PERIOD_ENTITY,
        after.id,
        recordName(input.nameZh, input.nameEn),
        null,
        snapshot(after),
      ),
    );
    return after;
  });
}

export async function updatePeriod(ctx: Ctx, id: number, input: PeriodCreate & { version: number }): Promise<Period> {
  authorizeAny(reportingPolicy, ctx.actor, 'managePeriods', ctx.units);
  const before = await getPeriod(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    return updateAudited(trx, {
      table: 'reporting_periods',
      id,
      version: input.version,
      values: { ...columns(input), updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getPeriod(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          PERIOD_ENTITY,
          id,
          recordName(input.nameZh, input.nameEn),
          snapshot(before),
          snapshot(after),
        ),
    });
  });
}

export async function setPeriodArchived(ctx: Ctx, id: number, version: number, archived: boolean): Promise<Period> {
  authorizeAny(reportingPolicy, ctx.actor, 'managePeriods', ctx.units);
  const before = await getPeriod(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const action = archived ? 'archive' : 'restore';
    return updateAudited(trx, {
      table: 'reporting_periods',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getPeriod(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          action,
          PERIOD_ENTITY,
          id,
          recordName(before.nameZh, before.nameEn),
          snapshot(before),
          snapshot(after),
        ),
    });
  });
}
