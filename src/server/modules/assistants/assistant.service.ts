import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { type AuditSummary, auditSummary, label } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { jsonList as tagsOf } from '#server/lib/json-list.js';
import { updateAudited } from '#server/lib/versioned.js';
import { assistantPolicy } from '#server/policies/assistants.policy.js';
import { allows, authorize, can, unitScope } from '#server/policies/policy.js';
import type { FeedbackAuthor, TaskStatus } from '#shared/assistants.js';
import { businessDate } from '#shared/calendar.js';
import type {
  Assistant,
  AssistantSummary,
  FeedbackWrite,
  HoursCreate,
  HoursEntry,
  HoursReview,
  Task,
  TaskCreate,
} from '#shared/schemas/assistants.js';
import * as repo from './assistant.repository.js';

export const ENTITY = 'assistant';

const scopeOf = (r: { unit_id: number | null; user_id: number | null }) => ({ unit_id: r.unit_id, user_id: r.user_id });

function toSummary(r: repo.AssistantRow): AssistantSummary {
  return {
    id: r.id,
    personId: r.person_id,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    studentNo: r.student_no,
    unitId: r.unit_id,
    academicYear: r.academic_year,
    semester: r.semester,
    skills: tagsOf(r.skills_json),
    languages: tagsOf(r.languages_json),
    startedOn: r.started_on,
    endedOn: r.ended_on,
    approvedMinutes: Number(r.approved_minutes),
    pendingMinutes: Number(r.pending_minutes),
    openTasks: Number(r.open_tasks),
  };
}

export const toTask = (t: repo.TaskRow): Task => ({
  id: t.id,
  assistantId: t.assistant_id,
  kind: t.kind,
  titleZh: t.title_zh,
  titleEn: t.title_en,
  dueOn: t.due_on,
  status: t.status,
  notes: t.notes,
  version: t.version,
});

export const toHours = (h: repo.HoursRow): HoursEntry => ({
  id: h.id,
  assistantId: h.assistant_id,
  taskId: h.task_id,
  workedOn: h.worked_on,
  minutes: h.minutes,
  description: h.description,
  status: h.status,
  reviewNote: h.review_note,
  reviewedAt: h.reviewed_at,
  version: h.version,
});

/** Staff and coordinators list the assistants they may see; an assistant lists only their own terms. */
export async function listAssistants(ctx: Ctx, query: { academicYear?: number; semester?: number }) {
  if (!allows(assistantPolicy, ctx.actor, 'read', ctx.units)) throw AppError.forbidden();
  const units = unitScope(assistantPolicy, ctx.actor, 'read', ctx.units);
  const selfOnly = units !== 'all' && units.length === 0;
  const rows = await repo.findAssistants(ctx.db, {
    ...query,
    units: selfOnly ? 'all' : units,
    userId: selfOnly ? ctx.actor.id : undefined,
  });
  return { items: rows.map(toSummary) };
}

async function present(ctx: Ctx, db: Db, row: repo.AssistantRow): Promise<Assistant> {
  const scope = scopeOf(row);
  const manage = allows(assistantPolicy, ctx.actor, 'manage', ctx.units);
  const [tasks, hours, feedback] = await Promise.all([
    repo.findTasks(db, row.id),
    repo.findHours(db, row.id),
    repo.findFeedback(db, row.id),
  ]);
  return {
    ...toSummary(row),
    tasks: tasks.map(toTask),
    hours: hours.map(toHours),
    feedback: feedback.map((f) => ({ author: f.author, text: f.text, rating: f.rating, updatedAt: f.updated_at })),
    version: row.version,
    permissions: {
      manage,
      logHours: can(assistantPolicy, ctx.actor, 'logHours', scope, ctx.units),
      certificate:
        Number(row.approved_minutes) > 0 && (manage || can(assistantPolicy, ctx.actor, 'read', scope, ctx.units)),
    },
  };
}

/** The record if the actor may read it (staff; the coordinator of the student's college; the assistant). */
export async function getAssistant(ctx: Ctx, id: number, db: Db = ctx.db): Promise<Assistant> {
  const row = await repo.findAssistant(db, id);
  if (!row) throw AppError.notFound();
  authorize(assistantPolicy, ctx.actor, 'read', scopeOf(row), ctx.units);
  return present(ctx, db, row);
}

/** The signed-in student's own terms as an assistant, newest first, with tasks and hours. */
export async function myTerms(ctx: Ctx) {
  const rows = await repo.findAssistants(ctx.db, { units: 'all', userId: ctx.actor.id });
  return { items: await Promise.all(rows.map((r) => present(ctx, ctx.db, r))) };
}

async function forManage(ctx: Ctx, id: number) {
  const a = await getAssistant(ctx, id);
  if (!a.permissions.manage) throw AppError.forbidden();
  return a;
}

async function audited(
  ctx: Ctx,
  trx: Db,
  assistantId: number,
  type: string,
  entityId: number,
  summary: AuditSummary,
  before: unknown,
  after: unknown,
) {
  await recordAudit(trx, {
    ...changeEntry(ctx, before === null ? 'create' : 'update', type, entityId, summary, before, after),
    parent: { type: ENTITY, id: assistantId },
  });
}

export async function addTask(ctx: Ctx, assistantId: number, input: TaskCreate): Promise<Task> {
  await forManage(ctx, assistantId);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertTask(trx, {
      assistant_id: assistantId,
      kind: input.kind,
      title_zh: input.titleZh,
      title_en: input.titleEn,
      due_on: input.dueOn,
      status: 'assigned',
      notes: input.notes,
      assigned_by: ctx.actor.id,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = toTask((await repo.findTask(trx, id)) as repo.TaskRow);
    await audited(
      ctx,
      trx,
      assistantId,
      'assistant_task',
      id,
      auditSummary('auditSummaries.assistantTask', {
        kind: label('assistantTaskKinds', input.kind),
        date: input.dueOn,
      }),
      null,
      after,
    );
    return after;
  });
}

/** Staff mark a task done or cancelled (or back to assigned); the assistant may mark their own task done. */
export async function setTaskStatus(ctx: Ctx, taskId: number, status: TaskStatus, version: number): Promise<Task> {
  const task = await repo.findTask(ctx.db, taskId);
  if (!task) throw AppError.notFound();
  const a = await getAssistant(ctx, task.assistant_id);
  if (!a.permissions.manage && !(a.permissions.logHours && status === 'done')) throw AppError.forbidden();
  const read = async (db: Db) => toTask((await repo.findTask(db, taskId)) as repo.TaskRow);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'assistant_tasks',
      id: taskId,
      version,
      values: { status, updated_at: ctx.now },
      current: () => read(trx),
      after: () => read(trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'update',
          'assistant_task',
          taskId,
          auditSummary('auditSummaries.statusChange', {
            from: { t: `auditSummaries.assistantTaskStatuses.${task.status}` },
            to: { t: `auditSummaries.assistantTaskStatuses.${status}` },
          }),
          toTask(task),
          after,
        ),
        parent: { type: ENTITY, id: task.assistant_id },
      }),
    }),
  );
}

/**
 * The assistant logs their time (staff may log for them): not in the future, within the term's service
 * (from the start, up to the end when ended), against one of their own tasks if any. Starts pending.
 */
export async function logHours(ctx: Ctx, assistantId: number, input: HoursCreate): Promise<HoursEntry> {
  const a = await getAssistant(ctx, assistantId);
  if (!a.permissions.logHours && !a.permissions.manage) throw AppError.forbidden();
  const today = businessDate(new Date(ctx.now));
  if (input.workedOn > today) throw AppError.field('workedOn', 'assistant_hours_future');
  if (input.workedOn < a.startedOn || (a.endedOn && input.workedOn > a.endedOn))
    throw AppError.field('workedOn', 'assistant_hours_outside_term');
  if (input.taskId !== null && !a.tasks.some((t) => t.id === input.taskId))
    throw AppError.field('taskId', 'assistant_task_unknown');
  return ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertHours(trx, {
      assistant_id: assistantId,
      task_id: input.taskId,
      worked_on: input.workedOn,
      minutes: input.minutes,
      description: input.description,
      status: 'pending',
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    const after = toHours((await repo.findHoursEntry(trx, id)) as repo.HoursRow);
    await audited(
      ctx,
      trx,
      assistantId,
      'assistant_hours',
      id,
      auditSummary('auditSummaries.assistantHours', { date: input.workedOn, minutes: input.minutes }),
      null,
      after,
    );
    return after;
  });
}

/** Staff approve or reject a pending entry (a rejection says why); a reviewed entry is final. */
export async function reviewHours(ctx: Ctx, hoursId: number, input: HoursReview): Promise<HoursEntry> {
  const entry = await repo.findHoursEntry(ctx.db, hoursId);
  if (!entry) throw AppError.notFound();
  await forManage(ctx, entry.assistant_id);
  if (entry.status !== 'pending') throw new AppError('INVALID_TRANSITION', { messageKey: 'assistant_hours_reviewed' });
  const read = async (db: Db) => toHours((await repo.findHoursEntry(db, hoursId)) as repo.HoursRow);
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'assistant_hours',
      id: hoursId,
      version: input.version,
      values: {
        status: input.decision,
        review_note: input.note,
        reviewed_by: ctx.actor.id,
        reviewed_at: ctx.now,
        updated_at: ctx.now,
      },
      current: () => read(trx),
      after: () => read(trx),
      audit: (after) => ({
        ...changeEntry(
          ctx,
          'update',
          'assistant_hours',
          hoursId,
          auditSummary('auditSummaries.assistantHoursDecision', {
            date: entry.worked_on,
            decision: label('assistantHoursStatuses', input.decision),
          }),
          toHours(entry),
          after,
        ),
        parent: { type: ENTITY, id: entry.assistant_id },
      }),
    }),
  );
}

/** End-of-term feedback: the assistant writes theirs (what they learned), staff write theirs with a rating. */
export async function writeFeedback(ctx: Ctx, assistantId: number, author: FeedbackAuthor, input: FeedbackWrite) {
  const a = await getAssistant(ctx, assistantId);
  const allowed = author === 'staff' ? a.permissions.manage : a.permissions.logHours;
  if (!allowed) throw AppError.forbidden();
  if (author === 'assistant' && input.rating !== null) throw AppError.field('rating', 'assistant_rating_staff_only');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findFeedbackOf(trx, assistantId, author);
    if (before) await repo.updateFeedback(trx, before.id, input.text, input.rating, ctx.now);
    else
      await repo.insertFeedback(trx, {
        assistant_id: assistantId,
        author,
        author_id: ctx.actor.id,
        rating: input.rating,
        text: input.text,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
    const after = (await repo.findFeedbackOf(trx, assistantId, author)) as NonNullable<typeof before>;
    await audited(
      ctx,
      trx,
      assistantId,
      'assistant_feedback',
      after.id,
      auditSummary('auditSummaries.assistantFeedback', {
        author: { t: `auditSummaries.assistantFeedbackAuthors.${author}` },
      }),
      before ?? null,
      after,
    );
    return getAssistant(ctx, assistantId, trx);
  });
}

/** Ends the assistant's service (the certificate then shows the period). */
export async function endService(ctx: Ctx, id: number, endedOn: string, version: number): Promise<Assistant> {
  const before = await forManage(ctx, id);
  if (endedOn < before.startedOn) throw AppError.field('endedOn', 'end_before_start');
  return ctx.db.transaction().execute((trx) =>
    updateAudited(trx, {
      table: 'assistants',
      id,
      version,
      values: { ended_on: endedOn, updated_at: ctx.now },
      current: () => getAssistant(ctx, id, trx),
      after: () => getAssistant(ctx, id, trx),
      audit: (after) =>
        changeEntry(
          ctx,
          'update',
          ENTITY,
          id,
          auditSummary('auditSummaries.assistantEnded', { date: endedOn }),
          before,
          after,
        ),
    }),
  );
}
