import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { recordName, statusChange } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { COHORT_NEXT, type CohortStage } from '#shared/cohorts.js';
import type {
  CohortApplication,
  CohortApplicationCreate,
  CohortApplicationListQuery,
  CohortStageChange,
} from '#shared/schemas/cohorts.js';
import * as repo from './application.repository.js';
import { admitParticipant } from './participant.service.js';
import { programFor } from './program-access.js';
import { mailStage } from './stage-mail.js';

export const ENTITY = 'cohort_application';

export function toApplication(r: repo.ApplicationRow): CohortApplication {
  return {
    id: r.id,
    programId: r.program_id,
    name: r.name,
    email: r.email,
    nationality: r.nationality,
    institution: r.institution,
    fieldOfStudy: r.field_of_study,
    source: r.source,
    stage: r.stage,
    score: r.score === null ? null : Number(r.score),
    reason: r.reason,
    interviewOn: r.interview_on,
    interviewTime: r.interview_time,
    interviewPlace: r.interview_place,
    interviewPanel: r.interview_panel,
    interviewScore: r.interview_score === null ? null : Number(r.interview_score),
    interviewResult: r.interview_result,
    version: r.version,
    createdAt: r.created_at,
  };
}

export async function listApplications(ctx: Ctx, programId: number, query: CohortApplicationListQuery) {
  await programFor(ctx, programId, 'readApplicants');
  const [rows, total] = await Promise.all([
    repo.findApplications(ctx.db, programId, query),
    repo.countApplications(ctx.db, programId, query),
  ]);
  const more = rows.length > query.pageSize;
  const page = more ? rows.slice(0, query.pageSize) : rows;
  return { items: page.map(toApplication), total, nextAfter: more ? (page.at(-1)?.id ?? null) : null };
}

/** The same person applying twice to one program: refused on the e-mail field (the UNIQUE key decides). */
export const emailKey = (email: string) => email.trim().toLowerCase();

function columnsOf(
  programId: number,
  input: CohortApplicationCreate,
  source: 'form' | 'import' | 'staff',
  now: string,
) {
  return {
    program_id: programId,
    name: input.name,
    email: input.email.trim(),
    email_key: emailKey(input.email),
    nationality: input.nationality,
    institution: input.institution,
    field_of_study: input.fieldOfStudy,
    motivation: input.motivation,
    source,
    stage: 'submitted' as const,
    created_at: now,
    updated_at: now,
  };
}

/** Staff enter an application by hand (a paper form, an e-mail). */
export async function createApplication(ctx: Ctx, programId: number, input: CohortApplicationCreate) {
  await programFor(ctx, programId, 'write');
  return ctx.db.transaction().execute(async (trx) => {
    if ((await repo.existingEmails(trx, programId, [emailKey(input.email)])).size)
      throw AppError.field('email', 'cohort_duplicate_application');
    const id = await uniqueAsFieldError('email', 'cohort_duplicate_application', () =>
      repo.insertApplication(trx, columnsOf(programId, input, 'staff', ctx.now)),
    );
    const after = toApplication((await repo.findApplication(trx, programId, id)) as repo.ApplicationRow);
    await recordAudit(trx, changeEntry(ctx, 'create', ENTITY, id, recordName(after.name, after.name), null, after));
    return after;
  });
}

/**
 * A screening decision: the next stage with a score and a reason (the reason is required when an
 * application is turned down); the applicant gets the stage mail (stage-mail.ts). Accepting an offer admits the applicant as a participant in the same
 * transaction; withdrawing an accepted one marks the participant withdrawn.
 */
export async function changeStage(ctx: Ctx, programId: number, id: number, input: CohortStageChange) {
  const program = await programFor(ctx, programId, 'write');
  const before = await repo.findApplication(ctx.db, programId, id);
  if (!before) throw AppError.notFound();
  if (!COHORT_NEXT[before.stage as CohortStage].includes(input.stage))
    throw new AppError('INVALID_TRANSITION', { messageKey: 'cohort_stage_not_allowed' });
  if (input.stage === 'rejected' && !input.reason) throw AppError.field('reason', 'cohort_reason_required');
  if (input.stage === 'interview' && !input.interviewOn) throw AppError.field('interviewOn', 'cohort_interview_date');
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'cohort_applications',
      id,
      version: input.version,
      values: {
        stage: input.stage,
        score: input.score ?? before.score,
        reason: input.reason ?? before.reason,
        interview_on: input.interviewOn ?? before.interview_on,
        updated_at: ctx.now,
      },
      current: async () => {
        const row = await repo.findApplication(trx, programId, id);
        return row && toApplication(row);
      },
      alsoWrite: async () => {
        await admitParticipant(ctx, trx, { ...before, stage: input.stage });
        await mailStage(trx, ctx.now, program, before, input.stage, input.interviewOn ?? before.interview_on);
      },
      after: async () => toApplication((await repo.findApplication(trx, programId, id)) as repo.ApplicationRow),
      audit: (after) =>
        changeEntry(
          ctx,
          'transition',
          ENTITY,
          id,
          statusChange('cohorts.stages', before.stage, after.stage),
          toApplication(before),
          after,
        ),
    }),
  );
}
