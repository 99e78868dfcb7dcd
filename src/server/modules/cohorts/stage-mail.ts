import type { Db } from '#server/db/client.js';
import { mailWithoutAccount } from '#server/modules/notifications/notify.js';
import type { CohortStage } from '#shared/cohorts.js';
import type * as programs from './program.repository.js';

/** The stages an applicant hears of: the ones that ask something of them or decide (not screening). */
const MAILED: readonly CohortStage[] = ['interview', 'offered', 'accepted', 'rejected', 'withdrawn'];

/**
 * Tells an applicant their application moved (the stage mail): applicants have no account, so one mail in
 * both languages to the address they applied with, through the outbox (sent after the transaction commits,
 * retried if the server is down). The dedupe key makes a repeated move to the same stage mail once.
 */
export async function mailStage(
  trx: Db,
  now: string,
  program: programs.ProgramRow,
  app: { id: number; name: string; email: string },
  stage: CohortStage,
  interviewOn: string | null,
) {
  if (!MAILED.includes(stage)) return false;
  return mailWithoutAccount(trx, {
    recipient: { key: `cohort-application:${app.id}`, email: app.email, name_zh: app.name, name_en: app.name },
    kind: `cohorts.stage_${stage}`,
    params: { program: { zh: program.name_zh, en: program.name_en }, date: interviewOn ?? '' },
    dedupeKey: `cohort-stage:${app.id}:${stage}`,
    now,
  });
}
