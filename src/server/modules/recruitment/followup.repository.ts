import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { RecruitmentFollowupsTable, RecruitmentTemplatesTable } from '#server/db/schema.js';

export const findTemplates = (db: Db) => db.selectFrom('recruitment_templates').selectAll().orderBy('name').execute();
export const findTemplate = (db: Db, id: number) =>
  db.selectFrom('recruitment_templates').selectAll().where('id', '=', id).executeTakeFirst();
export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

export async function insertTemplate(db: Db, row: Insertable<RecruitmentTemplatesTable>) {
  const { id } = await db.insertInto('recruitment_templates').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function insertFollowups(db: Db, rows: Insertable<RecruitmentFollowupsTable>[]) {
  if (!rows.length) return Promise.resolve();
  return db.insertInto('recruitment_followups').values(rows).execute();
}
