import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { cohortPolicy } from '#server/policies/cohorts.policy.js';
import { allows, can } from '#server/policies/policy.js';
import { businessDate } from '#shared/calendar.js';
import { evaluateCompletion } from '#shared/cohorts.js';
import type { CohortParticipant, CohortParticipantUpdate } from '#shared/schemas/cohorts.js';
import type { ApplicationRow } from './application.repository.js';
import * as repo from './participant.repository.js';
import { findProgram, findSession } from './program.repository.js';
import { programFor } from './program-access.js';

export const ENTITY = 'cohort_participant';
type Program = { id: number; unit_id: number; min_attendance: number };

/** Keeps the participant in step with an application's stage (inside the stage change's transaction). */
export async function admitParticipant(
  ctx: Ctx,
  trx: Db,
  app: Pick<ApplicationRow, 'id' | 'program_id' | 'name' | 'stage'>,
) {
  if (app.stage === 'accepted') await repo.insertParticipant(trx, app, ctx.now);
  if (app.stage === 'withdrawn') await repo.markWithdrawn(trx, app.id, businessDate(new Date(ctx.now)));
}

/** Every participant with the completion rule evaluated against the sessions held up to today. */
export async function evaluated(db: Db, program: Program, today: string) {
  const [rows, sessions, presence] = await Promise.all([
    repo.findParticipants(db, program.id),
    repo.findHeldSessions(db, program.id, today),
    repo.findPresence(db, program.id),
  ]);
  const held = sessions.map((s) => ({ id: s.id, required: s.required === 1 }));
  const present = new Map<number, Set<number>>();
  for (const p of presence) {
    const set = present.get(p.participant_id) ?? new Set<number>();
    set.add(p.session_id);
    present.set(p.participant_id, set);
  }
  return rows.map((r) => ({
    row: r,
    ...evaluateCompletion({
      minAttendance: program.min_attendance,
      withdrawn: r.withdrawn_on !== null,
      sessions: held,
      presentAt: present.get(r.id) ?? new Set(),
    }),
  }));
}

/** The outcome figures of the program page. */
export async function outcomeCounts(db: Db, program: Program & { end_date: string }) {
  const all = await evaluated(db, program, program.end_date);
  return {
    participants: all.length,
    completed: all.filter((p) => p.completed).length,
    withdrawn: all.filter((p) => p.row.withdrawn_on !== null).length,
    certificates: all.filter((p) => p.row.certificate_code !== null).length,
  };
}

const today = (ctx: Ctx) => businessDate(new Date(ctx.now));

export async function listParticipants(ctx: Ctx, programId: number): Promise<{ items: CohortParticipant[] }> {
  const program = await programFor(ctx, programId, 'readApplicants');
  const all = await evaluated(ctx.db, program, today(ctx));
  return {
    items: all.map(({ row, attendancePct, missedRequired, completed }) => ({
      id: row.id,
      applicationId: row.application_id,
      name: row.name,
      mentorId: row.mentor_id,
      mentorName:
        (ctx.locale === 'en' ? row.mentor_name_en || row.mentor_name_zh : row.mentor_name_zh || row.mentor_name_en) ??
        null,
      withdrawnOn: row.withdrawn_on,
      attendancePct,
      missedRequired,
      completed,
      certificateCode: row.certificate_code,
      version: row.version,
    })),
  };
}

/** One participant's completion, evaluated now (the certificate's gate). */
export async function completionOf(ctx: Ctx, program: Program, participantId: number) {
  const all = await evaluated(ctx.db, program, today(ctx));
  const found = all.find((p) => p.row.id === participantId);
  if (!found) throw AppError.notFound();
  return found;
}

export async function updateParticipant(ctx: Ctx, programId: number, id: number, input: CohortParticipantUpdate) {
  await programFor(ctx, programId, 'write');
  const before = await repo.findParticipant(ctx.db, programId, id);
  if (!before) throw AppError.notFound();
  if (input.mentorId !== null && !(await repo.findMentorCandidates(ctx.db)).some((m) => m.id === input.mentorId))
    throw AppError.field('mentorId', 'cohort_mentor');
  await ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'cohort_participants',
      id,
      version: input.version,
      values: { mentor_id: input.mentorId, withdrawn_on: input.withdrawnOn },
      current: () => repo.findParticipant(trx, programId, id),
      after: () => repo.findParticipant(trx, programId, id),
      audit: (after) => changeEntry(ctx, 'update', ENTITY, id, recordName(before.name, before.name), before, after),
    }),
  );
  return listParticipants(ctx, programId);
}

/** Whom staff may name as mentors (only those who run programs pick them). */
export async function mentorCandidates(ctx: Ctx) {
  if (!allows(cohortPolicy, ctx.actor, 'write', ctx.units)) throw AppError.forbidden();
  const rows = await repo.findMentorCandidates(ctx.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: (ctx.locale === 'en' ? r.name_en || r.name_zh : r.name_zh || r.name_en) ?? r.email,
    })),
  };
}

export async function getAttendance(ctx: Ctx, programId: number, sessionId: number) {
  await programFor(ctx, programId, 'readApplicants');
  if (!(await findSession(ctx.db, programId, sessionId))) throw AppError.notFound();
  const [people, marks] = await Promise.all([
    repo.findParticipants(ctx.db, programId),
    repo.findSessionAttendance(ctx.db, sessionId),
  ]);
  const byId = new Map(marks.map((m) => [m.participant_id, m.present === 1]));
  return { items: people.map((p) => ({ participantId: p.id, name: p.name, present: byId.get(p.id) ?? null })) };
}

export async function setAttendance(
  ctx: Ctx,
  programId: number,
  sessionId: number,
  marks: { participantId: number; present: boolean }[],
) {
  await programFor(ctx, programId, 'write');
  if (!(await findSession(ctx.db, programId, sessionId))) throw AppError.notFound();
  const ids = new Set((await repo.findParticipants(ctx.db, programId)).map((p) => p.id));
  const stranger = marks.findIndex((m) => !ids.has(m.participantId));
  if (stranger >= 0) throw AppError.field(['marks', stranger, 'participantId'].join('.'), 'cohort_not_participant');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.upsertAttendance(trx, sessionId, marks);
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'update',
        'cohort_program',
        programId,
        auditSummary('auditSummaries.cohortAttendance', { session: sessionId }),
        null,
        marks,
      ),
    );
  });
  return getAttendance(ctx, programId, sessionId);
}

/** The program's staff (counsel) or the participant's own mentor: nobody else reads or writes the log. */
export async function counsellingAccess(ctx: Ctx, programId: number, participantId: number) {
  // Not programFor: a mentor may hold a role that does not read programs; the log is theirs all the same.
  const program = await findProgram(ctx.db, programId);
  const participant = program && (await repo.findParticipant(ctx.db, programId, participantId));
  if (!program || !participant) throw AppError.notFound();
  const staff = can(cohortPolicy, ctx.actor, 'counsel', program, ctx.units);
  if (!staff && participant.mentor_id !== ctx.actor.id) throw AppError.forbidden();
  return { program, participant };
}

/**
 * The confidential counselling log. Every read is written to the personal-data access log first (its
 * own transaction, as a reveal is): no log row, no notes.
 */
export async function listNotes(ctx: Ctx, programId: number, participantId: number) {
  await counsellingAccess(ctx, programId, participantId);
  await ctx.db
    .transaction()
    .execute((trx) => repo.logCounsellingRead(trx, { userId: ctx.actor.id, participantId, ip: ctx.ip, at: ctx.now }));
  const rows = await repo.findNotes(ctx.db, participantId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      metOn: r.met_on,
      note: r.note,
      authorName: (ctx.locale === 'en' ? r.name_en || r.name_zh : r.name_zh || r.name_en) ?? r.email ?? null,
      createdAt: r.created_at,
    })),
  };
}

export async function addNote(
  ctx: Ctx,
  programId: number,
  participantId: number,
  input: { metOn: string; note: string },
) {
  await counsellingAccess(ctx, programId, participantId);
  if (input.metOn > today(ctx)) throw AppError.field('metOn', 'cohort_note_future');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.insertNote(trx, {
      participant_id: participantId,
      author_id: ctx.actor.id,
      met_on: input.metOn,
      note: input.note,
      created_at: ctx.now,
    });
    // The audit entry says a note was written, never what it says (the log is confidential).
    await recordAudit(
      trx,
      changeEntry(
        ctx,
        'create',
        ENTITY,
        participantId,
        auditSummary('auditSummaries.counsellingNote', { date: input.metOn }),
        null,
        null,
      ),
    );
  });
  return listNotes(ctx, programId, participantId);
}
