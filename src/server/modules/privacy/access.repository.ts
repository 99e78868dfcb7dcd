import type { Db } from '#server/db/client.js';
import { countOf } from '#server/lib/paging.js';

/** Every record about a person, one query per kind of record that holds their data. */
export async function findRecordsOf(db: Db, personId: number, userId: number | null) {
  const mobilities = await db
    .selectFrom('mobilities')
    .select(['id', 'direction', 'kind', 'country', 'start_date', 'updated_at'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const applications = await db
    .selectFrom('applications as a')
    .innerJoin('calls as c', 'c.id', 'a.call_id')
    .select(['a.id', 'a.status', 'c.title_zh', 'c.title_en', 'a.updated_at'])
    .where('a.person_id', '=', personId)
    .orderBy('a.id')
    .execute();
  const appIds = applications.map((a) => a.id);
  const mobilityIds = mobilities.map((m) => m.id);
  const applicationDocuments = appIds.length
    ? await db
        .selectFrom('application_documents')
        .select(['id', 'doc_code', 'file_name', 'uploaded_at'])
        .where('application_id', 'in', appIds)
        .orderBy('id')
        .execute()
    : [];
  const checklist = mobilityIds.length
    ? await db
        .selectFrom('mobility_documents')
        .select(['id', 'kind', 'status', 'file_name', 'updated_at'])
        .where('mobility_id', 'in', mobilityIds)
        .orderBy('id')
        .execute()
    : [];
  const funding = mobilityIds.length
    ? await db
        .selectFrom('mobility_funding')
        .select(['id', 'amount', 'created_at'])
        .where('mobility_id', 'in', mobilityIds)
        .orderBy('id')
        .execute()
    : [];
  const activities = await db
    .selectFrom('activities')
    .select(['id', 'kind', 'title_zh', 'title_en', 'start_date'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const consents = await db
    .selectFrom('consents')
    .select(['id', 'purpose', 'agreed_on', 'withdrawn_on'])
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
  const account = userId
    ? await db.selectFrom('users').select(['id', 'email', 'updated_at']).where('id', '=', userId).executeTakeFirst()
    : undefined;
  return { mobilities, applications, applicationDocuments, checklist, funding, activities, consents, account };
}

const accessColumns = (db: Db) =>
  db
    .selectFrom('pii_access_log as l')
    .leftJoin('users as u', 'u.id', 'l.user_id')
    .leftJoin('people as p', 'p.id', 'l.person_id')
    .select([
      'l.id',
      'l.created_at',
      'l.user_id',
      'u.email',
      'u.name_zh as user_zh',
      'u.name_en as user_en',
      'l.person_id',
      'p.name_zh as person_zh',
      'p.name_en as person_en',
      'l.action',
      'l.field',
      'l.detail',
      'l.ip',
    ]);
export type AccessRow = Awaited<ReturnType<typeof findAccessesOf>>[number];

/** Every reveal, export and download of one person's personal data, oldest first. */
export function findAccessesOf(db: Db, personId: number) {
  return accessColumns(db).where('l.person_id', '=', personId).orderBy('l.id').execute();
}

/** Changes to the person and their records (the audit log), oldest first, at most `limit`. */
export function findChangesOf(
  db: Db,
  personId: number,
  related: { mobility: number[]; application: number[] },
  limit: number,
) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .select(['a.id', 'a.at', 'a.action', 'a.entity_type', 'u.name_zh', 'u.name_en'])
    .where((eb) =>
      eb.or([
        eb.and([eb('a.entity_type', '=', 'person'), eb('a.entity_id', '=', personId)]),
        eb.and([eb('a.parent_type', '=', 'person'), eb('a.parent_id', '=', personId)]),
        ...(related.mobility.length
          ? [eb.and([eb('a.entity_type', '=', 'mobility'), eb('a.entity_id', 'in', related.mobility)])]
          : []),
        ...(related.application.length
          ? [eb.and([eb('a.entity_type', '=', 'application'), eb('a.entity_id', 'in', related.application)])]
          : []),
      ]),
    )
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

/** Accesses in [from, to) (ISO timestamps), oldest first, a page at a time. */
export function findAccessesBetween(db: Db, from: string, to: string, limit: number, offset: number) {
  return accessColumns(db)
    .where('l.created_at', '>=', from)
    .where('l.created_at', '<', to)
    .orderBy('l.id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** How many accesses, and of how many people by how many users, in [from, to). */
export async function countAccessesBetween(db: Db, from: string, to: string) {
  const range = db.selectFrom('pii_access_log').where('created_at', '>=', from).where('created_at', '<', to);
  const total = await countOf(range);
  const distinct = await range
    .select((eb) => [
      eb.fn.count<number>('person_id').distinct().as('people'),
      eb.fn.count<number>('user_id').distinct().as('users'),
    ])
    .executeTakeFirst();
  return { total, people: Number(distinct?.people ?? 0), users: Number(distinct?.users ?? 0) };
}
