import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { fundingPolicy } from '#server/policies/funding.policy.js';
import { authorize, can, unitScope } from '#server/policies/policy.js';
import type {
  AwardCreate,
  AwardUpdate,
  MobilityAward,
  MobilityFunding,
  ProgramAward,
} from '#shared/schemas/funding.js';
import * as repo from './funding.repository.js';
import { dollars, getProgram } from './funding-programs.service.js';
import { awardRuleProblems, proratedStipend } from './funding-rules.js';

/**
 * Awards of program-years to mobilities. An award is a line of a program-year's ledger: removing one
 * (a mistake, a withdrawn student) deletes the row so its amount returns to the balance; the audit log
 * keeps the removed award (entity mobility_funding, under the mobility's history).
 */
const ENTITY = 'mobility_funding';

function toAward(r: repo.MobilityAwardRow): MobilityAward {
  return {
    id: r.id,
    mobilityId: r.mobility_id,
    fundingYearId: r.funding_year_id,
    programId: r.program_id,
    programCode: r.program_code,
    programKind: r.program_kind,
    programNameZh: r.program_name_zh,
    programNameEn: r.program_name_en,
    year: r.year,
    amount: r.amount,
    spentAmount: r.spent_amount,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The mobility if the actor may see its awards (404 when it does not exist, 403 outside their scope). */
async function mobilityFor(ctx: Ctx, mobilityId: number, action: 'readAwards' | 'award', db: Db = ctx.db) {
  const m = await repo.findMobilityFacts(db, mobilityId);
  if (!m) throw AppError.notFound();
  const tree = ctx.units;
  authorize(fundingPolicy, ctx.actor, 'readAwards', m, tree);
  if (action === 'award') authorize(fundingPolicy, ctx.actor, 'award', m, tree);
  return m;
}

export async function mobilityFunding(ctx: Ctx, mobilityId: number): Promise<MobilityFunding> {
  const m = await mobilityFor(ctx, mobilityId, 'readAwards');
  const items = (await repo.findMobilityAwards(ctx.db, mobilityId)).map(toAward);
  const award = can(fundingPolicy, ctx.actor, 'award', m, ctx.units);
  const options = award
    ? await awardOptions(
        ctx.db,
        m,
        items.map((a) => a.fundingYearId),
      )
    : [];
  return {
    items,
    total: { amount: items.reduce((s, a) => s + a.amount, 0), spent: items.reduce((s, a) => s + a.spentAmount, 0) },
    options,
    permissions: { award },
  };
}

/**
 * Open program-years with their balances, and a stipend suggestion for programs paying one per month; the
 * years this mobility already has awards from are included even when their program is archived (to edit them).
 */
async function awardOptions(db: Db, m: repo.MobilityFactsRow, awardedFrom: number[]) {
  const years = await repo.findOpenYears(db, awardedFrom);
  const totals = await repo.awardTotals(
    db,
    years.map((y) => y.id),
  );
  return years.map((y) => ({
    fundingYearId: y.id,
    programId: y.program_id,
    programCode: y.program_code,
    programKind: y.program_kind,
    programNameZh: y.program_name_zh,
    programNameEn: y.program_name_en,
    year: y.year,
    balance: y.granted_amount + y.matching_amount - (totals.get(y.id)?.awarded ?? 0),
    monthlyStipend: y.monthly_stipend,
    suggestedAmount: y.monthly_stipend ? proratedStipend(y.monthly_stipend, m.start_date, m.end_date) : null,
  }));
}

/**
 * Checks an award against its program-year inside the transaction, with the year's row locked so two
 * awards cannot both take the last of a balance: the program's rules for this mobility (when the
 * program-year is new to this award), spending within the award, the amount within the balance.
 */
async function checkAward(
  ctx: Ctx,
  trx: Db,
  m: repo.MobilityFactsRow,
  input: AwardCreate,
  existing?: { id: number; fundingYearId: number },
) {
  const year = await repo.lockYear(trx, ctx.dialect, input.fundingYearId);
  const program = year && (await repo.findProgram(trx, year.program_id));
  if (!year || !program) throw AppError.field('fundingYearId', 'invalid_value');
  const yearChanged = existing?.fundingYearId !== input.fundingYearId;
  if (yearChanged && program.archived_at) throw AppError.field('fundingYearId', 'program_archived');
  const problems = yearChanged ? awardRuleProblems(program.kind, m) : [];
  if (input.spentAmount > input.amount) problems.push({ path: 'spentAmount', key: 'spent_above_award' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
  if (yearChanged) {
    const twice = (await repo.findMobilityAwards(trx, m.id)).some((a) => a.funding_year_id === input.fundingYearId);
    if (twice) throw AppError.field('fundingYearId', 'duplicate_award');
  }
  const balance = year.granted_amount + year.matching_amount - (await repo.awardedFrom(trx, year.id, existing?.id));
  if (input.amount > balance) throw AppError.field('amount', 'award_above_balance', { balance: dollars(balance) });
  return program;
}

/** The award's audit summary as data (ADR 0030): program code, year and amount. */
const label = (a: MobilityAward) =>
  auditSummary('auditSummaries.fundingAward', { program: a.programCode, year: a.year, amount: dollars(a.amount) });

async function awardOf(db: Db, mobilityId: number, awardId: number) {
  const row = await repo.findAward(db, mobilityId, awardId);
  if (!row) throw AppError.notFound();
  return toAward(row);
}

export async function createAward(ctx: Ctx, mobilityId: number, input: AwardCreate): Promise<MobilityAward> {
  const m = await mobilityFor(ctx, mobilityId, 'award');
  return ctx.db.transaction().execute(async (trx) => {
    await checkAward(ctx, trx, m, input);
    const id = await repo.insertAward(trx, {
      mobility_id: mobilityId,
      funding_year_id: input.fundingYearId,
      amount: input.amount,
      spent_amount: input.spentAmount,
      notes: input.notes,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = await awardOf(trx, mobilityId, id);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', ENTITY, id, label(after), null, after),
      parent: { type: 'mobility', id: mobilityId },
    });
    return after;
  });
}

/** A stale `version` gets 409 VERSION_CONFLICT with the award as it is now (updateAudited). */
export async function updateAward(ctx: Ctx, mobilityId: number, awardId: number, input: AwardUpdate) {
  const m = await mobilityFor(ctx, mobilityId, 'award');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await awardOf(trx, mobilityId, awardId);
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { current: before });
    await checkAward(ctx, trx, m, input, { id: awardId, fundingYearId: before.fundingYearId });
    return updateAudited(trx, {
      table: 'mobility_funding',
      id: awardId,
      version: input.version,
      values: {
        funding_year_id: input.fundingYearId,
        amount: input.amount,
        spent_amount: input.spentAmount,
        notes: input.notes,
        updated_at: ctx.now,
      },
      current: () => repo.findAward(trx, mobilityId, awardId).then((r) => r && toAward(r)),
      after: () => awardOf(trx, mobilityId, awardId),
      audit: (after) => ({
        ...changeEntry(ctx, 'update', ENTITY, awardId, label(after), before, after),
        parent: { type: 'mobility', id: mobilityId },
      }),
    });
  });
}

export async function removeAward(ctx: Ctx, mobilityId: number, awardId: number) {
  await mobilityFor(ctx, mobilityId, 'award');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await awardOf(trx, mobilityId, awardId);
    await repo.deleteAward(trx, awardId);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'delete', ENTITY, awardId, label(before), before, null),
      parent: { type: 'mobility', id: mobilityId },
    });
    return { ok: true as const };
  });
}

export function toProgramAward(r: repo.ProgramAwardRow): ProgramAward {
  return {
    id: r.id,
    mobilityId: r.mobility_id,
    personId: r.person_id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    studentNo: r.student_no,
    unitId: r.unit_id,
    unitNameZh: r.unit_name_zh,
    unitNameEn: r.unit_name_en,
    direction: r.direction,
    mobilityKind: r.kind,
    country: r.country,
    startDate: r.start_date,
    endDate: r.end_date,
    amount: r.amount,
    spentAmount: r.spent_amount,
    notes: r.notes,
  };
}

/** The program-year and the units whose awards the actor may see (a coordinator: their college's). */
export async function programYearScope(ctx: Ctx, programId: number, yearId: number) {
  const program = await getProgram(ctx, programId);
  const year = program.years.find((y) => y.id === yearId);
  if (!year) throw AppError.notFound();
  const units = unitScope(fundingPolicy, ctx.actor, 'readAwards', ctx.units);
  return { program, year, units };
}

export async function programAwards(ctx: Ctx, programId: number, yearId: number) {
  const { units } = await programYearScope(ctx, programId, yearId);
  return { items: (await repo.findProgramAwards(ctx.db, yearId, units, 5000, 0)).map(toProgramAward) };
}
