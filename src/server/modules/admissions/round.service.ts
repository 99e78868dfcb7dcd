import type { AppDeps, Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { admissionPolicy } from '#server/policies/admissions.policy.js';
import { authorize, authorizeAny } from '#server/policies/policy.js';
import type {
  AdmissionRound,
  ProgramCreate,
  ProgramUpdate,
  RoundCreate,
  RoundUpdate,
} from '#shared/schemas/admissions.js';
import { presentProgram, presentRound } from './present.js';
import * as repo from './round.repository.js';

const ROUND = 'admission_round';
const PROGRAM = 'admission_program';

/** Rounds with their programs, reviewers and counts, in one pass per list. */
async function withPrograms(db: AppDeps['db'], rows: repo.RoundRow[], now: string): Promise<AdmissionRound[]> {
  const ids = rows.map((r) => r.id);
  const programs = await repo.findPrograms(db, ids);
  const reviewers = await repo.findReviewers(
    db,
    programs.map((p) => p.id),
  );
  const { perRound, admitted } = await repo.countsOf(db, ids);
  return rows.map((r) =>
    presentRound(
      r,
      programs
        .filter((p) => p.round_id === r.id)
        .map((p) => presentProgram(p, reviewers.get(p.id) ?? [], admitted.get(p.id) ?? 0)),
      perRound.get(r.id) ?? 0,
      now,
    ),
  );
}

export async function listRounds(ctx: Ctx) {
  authorizeAny(admissionPolicy, ctx.actor, 'read', ctx.units);
  return { items: await withPrograms(ctx.db, await repo.findRounds(ctx.db), ctx.now) };
}

export async function getRound(ctx: Ctx, id: number, db = ctx.db): Promise<AdmissionRound> {
  authorizeAny(admissionPolicy, ctx.actor, 'read', ctx.units);
  const row = await repo.findRound(db, id);
  if (!row) throw AppError.notFound();
  return (await withPrograms(db, [row], ctx.now))[0] as AdmissionRound;
}

/** The portal's list: open rounds and their programs, without reviewers or counts (no sign-in). */
export async function openRounds(deps: AppDeps) {
  const now = deps.clock.now().toISOString();
  const rounds = await withPrograms(deps.db, await repo.findOpenRounds(deps.db, now), now);
  return {
    items: rounds.map((r) => ({
      ...r,
      applications: 0,
      programs: r.programs.map((p) => ({ ...p, reviewerIds: [], admitted: 0 })),
    })),
  };
}

const roundColumns = (input: RoundCreate | RoundUpdate) => ({
  kind: input.kind,
  academic_year: input.academicYear,
  semester: input.semester,
  name_zh: input.nameZh,
  name_en: input.nameEn,
  opens_at: new Date(input.opensAt).toISOString(),
  closes_at: new Date(input.closesAt).toISOString(),
  decisions_by: input.decisionsBy,
  fee_ntd: input.feeNtd,
  documents: JSON.stringify(input.documents),
  criteria: JSON.stringify(input.criteria),
  notes_zh: input.notesZh,
  notes_en: input.notesEn,
});

export async function createRound(ctx: Ctx, input: RoundCreate) {
  authorizeAny(admissionPolicy, ctx.actor, 'manage', ctx.units);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertRound(trx, { ...roundColumns(input), created_at: ctx.now, updated_at: ctx.now });
    const after = await getRound(ctx, id, trx);
    await recordAudit(trx, changeEntry(ctx, 'create', ROUND, id, recordName(input.nameZh, input.nameEn), null, after));
    return after;
  });
}

export async function updateRound(ctx: Ctx, id: number, input: RoundUpdate) {
  authorizeAny(admissionPolicy, ctx.actor, 'manage', ctx.units);
  const before = await getRound(ctx, id);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'admission_rounds',
      id,
      version: input.version,
      values: { ...roundColumns(input), updated_at: ctx.now },
      current: () => getRound(ctx, id, trx).catch(() => undefined),
      after: () => getRound(ctx, id, trx),
      audit: (after) => changeEntry(ctx, 'update', ROUND, id, recordName(input.nameZh, input.nameEn), before, after),
    }),
  );
}

async function checkProgram(ctx: Ctx, input: ProgramCreate) {
  if (!ctx.units.has(input.unitId)) throw AppError.field('unitId', 'invalid_value');
  const users = await repo.activeUserIds(ctx.db, input.reviewerIds);
  const bad = input.reviewerIds.findIndex((u) => !users.has(u));
  if (bad >= 0) throw AppError.field(`reviewerIds.${bad}`, 'invalid_value');
}

const programColumns = (input: ProgramCreate) => ({
  unit_id: input.unitId,
  degree_level: input.degreeLevel,
  name_zh: input.nameZh,
  name_en: input.nameEn,
  places: input.places,
  language_framework: input.languageFramework,
  language_level: input.languageLevel,
  min_gpa: input.minGpa,
  requirements_zh: input.requirementsZh,
  requirements_en: input.requirementsEn,
});

export async function createProgram(ctx: Ctx, roundId: number, input: ProgramCreate) {
  authorize(admissionPolicy, ctx.actor, 'manage', { unit_id: input.unitId }, ctx.units);
  await getRound(ctx, roundId);
  await checkProgram(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertProgram(trx, {
      ...programColumns(input),
      round_id: roundId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await repo.setReviewers(trx, id, [...new Set(input.reviewerIds)]);
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', PROGRAM, id, recordName(input.nameZh, input.nameEn), null, input),
      parent: { type: ROUND, id: roundId },
    });
    return getRound(ctx, roundId, trx);
  });
}

export async function updateProgram(ctx: Ctx, id: number, input: ProgramUpdate) {
  const before = await repo.findProgram(ctx.db, id);
  if (!before) throw AppError.notFound();
  authorize(admissionPolicy, ctx.actor, 'manage', { unit_id: input.unitId }, ctx.units);
  await checkProgram(ctx, input);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'admission_programs',
      id,
      version: input.version,
      values: { ...programColumns(input), updated_at: ctx.now },
      current: () => repo.findProgram(trx, id),
      alsoWrite: () => repo.setReviewers(trx, id, [...new Set(input.reviewerIds)]),
      after: () => getRound(ctx, before.round_id, trx),
      audit: () => ({
        ...changeEntry(ctx, 'update', PROGRAM, id, recordName(input.nameZh, input.nameEn), before, input),
        parent: { type: ROUND, id: before.round_id },
      }),
    }),
  );
}
