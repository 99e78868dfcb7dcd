import { type Insertable, sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AssistantFeedbackTable, AssistantHoursTable, AssistantTasksTable } from '#server/db/schema.js';
import type { FeedbackAuthor } from '#shared/assistants.js';

/** Assistants with their minutes (approved, pending) and open tasks, for lists and the record. */
function assistants(db: Db) {
  const minutes = (status: string) =>
    sql<number>`coalesce((select sum(h.minutes) from assistant_hours h where h.assistant_id = s.id and h.status = ${status}), 0)`;
  return db
    .selectFrom('assistants as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .select([
      's.id',
      's.person_id',
      's.unit_id',
      's.academic_year',
      's.semester',
      's.skills_json',
      's.languages_json',
      's.started_on',
      's.ended_on',
      's.version',
      'p.name_zh',
      'p.name_en',
      'p.student_no',
      'p.user_id',
      minutes('approved').as('approved_minutes'),
      minutes('pending').as('pending_minutes'),
      sql<number>`(select count(*) from assistant_tasks t where t.assistant_id = s.id and t.status = 'assigned')`.as(
        'open_tasks',
      ),
    ]);
}
export type AssistantRow = Awaited<ReturnType<ReturnType<typeof assistants>['execute']>>[number];

export function findAssistants(
  db: Db,
  f: { academicYear?: number; semester?: number; units: 'all' | number[]; userId?: number },
) {
  let q = assistants(db);
  if (f.academicYear) q = q.where('s.academic_year', '=', f.academicYear);
  if (f.semester) q = q.where('s.semester', '=', f.semester);
  if (f.units !== 'all') q = f.units.length ? q.where('s.unit_id', 'in', f.units) : q.where(sql<boolean>`1 = 0`);
  if (f.userId !== undefined) q = q.where('p.user_id', '=', f.userId);
  return q
    .orderBy('s.academic_year', 'desc')
    .orderBy('s.semester', 'desc')
    .orderBy('p.name_en')
    .orderBy('s.id')
    .execute();
}

export const findAssistant = (db: Db, id: number) => assistants(db).where('s.id', '=', id).executeTakeFirst();

export function findTasks(db: Db, assistantId: number) {
  return db
    .selectFrom('assistant_tasks')
    .selectAll()
    .where('assistant_id', '=', assistantId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}
export type TaskRow = Awaited<ReturnType<typeof findTasks>>[number];
export const findTask = (db: Db, id: number) =>
  db.selectFrom('assistant_tasks').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertTask(db: Db, row: Insertable<AssistantTasksTable>) {
  return (await db.insertInto('assistant_tasks').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findHours(db: Db, assistantId: number, month?: string) {
  let q = db.selectFrom('assistant_hours').selectAll().where('assistant_id', '=', assistantId);
  if (month) q = q.where('worked_on', '>=', `${month}-01`).where('worked_on', '<=', `${month}-31`);
  return q.orderBy('worked_on').orderBy('id').execute();
}
export type HoursRow = Awaited<ReturnType<typeof findHours>>[number];
export const findHoursEntry = (db: Db, id: number) =>
  db.selectFrom('assistant_hours').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertHours(db: Db, row: Insertable<AssistantHoursTable>) {
  return (await db.insertInto('assistant_hours').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findFeedback(db: Db, assistantId: number) {
  return db
    .selectFrom('assistant_feedback')
    .selectAll()
    .where('assistant_id', '=', assistantId)
    .orderBy('author')
    .execute();
}

export function findFeedbackOf(db: Db, assistantId: number, author: FeedbackAuthor) {
  return db
    .selectFrom('assistant_feedback')
    .selectAll()
    .where('assistant_id', '=', assistantId)
    .where('author', '=', author)
    .executeTakeFirst();
}

export async function insertFeedback(db: Db, row: Insertable<AssistantFeedbackTable>) {
  await db.insertInto('assistant_feedback').values(row).execute();
}

export async function updateFeedback(db: Db, id: number, text: string, rating: number | null, now: string) {
  await db
    .updateTable('assistant_feedback')
    .set({ text, rating, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** The issuing office's names (the OIA unit) for the certificate. */
export function findOfficeNames(db: Db) {
  return db.selectFrom('units').select(['name_zh', 'name_en']).where('code', '=', 'OIA').executeTakeFirst();
}
