import type { Ctx } from '#server/http/context.js';
import { changeEntry } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { AppError, type FieldProblem } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { businessDate } from '#shared/calendar.js';
import type { CohortStage } from '#shared/cohorts.js';
import type { CohortInterviewUpdate } from '#shared/schemas/cohorts.js';
import * as repo from './application.repository.js';
import { ENTITY, toApplication } from './application.service.js';
import { programFor } from './program-access.js';

/** The stages at which an application has (or had) an interview: not before screening sent it there. */
const INTERVIEWED: readonly CohortStage[] = ['interview', 'offered', 'accepted', 'rejected', 'withdrawn'];

/**
 * Schedules an application's interview (date, time, place or link, panel) and records its score and
 * result. Every problem is answered on its field: an application that was never sent to interview, an
 * interview after the program has started, a score or result for an interview that has not been held.
 */
export async function recordInterview(ctx: Ctx, programId: number, id: number, input: CohortInterviewUpdate) {
  const program = await programFor(ctx, programId, 'write');
  const before = await repo.findApplication(ctx.db, programId, id);
  if (!before) throw AppError.notFound();
  const problems: FieldProblem[] = [];
  if (!INTERVIEWED.includes(before.stage as CohortStage))
    problems.push({ path: 'interviewOn', key: 'cohort_interview_stage' });
  else if (input.interviewOn > program.start_date)
    problems.push({ path: 'interviewOn', key: 'cohort_interview_after_start', params: { date: program.start_date } });
  const held = input.interviewOn <= businessDate(new Date(ctx.now));
  if (!held && input.interviewScore !== null)
    problems.push({ path: 'interviewScore', key: 'cohort_interview_not_held' });
  if (!held && input.interviewResult) problems.push({ path: 'interviewResult', key: 'cohort_interview_not_held' });
  if (problems.length) throw new AppError('VALIDATION_FAILED', { fields: problems });
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'cohort_applications',
      id,
      version: input.version,
      values: {
        interview_on: input.interviewOn,
        interview_time: input.interviewTime,
        interview_place: input.interviewPlace,
        interview_panel: input.interviewPanel,
        interview_score: input.interviewScore,
        interview_result: input.interviewResult,
        updated_at: ctx.now,
      },
      current: async () => {
        const row = await repo.findApplication(trx, programId, id);
        return row && toApplication(row);
      },
      after: async () => toApplication((await repo.findApplication(trx, programId, id)) as repo.ApplicationRow),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          id,
          auditSummary('auditSummaries.cohortInterview', {
            name: after.name,
            date: after.interviewOn ?? '',
            score: after.interviewScore ?? '—',
          }),
          toApplication(before),
          after,
        ),
    }),
  );
}
