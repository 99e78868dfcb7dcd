import type { Ctx } from '#server/http/context.js';
import { changeEntry } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import type { CohortSessionUpdate } from '#shared/schemas/cohorts.js';
import { findSession } from './program.repository.js';
import { ENTITY, listSessions } from './program.service.js';
import { programFor } from './program-access.js';

/** A session as the schedule lists it (the 409's body, so the form can merge field by field). */
const asListed = (s: NonNullable<Awaited<ReturnType<typeof findSession>>>) => ({
  id: s.id,
  kind: s.kind,
  titleZh: s.title_zh,
  titleEn: s.title_en,
  heldOn: s.held_on,
  hours: Number(s.hours),
  required: s.required === 1,
  version: Number(s.version),
});

/** Edits a session (date, titles, kind, hours, required) with its version: 409 when someone saved first. */
export async function updateSession(ctx: Ctx, programId: number, sessionId: number, input: CohortSessionUpdate) {
  const program = await programFor(ctx, programId, 'write');
  const before = await findSession(ctx.db, programId, sessionId);
  if (!before) throw AppError.notFound();
  if (input.heldOn < program.start_date || input.heldOn > program.end_date)
    throw AppError.field('heldOn', 'cohort_session_outside');
  await ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'cohort_sessions',
      id: sessionId,
      version: input.version,
      values: {
        kind: input.kind,
        title_zh: input.titleZh,
        title_en: input.titleEn,
        held_on: input.heldOn,
        hours: input.hours,
        required: input.required ? 1 : 0,
      },
      current: async () => {
        const now = await findSession(trx, programId, sessionId);
        return now && asListed(now);
      },
      after: async () => asListed((await findSession(trx, programId, sessionId)) ?? before),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          programId,
          auditSummary('auditSummaries.cohortSession', {
            id: sessionId,
            title: bilingual(after.titleZh || after.titleEn, after.titleEn || after.titleZh),
          }),
          asListed(before),
          after,
        ),
    }),
  );
  return listSessions(ctx, programId);
}
