import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import type { CohortPublicApplication } from '#shared/schemas/cohorts.js';
import * as apps from './application.repository.js';
import { ENTITY, emailKey } from './application.service.js';
import { findProgram } from './program.repository.js';

/** An open program as the public form shows it (a closed or unknown one is 404: nothing to apply to). */
export async function publicProgram(deps: AppDeps, id: number) {
  const row = await findProgram(deps.db, id);
  if (!row || row.applications_open !== 1) throw new AppError('NOT_FOUND', { messageKey: 'cohort_not_open' });
  return { id: row.id, nameZh: row.name_zh, nameEn: row.name_en, startDate: row.start_date, endDate: row.end_date };
}

/**
 * An application from the public form (no sign-in). The route limits the rate per address and the
 * body's size; a filled honeypot field is answered as if accepted and nothing is stored, so a bot
 * learns nothing. The same e-mail applying twice to one program gets a field error on `email`.
 */
export async function submitPublicApplication(
  deps: AppDeps,
  programId: number,
  input: CohortPublicApplication,
  ip: string,
): Promise<{ ok: true }> {
  await publicProgram(deps, programId);
  if (input.website) return { ok: true };
  const now = deps.clock.now().toISOString();
  const { website: _, ...fields } = input;
  await deps.db.transaction().execute(async (trx) => {
    if ((await apps.existingEmails(trx, programId, [emailKey(fields.email)])).size)
      throw AppError.field('email', 'cohort_duplicate_application');
    const id = await uniqueAsFieldError('email', 'cohort_duplicate_application', () =>
      apps.insertApplication(trx, {
        program_id: programId,
        name: fields.name,
        email: fields.email.trim(),
        email_key: emailKey(fields.email),
        nationality: fields.nationality,
        institution: fields.institution,
        field_of_study: fields.fieldOfStudy,
        motivation: fields.motivation,
        source: 'form',
        stage: 'submitted',
        created_at: now,
        updated_at: now,
      }),
    );
    await recordAudit(trx, {
      at: now,
      actorId: null,
      action: 'create',
      entityType: ENTITY,
      entityId: id,
      summary: auditSummary('auditSummaries.publicForm'),
      ip,
    });
  });
  return { ok: true };
}
