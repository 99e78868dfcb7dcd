import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual, recordName } from '#server/lib/audit-summary.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { cohortPolicy } from '#server/policies/cohorts.policy.js';
import { allows, authorize, can } from '#server/policies/policy.js';
import { COHORT_SESSION_KINDS } from '#shared/cohorts.js';
import type {
  CohortProgram,
  CohortProgramCreate,
  CohortProgramSummary,
  CohortProgramUpdate,
  CohortSession,
  CohortSessionCreate,
} from '#shared/schemas/cohorts.js';
import { outcomeCounts } from './participant.service.js';
import * as repo from './program.repository.js';
import { programFor } from './program-access.js';

export const ENTITY = 'cohort_program';

export async function listPrograms(ctx: Ctx): Promise<{ items: CohortProgramSummary[] }> {
  if (!allows(cohortPolicy, ctx.actor, 'read', ctx.units)) throw AppError.forbidden();
  const rows = await repo.findPrograms(ctx.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      startDate: r.start_date,
      endDate: r.end_date,
      places: r.places,
      applicationsOpen: r.applications_open === 1,
      applications: Number(r.applications ?? 0),
      participants: Number(r.participants ?? 0),
    })),
  };
}

export async function getProgram(ctx: Ctx, id: number, db: Db = ctx.db): Promise<CohortProgram> {
  const row = await programFor(ctx, id, 'read', db);
  const [orgs, stages, outcomes] = await Promise.all([
    repo.findOrganisations(db, id),
    repo.countByStage(db, id),
    outcomeCounts(db, row),
  ]);
  const byStage = Object.fromEntries(stages.map((s) => [s.stage, Number(s.n)]));
  const total = Object.values(byStage).reduce((a, b) => a + b, 0);
  return {
    id: row.id,
    unitId: row.unit_id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    startDate: row.start_date,
    endDate: row.end_date,
    places: row.places,
    applicationsOpen: row.applications_open === 1,
    applications: total,
    participants: outcomes.participants,
    minAttendance: row.min_attendance,
    descriptionZh: row.description_zh,
    descriptionEn: row.description_en,
    organisations: orgs.map((o) => ({
      id: o.id,
      role: o.role,
      partnerId: o.partner_id,
      nameZh: o.name_zh,
      nameEn: o.name_en,
      fundingNtd: o.funding_ntd === null ? null : Number(o.funding_ntd),
    })),
    fundingTotalNtd: orgs.reduce((sum, o) => sum + Number(o.funding_ntd ?? 0), 0),
    funnel: {
      byStage,
      total,
      ...outcomes,
      selectivityPct: total === 0 ? null : Math.round((outcomes.participants / total) * 10_000) / 100,
    },
    version: row.version,
    updatedAt: row.updated_at,
    permissions: {
      update: can(cohortPolicy, ctx.actor, 'write', row, ctx.units),
      counsel: can(cohortPolicy, ctx.actor, 'counsel', row, ctx.units),
    },
  };
}

const snapshot = (p: CohortProgram) => ({ ...p, funnel: undefined, permissions: undefined });

async function checkReferences(ctx: Ctx, input: CohortProgramCreate) {
  const problems: FieldProblem[] = [];
  if (!(await repo.unitExists(ctx.db, input.unitId))) problems.push({ path: 'unitId', key: 'unit' });
  const partnerIds = input.organisations.flatMap((o) => (o.partnerId ? [o.partnerId] : []));
  const missing = new Set(await repo.missingPartners(ctx.db, partnerIds));
  input.organisations.forEach((o, i) => {
    if (o.partnerId && missing.has(o.partnerId))
      problems.push({ path: `organisations.${i}.partnerId`, key: 'partner' });
  });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
  authorize(cohortPolicy, ctx.actor, 'write', { unit_id: input.unitId }, ctx.units);
}

function columnsOf(input: CohortProgramCreate) {
  return {
    unit_id: input.unitId,
    name_zh: input.nameZh,
    name_en: input.nameEn,
    start_date: input.startDate,
    end_date: input.endDate,
    places: input.places,
    applications_open: input.applicationsOpen ? 1 : 0,
    min_attendance: input.minAttendance,
    description_zh: input.descriptionZh,
    description_en: input.descriptionEn,
  };
}
const orgRows = (input: CohortProgramCreate) =>
  input.organisations.map((o) => ({
    role: o.role,
    partner_id: o.partnerId,
    name_zh: o.nameZh,
    name_en: o.nameEn,
    funding_ntd: o.fundingNtd,
  }));

export async function createProgram(ctx: Ctx, input: CohortProgramCreate): Promise<CohortProgram> {
  if (!allows(cohortPolicy, ctx.actor, 'write', ctx.units)) throw AppError.forbidden();
  await checkReferences(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertProgram(trx, {
      ...columnsOf(input),
      created_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await repo.replaceOrganisations(trx, id, orgRows(input));
    const after = await getProgram(ctx, id, trx);
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ENTITY, id, recordName(after.nameZh, after.nameEn), null, snapshot(after)),
    );
    return after;
  });
}

export async function updateProgram(ctx: Ctx, id: number, input: CohortProgramUpdate): Promise<CohortProgram> {
  const before = await getProgram(ctx, id);
  if (!before.permissions.update) throw AppError.forbidden();
  const { version, ...fields } = input;
  await checkReferences(ctx, fields);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'cohort_programs',
      id,
      version,
      values: { ...columnsOf(fields), updated_at: ctx.now },
      current: () => repo.findProgram(trx, id),
      alsoWrite: () => repo.replaceOrganisations(trx, id, orgRows(fields)),
      after: () => getProgram(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          id,
          recordName(after.nameZh, after.nameEn),
          snapshot(before),
          snapshot(after),
        ),
    }),
  );
}

export async function listSessions(ctx: Ctx, programId: number) {
  await programFor(ctx, programId);
  const rows = await repo.findSessions(ctx.db, programId);
  const items: CohortSession[] = rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    titleZh: s.title_zh,
    titleEn: s.title_en,
    heldOn: s.held_on,
    hours: Number(s.hours),
    required: s.required === 1,
    present: Number(s.present ?? 0),
    version: Number(s.version),
  }));
  const hoursByKind = Object.fromEntries(COHORT_SESSION_KINDS.map((k) => [k, 0]));
  for (const s of items) hoursByKind[s.kind] = (hoursByKind[s.kind] ?? 0) + s.hours;
  return { items, hoursByKind };
}

export async function addSession(ctx: Ctx, programId: number, input: CohortSessionCreate) {
  const program = await programFor(ctx, programId, 'write');
  if (input.heldOn < program.start_date || input.heldOn > program.end_date)
    throw AppError.field('heldOn', 'cohort_session_outside');
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertSession(trx, {
      program_id: programId,
      kind: input.kind,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      held_on: input.heldOn,
      hours: input.hours,
      required: input.required ? 1 : 0,
    });
    await recordAudit(trx, {
      ...changeEntry(
        ctx,
        'create',
        ENTITY,
        programId,
        auditSummary('auditSummaries.cohortSession', {
          id,
          title: bilingual(input.titleZh || input.titleEn, input.titleEn || input.titleZh),
        }),
        null,
        input,
      ),
    });
  });
  return listSessions(ctx, programId);
}
