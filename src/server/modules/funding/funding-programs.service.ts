import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, recordName } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { fundingPolicy } from '#server/policies/funding.policy.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { academicYearAt } from '#shared/calendar.js';
import type {
  FundingFigures,
  FundingProgram,
  FundingProgramCreate,
  FundingProgramSummary,
  FundingProgramUpdate,
  FundingSummary,
  FundingYear,
  FundingYearCreate,
  FundingYearUpdate,
} from '#shared/schemas/funding.js';
import * as repo from './funding.repository.js';
import { requiredMatching } from './funding-rules.js';

export const PROGRAM_ENTITY = 'funding_program';
const YEAR_ENTITY = 'funding_year';

type Totals = Map<number, { awarded: number; spent: number; people: number }>;

/** Whole New Taiwan dollars as written in both languages: NT$1,234,567. */
export const dollars = (n: number) => `NT$${new Intl.NumberFormat('en-US').format(n)}`;

/** The current academic year in Taiwan (it starts on 1 August). */
export const currentAcademicYear = (ctx: Ctx) => academicYearAt(new Date(ctx.now));

export function figuresOf(y: repo.YearRow, totals: Totals): FundingFigures {
  const t = totals.get(y.id) ?? { awarded: 0, spent: 0, people: 0 };
  const total = y.granted_amount + y.matching_amount;
  return {
    granted: y.granted_amount,
    matching: y.matching_amount,
    total,
    awarded: t.awarded,
    spent: t.spent,
    balance: total - t.awarded,
    people: t.people,
  };
}

function toYear(y: repo.YearRow, program: repo.ProgramRow, totals: Totals): FundingYear {
  return {
    id: y.id,
    programId: y.program_id,
    year: y.year,
    notes: y.notes,
    requiredMatching: requiredMatching(y.granted_amount, program.matching_min_pct),
    version: y.version,
    updatedAt: y.updated_at,
    ...figuresOf(y, totals),
  };
}

const programOut = (p: repo.ProgramRow) => ({
  id: p.id,
  code: p.code,
  kind: p.kind,
  nameZh: p.name_zh,
  nameEn: p.name_en,
  sponsorZh: p.sponsor_zh,
  sponsorEn: p.sponsor_en,
  matchingMinPct: p.matching_min_pct,
  monthlyStipend: p.monthly_stipend,
  archivedAt: p.archived_at,
});

async function present(ctx: Ctx, db: Db, id: number): Promise<FundingProgram | undefined> {
  const p = await repo.findProgram(db, id);
  if (!p) return undefined;
  const years = await repo.findYears(db, [id]);
  const totals = await repo.awardTotals(
    db,
    years.map((y) => y.id),
  );
  const tree = ctx.units;
  return {
    ...programOut(p),
    rulesZh: p.rules_zh,
    rulesEn: p.rules_en,
    version: p.version,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    years: years.map((y) => toYear(y, p, totals)),
    permissions: {
      manage: allows(fundingPolicy, ctx.actor, 'manage', tree),
      award: allows(fundingPolicy, ctx.actor, 'award', tree),
    },
  };
}

/** What the audit log keeps: the program's own fields, not its figures or the user's permissions. */
const snapshot = ({ years: _y, permissions: _p, ...rest }: FundingProgram) => rest;

export async function getProgram(ctx: Ctx, id: number, db: Db = ctx.db): Promise<FundingProgram> {
  authorizeAny(fundingPolicy, ctx.actor, 'read', ctx.units);
  const program = await present(ctx, db, id);
  if (!program) throw AppError.notFound();
  return program;
}

export async function listPrograms(ctx: Ctx, query: { year?: number; archived?: 'true' | 'false' }) {
  authorizeAny(fundingPolicy, ctx.actor, 'read', ctx.units);
  const year = query.year ?? currentAcademicYear(ctx);
  const programs = await repo.findPrograms(ctx.db, { archived: query.archived === 'true' });
  const years = await repo.findYears(
    ctx.db,
    programs.map((p) => p.id),
    year,
  );
  const totals = await repo.awardTotals(
    ctx.db,
    years.map((y) => y.id),
  );
  const items: FundingProgramSummary[] = programs.map((p) => {
    const y = years.find((row) => row.program_id === p.id);
    return { ...programOut(p), figures: y ? figuresOf(y, totals) : null };
  });
  return { year, items };
}

function programColumns(input: FundingProgramCreate) {
  return {
    code: input.code,
    kind: input.kind,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    sponsor_zh: input.sponsorZh,
    sponsor_en: input.sponsorEn,
    matching_min_pct: input.matchingMinPct,
    monthly_stipend: input.monthlyStipend,
    rules_zh: input.rulesZh,
    rules_en: input.rulesEn,
  };
}

async function ensureCodeFree(db: Db, code: string, exceptId?: number) {
  if (await repo.codeTaken(db, code, exceptId)) throw AppError.field('code', 'duplicate_code');
}

export async function createProgram(ctx: Ctx, input: FundingProgramCreate): Promise<FundingProgram> {
  authorizeAny(fundingPolicy, ctx.actor, 'manage', ctx.units);
  await ensureCodeFree(ctx.db, input.code);
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertProgram(trx, { ...programColumns(input), created_at: ctx.now, updated_at: ctx.now });
      const after = await getProgram(ctx, id, trx);
      await recordAudit(
        trx,
        changeEntry(ctx, 'create', PROGRAM_ENTITY, id, recordName(input.nameZh, input.nameEn), null, snapshot(after)),
      );
      return after;
    }),
  );
}

export async function updateProgram(ctx: Ctx, id: number, input: FundingProgramUpdate): Promise<FundingProgram> {
  authorizeAny(fundingPolicy, ctx.actor, 'manage', ctx.units);
  const before = await getProgram(ctx, id);
  await ensureCodeFree(ctx.db, input.code, id);
  return uniqueAsFieldError('code', 'duplicate_code', () =>
    ctx.db.transaction().execute(async (trx) => {
      return updateAudited(trx, {
        table: 'funding_programs',
        id,
        version: input.version,
        values: { ...programColumns(input), updated_at: ctx.now },
        current: () => present(ctx, trx, id),
        after: () => getProgram(ctx, id, trx),
        audit: (after) =>
          changeEntry(
            ctx,
            'update',
            PROGRAM_ENTITY,
            id,
            recordName(input.nameZh, input.nameEn),
            snapshot(before),
            snapshot(after),
          ),
      });
    }),
  );
}

/** Archive or restore: an archived program keeps its years and awards but takes no new awards. */
export async function setArchived(ctx: Ctx, id: number, version: number, archived: boolean) {
  authorizeAny(fundingPolicy, ctx.actor, 'manage', ctx.units);
  const before = await getProgram(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    const action = archived ? 'archive' : 'restore';
    return updateAudited(trx, {
      table: 'funding_programs',
      id,
      version,
      values: { archived_at: archived ? ctx.now : null, updated_at: ctx.now },
      current: () => present(ctx, trx, id),
      after: () => getProgram(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          action,
          PROGRAM_ENTITY,
          id,
          recordName(before.nameZh, before.nameEn),
          snapshot(before),
          snapshot(after),
        ),
    });
  });
}

/** The university's matching must reach the program's minimum share of the grant (學海: 20%). */
function checkMatching(program: repo.ProgramRow, input: FundingYearCreate) {
  const required = requiredMatching(input.grantedAmount, program.matching_min_pct);
  if (required !== null && input.matchingAmount < required)
    throw AppError.field('matchingAmount', 'matching_below_minimum', {
      required: dollars(required),
      pct: program.matching_min_pct,
    });
}

async function yearOf(db: Db, programId: number, yearId: number): Promise<FundingYear> {
  const program = await repo.findProgram(db, programId);
  const y = await repo.findYear(db, yearId);
  if (!program || !y || y.program_id !== programId) throw AppError.notFound();
  return toYear(y, program, await repo.awardTotals(db, [yearId]));
}

/** A program year's audit summary as data (ADR 0030). */
const yearLabel = (code: string, y: { year: number }) =>
  auditSummary('auditSummaries.fundingYear', { program: code, year: y.year });

export async function createYear(ctx: Ctx, programId: number, input: FundingYearCreate): Promise<FundingYear> {
  authorizeAny(fundingPolicy, ctx.actor, 'manage', ctx.units);
  const program = await repo.findProgram(ctx.db, programId);
  if (!program) throw AppError.notFound();
  checkMatching(program, input);
  return uniqueAsFieldError('year', 'duplicate_funding_year', () =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await repo.insertYear(trx, {
        program_id: programId,
        year: input.year,
        granted_amount: input.grantedAmount,
        matching_amount: input.matchingAmount,
        notes: input.notes,
        updated_at: ctx.now,
      });
      const after = await yearOf(trx, programId, id);
      await recordAudit(trx, {
        ...changeEntry(ctx, 'create', YEAR_ENTITY, id, yearLabel(program.code, input), null, after),
        parent: { type: PROGRAM_ENTITY, id: programId },
      });
      return after;
    }),
  );
}

/** A year's grant plus matching may not drop below what has already been awarded from it. */
export async function updateYear(ctx: Ctx, programId: number, yearId: number, input: FundingYearUpdate) {
  authorizeAny(fundingPolicy, ctx.actor, 'manage', ctx.units);
  const program = await repo.findProgram(ctx.db, programId);
  if (!program) throw AppError.notFound();
  checkMatching(program, input);
  return uniqueAsFieldError('year', 'duplicate_funding_year', () =>
    ctx.db.transaction().execute(async (trx) => {
      const locked = await repo.lockYear(trx, ctx.dialect, yearId);
      if (!locked || locked.program_id !== programId) throw AppError.notFound();
      const before = await yearOf(trx, programId, yearId);
      if (input.grantedAmount + input.matchingAmount < before.awarded)
        throw AppError.field('grantedAmount', 'year_below_awarded', { awarded: dollars(before.awarded) });
      const { version, ...fields } = input;
      return updateAudited(trx, {
        table: 'funding_years',
        id: yearId,
        version,
        values: {
          year: fields.year,
          granted_amount: fields.grantedAmount,
          matching_amount: fields.matchingAmount,
          notes: fields.notes,
          updated_at: ctx.now,
        },
        current: () => yearOf(trx, programId, yearId),
        after: () => yearOf(trx, programId, yearId),
        audit: (after) => ({
          ...changeEntry(ctx, 'update', YEAR_ENTITY, yearId, yearLabel(program.code, input), before, after),
          parent: { type: PROGRAM_ENTITY, id: programId },
        }),
      });
    }),
  );
}

/** Per program and across programs, one academic year: what was granted, matched, awarded, spent and is left. */
export async function fundingSummary(ctx: Ctx, query: { year?: number }): Promise<FundingSummary> {
  authorizeAny(fundingPolicy, ctx.actor, 'read', ctx.units);
  const year = query.year ?? currentAcademicYear(ctx);
  // Archived programs too: what they granted and awarded that year still counts.
  const all = await repo.findPrograms(ctx.db, {});
  const years = await repo.findYears(
    ctx.db,
    all.map((p) => p.id),
    year,
  );
  const yearIds = years.map((y) => y.id);
  const totals = await repo.awardTotals(ctx.db, yearIds);
  const rows = all.flatMap((p) => {
    const y = years.find((row) => row.program_id === p.id);
    if (!y) return [];
    const { id, code, kind, nameZh, nameEn } = programOut(p);
    return [{ programId: id, code, kind, nameZh, nameEn, ...figuresOf(y, totals) }];
  });
  const sum = (key: keyof FundingFigures) => rows.reduce((s, r) => s + r[key], 0);
  return {
    year,
    programs: rows,
    totals: {
      granted: sum('granted'),
      matching: sum('matching'),
      total: sum('total'),
      awarded: sum('awarded'),
      spent: sum('spent'),
      balance: sum('balance'),
      people: await repo.peopleFunded(ctx.db, yearIds),
    },
  };
}
