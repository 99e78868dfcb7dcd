import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual, label, recordName } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { updateAudited } from '#server/lib/versioned.js';
import { authorizeAny } from '#server/policies/policy.js';
import { trainingPolicy } from '#server/policies/training.policy.js';
import { localName } from '#shared/i18n/index.js';
import type {
  AttendanceBody,
  CourseCreate,
  CourseUpdate,
  Enrolment,
  SessionCreate,
  SessionUpdate,
  TrainingCourse,
} from '#shared/schemas/training.js';
import * as repo from './training.repository.js';

/**
 * Staff training (issue 20): courses and workshops, their sessions, enrolment by the staff themselves,
 * attendance and the hours it credits (the course's hours unless OIA staff record others).
 */
export async function listCourses(ctx: Ctx): Promise<{ items: TrainingCourse[] }> {
  authorizeAny(trainingPolicy, ctx.actor, 'read', ctx.units);
  const courses = await repo.findCourses(ctx.db);
  const sessions = await repo.findSessions(
    ctx.db,
    courses.map((c) => c.id),
  );
  const mine = new Map((await repo.findMine(ctx.db, ctx.actor.id)).map((e) => [e.session_id, e]));
  return {
    items: courses.map((c) => ({
      id: c.id,
      titleZh: c.title_zh,
      titleEn: c.title_en,
      descriptionZh: c.description_zh,
      descriptionEn: c.description_en,
      mode: c.mode,
      hours: Number(c.hours),
      unitId: c.unit_id,
      version: c.version,
      sessions: sessions
        .filter((s) => s.course_id === c.id)
        .map((s) => {
          const own = mine.get(s.id);
          return {
            id: s.id,
            courseId: s.course_id,
            startsOn: s.starts_on,
            startTime: s.start_time,
            location: s.location,
            capacity: s.capacity,
            enrolled: Number(s.enrolled),
            version: Number(s.version),
            mine: own ? { id: own.id, status: own.status } : null,
          };
        }),
    })),
  };
}

export async function createCourse(ctx: Ctx, input: CourseCreate) {
  authorizeAny(trainingPolicy, ctx.actor, 'manage', ctx.units);
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertCourse(trx, {
      title_zh: input.titleZh,
      title_en: input.titleEn,
      description_zh: input.descriptionZh,
      description_en: input.descriptionEn,
      mode: input.mode,
      hours: input.hours,
      unit_id: input.unitId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', 'training_course', id, recordName(input.titleZh, input.titleEn), null, input),
    );
  });
  return listCourses(ctx);
}

/** Edits a course (OIA staff); a stale version answers 409 and nothing is written. */
export async function updateCourse(ctx: Ctx, id: number, input: CourseUpdate) {
  authorizeAny(trainingPolicy, ctx.actor, 'manage', ctx.units);
  const before = await repo.findCourse(ctx.db, id);
  if (!before || before.archived_at) throw AppError.notFound();
  const { version, ...fields } = input;
  await ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'training_courses',
      id,
      version,
      values: {
        title_zh: fields.titleZh,
        title_en: fields.titleEn,
        description_zh: fields.descriptionZh,
        description_en: fields.descriptionEn,
        mode: fields.mode,
        hours: fields.hours,
        unit_id: fields.unitId,
        updated_at: ctx.now,
      },
      current: () => repo.findCourse(trx, id),
      after: () => repo.findCourse(trx, id),
      audit: (after) =>
        changeEntry(ctx, 'update', 'training_course', id, recordName(fields.titleZh, fields.titleEn), before, after),
    }),
  );
  return listCourses(ctx);
}

/** Edits a session's date, time, place or capacity; the capacity cannot fall below those enrolled. */
export async function updateSession(ctx: Ctx, id: number, input: SessionUpdate) {
  authorizeAny(trainingPolicy, ctx.actor, 'manage', ctx.units);
  const before = await repo.findSession(ctx.db, id);
  if (!before) throw AppError.notFound();
  const course = await repo.findCourse(ctx.db, before.course_id);
  if (!course) throw AppError.notFound();
  if (input.capacity !== null && input.capacity < (await repo.countEnrolled(ctx.db, id)))
    throw AppError.field('capacity', 'session_capacity_below_enrolled');
  await ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'training_sessions',
      id,
      version: input.version,
      values: {
        starts_on: input.startsOn,
        start_time: input.startTime,
        location: input.location,
        capacity: input.capacity,
        updated_at: ctx.now,
      },
      current: () => repo.findSession(trx, id),
      after: () => repo.findSession(trx, id),
      audit: (after) => ({
        ...changeEntry(ctx, 'update', 'training_session', id, sessionSummary(course, input.startsOn), before, after),
        parent: { type: 'training_course', id: course.id },
      }),
    }),
  );
  return listCourses(ctx);
}

export async function createSession(ctx: Ctx, courseId: number, input: SessionCreate) {
  authorizeAny(trainingPolicy, ctx.actor, 'manage', ctx.units);
  const course = await repo.findCourse(ctx.db, courseId);
  if (!course || course.archived_at) throw AppError.notFound();
  await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertSession(trx, {
      course_id: courseId,
      starts_on: input.startsOn,
      start_time: input.startTime,
      location: input.location,
      capacity: input.capacity,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', 'training_session', id, sessionSummary(course, input.startsOn), null, input),
      parent: { type: 'training_course', id: courseId },
    });
  });
  return listCourses(ctx);
}

const enrolmentOf = (ctx: Ctx, r: repo.EnrolmentRow): Enrolment => ({
  id: r.id,
  sessionId: r.session_id,
  userId: r.user_id,
  userName: localName(ctx.locale, r.name_zh, r.name_en) || r.email,
  status: r.status,
  hours: r.hours === null ? null : Number(r.hours),
  version: r.version,
  updatedAt: r.updated_at,
});

/** The signed-in user enrols in a session (again, after cancelling); a full session refuses (409). */
export async function enrol(ctx: Ctx, sessionId: number) {
  authorizeAny(trainingPolicy, ctx.actor, 'enrol', ctx.units);
  const session = await repo.findSession(ctx.db, sessionId);
  if (!session) throw AppError.notFound();
  const own = await repo.findOwnEnrolment(ctx.db, sessionId, ctx.actor.id);
  if (own && own.status !== 'cancelled') throw new AppError('DUPLICATE', { messageKey: 'already_enrolled' });
  if (session.capacity !== null && (await repo.countEnrolled(ctx.db, sessionId)) >= session.capacity)
    throw new AppError('INVALID_TRANSITION', { messageKey: 'session_full' });
  await ctx.db.transaction().execute(async (trx) => {
    if (own) await repo.setEnrolment(trx, own.id, { status: 'enrolled', updated_at: ctx.now });
    const id = own
      ? own.id
      : await repo.insertEnrolment(trx, {
          session_id: sessionId,
          user_id: ctx.actor.id,
          status: 'enrolled',
          created_at: ctx.now,
          updated_at: ctx.now,
        });
    await recordAudit(trx, {
      ...changeEntry(ctx, 'create', 'training_enrolment', id, enrolmentSummary(sessionId), null, { sessionId }),
      parent: { type: 'training_session', id: sessionId },
    });
  });
  return listCourses(ctx);
}

/** The user withdraws from a session they have not attended yet. */
export async function cancel(ctx: Ctx, sessionId: number) {
  authorizeAny(trainingPolicy, ctx.actor, 'enrol', ctx.units);
  const own = await repo.findOwnEnrolment(ctx.db, sessionId, ctx.actor.id);
  if (!own) throw AppError.notFound();
  if (own.status !== 'enrolled') throw new AppError('INVALID_TRANSITION', { messageKey: 'enrolment_closed' });
  await ctx.db.transaction().execute(async (trx) => {
    await repo.setEnrolment(trx, own.id, { status: 'cancelled', updated_at: ctx.now });
    await recordAudit(
      trx,
      changeEntry(ctx, 'withdraw', 'training_enrolment', own.id, enrolmentSummary(sessionId), null, null),
    );
  });
  return listCourses(ctx);
}

export async function listEnrolments(ctx: Ctx, sessionId: number) {
  authorizeAny(trainingPolicy, ctx.actor, 'manage', ctx.units);
  if (!(await repo.findSession(ctx.db, sessionId))) throw AppError.notFound();
  return { items: (await repo.findEnrolments(ctx.db, sessionId)).map((r) => enrolmentOf(ctx, r)) };
}

export async function myEnrolments(ctx: Ctx) {
  authorizeAny(trainingPolicy, ctx.actor, 'read', ctx.units);
  const rows = await repo.findMine(ctx.db, ctx.actor.id);
  return {
    items: rows.map((r) => ({
      ...enrolmentOf(ctx, r),
      courseTitleZh: r.title_zh,
      courseTitleEn: r.title_en,
      startsOn: r.starts_on,
    })),
  };
}

async function enrolmentIn(db: Db, ctx: Ctx, id: number) {
  const row = await repo.findEnrolment(db, id);
  return row && enrolmentOf(ctx, row);
}

/** Attendance, recorded by OIA staff: attended credits the course's hours (or those given), absent none. */
export async function recordAttendance(ctx: Ctx, id: number, input: AttendanceBody) {
  authorizeAny(trainingPolicy, ctx.actor, 'manage', ctx.units);
  const data = await repo.findCertificateData(ctx.db, id);
  if (!data) throw AppError.notFound();
  if (data.status === 'cancelled') throw new AppError('INVALID_TRANSITION', { messageKey: 'enrolment_closed' });
  const before = await enrolmentIn(ctx.db, ctx, id);
  const hours = input.status === 'attended' ? (input.hours ?? Number(data.course_hours)) : 0;
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'training_enrolments',
      id,
      version: input.version,
      values: { status: input.status, hours, updated_at: ctx.now },
      current: () => enrolmentIn(trx, ctx, id),
      after: async () => (await enrolmentIn(trx, ctx, id)) as Enrolment,
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          'training_enrolment',
          id,
          auditSummary('auditSummaries.attendance', { status: label('enrolmentStatuses', input.status) }),
          before,
          after,
        ),
    }),
  );
}

/** Audit summaries as data (ADR 0030): the course's title in both languages, the session by its number. */
const sessionSummary = (course: { title_zh: string; title_en: string }, startsOn: string) =>
  auditSummary('auditSummaries.trainingSession', {
    course: bilingual(course.title_zh, course.title_en),
    date: startsOn,
  });
const enrolmentSummary = (sessionId: number) =>
  auditSummary('auditSummaries.trainingEnrolment', { session: sessionId });
