import { type Insertable, type SelectQueryBuilder, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { Database, EnquiriesTable, EnquiryCategoriesTable, EnquirySavedRepliesTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import type { EnquiryListQuery } from '#shared/schemas/enquiries.js';

/** The list filter as the service resolved it: the divisions the user may see, and the user (for "mine"). */
export type EnquiryFilter = Omit<EnquiryListQuery, 'page' | 'pageSize' | 'order' | 'cursor' | 'count'> & {
  visibleUnits: 'all' | number[];
  userId: number;
};

const ROW = [
  'e.id',
  'e.reference',
  'e.category_code',
  'e.unit_id',
  'e.status',
  'e.locale',
  'e.name',
  'e.email',
  'e.subject',
  'e.body',
  'e.assignee_id',
  'e.received_at',
  'e.first_response_due',
  'e.resolution_due',
  'e.first_response_at',
  'e.resolved_at',
  'e.rating',
  'e.rating_comment',
  'e.version',
  'u.name_zh as assignee_name_zh',
  'u.name_en as assignee_name_en',
] as const;

const joined = (db: Db) => db.selectFrom('enquiries as e').leftJoin('users as u', 'u.id', 'e.assignee_id');

/** Only the enquiries of these divisions ('all': every one); the query names the enquiries table `e`. */
export function visible<Q extends SelectQueryBuilder<Database & { e: EnquiriesTable }, 'e', object>>(
  q: Q,
  units: 'all' | number[],
): Q {
  if (units === 'all') return q;
  return (units.length ? q.where('e.unit_id', 'in', units) : q.where(sql<boolean>`1 = 0`)) as Q;
}

function listQuery(db: Db, f: EnquiryFilter) {
  let q = visible(joined(db), f.visibleUnits);
  if (f.status) q = q.where('e.status', '=', f.status);
  if (f.categoryCode) q = q.where('e.category_code', '=', f.categoryCode);
  if (f.mine) q = q.where('e.assignee_id', '=', f.userId);
  return q;
}

/** The queue's order: newest received first, then id (unique); migration 045 indexes it (ADR 0035). */
export const ENQUIRY_SORT_KEYS: SortKey[] = [
  { expr: sql.ref('e.received_at'), dir: 'desc' },
  { expr: sql.ref('e.id'), dir: 'desc' },
];

/** A page of the queue, after a cursor or at an offset (lib/keyset.ts). */
export const findEnquiries = (db: Db, f: EnquiryFilter, window: PageWindow) =>
  keysetPage(listQuery(db, f).select(ROW), ENQUIRY_SORT_KEYS, window);
/** The total of a filter: exact, or up to `cap` + 1 ("more than cap") when a cap is given. */
export const countEnquiries = (db: Db, f: EnquiryFilter, cap?: number) =>
  cap === undefined ? countOf(listQuery(db, f).select('e.id')) : countUpTo(listQuery(db, f), cap);
export type EnquiryRow = NonNullable<Awaited<ReturnType<typeof findEnquiry>>>;

export const findEnquiry = (db: Db, id: number) => joined(db).select(ROW).where('e.id', '=', id).executeTakeFirst();

export async function insertEnquiry(trx: Db, values: Insertable<EnquiriesTable>): Promise<number> {
  const { id } = await trx.insertInto('enquiries').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

export const setEnquiry = (trx: Db, id: number, values: Updateable<EnquiriesTable>) =>
  trx.updateTable('enquiries').set(values).where('id', '=', id).execute();

export const findMessages = (db: Db, enquiryId: number) =>
  db
    .selectFrom('enquiry_messages as m')
    .leftJoin('users as u', 'u.id', 'm.author_id')
    .select(['m.id', 'm.kind', 'm.body', 'm.created_at', 'u.name_zh', 'u.name_en'])
    .where('m.enquiry_id', '=', enquiryId)
    .orderBy('m.id')
    .execute();

export const insertMessage = (
  trx: Db,
  m: { enquiry_id: number; kind: 'note' | 'reply'; body: string; author_id: number; created_at: string },
) => trx.insertInto('enquiry_messages').values(m).execute();

/** Active OIA staff assigned inside these units: who an enquiry of a division can be given to. */
export const findStaffIn = (db: Db, unitIds: number[]) =>
  unitIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('users as u')
        .innerJoin('user_roles as r', 'r.user_id', 'u.id')
        .select(['u.id', 'u.email', 'u.locale', 'u.name_zh', 'u.name_en'])
        .where('r.role', '=', 'oia_staff')
        .where('r.unit_id', 'in', unitIds)
        .where('u.active', '=', 1)
        .distinct()
        .orderBy('u.id')
        .execute();

export const findByRatingToken = (db: Db, hash: string) =>
  db.selectFrom('enquiries').select(['id', 'rated_at']).where('rating_token_hash', '=', hash).executeTakeFirst();

// ——— categories ———

export const findCategories = (db: Db, activeOnly = false) => {
  let q = db.selectFrom('enquiry_categories').selectAll();
  if (activeOnly) q = q.where('active', '=', 1);
  return q.orderBy('sort_order').orderBy('code').execute();
};
export const findCategory = (db: Db, code: string) =>
  db.selectFrom('enquiry_categories').selectAll().where('code', '=', code).executeTakeFirst();
export const updateCategory = (trx: Db, code: string, values: Updateable<EnquiryCategoriesTable>) =>
  trx.updateTable('enquiry_categories').set(values).where('code', '=', code).execute();
export const unitExists = async (db: Db, id: number) =>
  (await db.selectFrom('units').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
export const unitIdOf = async (db: Db, code: string) =>
  (await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst())?.id ?? null;

/** What the figures need of the enquiries received in [from, to) (instants; no personal data). */
export const findForFigures = (db: Db, units: 'all' | number[], from: string, to: string) =>
  visible(db.selectFrom('enquiries as e'), units)
    .select([
      'e.category_code',
      'e.received_at',
      'e.first_response_due',
      'e.resolution_due',
      'e.first_response_at',
      'e.resolved_at',
      'e.rating',
    ])
    .where('e.received_at', '>=', from)
    .where('e.received_at', '<', to)
    .execute();

/** Enquiries still waiting for a first reply or a resolution: the reminder job's candidates. */
export const findOpen = (db: Db) =>
  db
    .selectFrom('enquiries')
    .select([
      'id',
      'reference',
      'subject',
      'unit_id',
      'assignee_id',
      'first_response_due',
      'resolution_due',
      'first_response_at',
    ])
    .where('status', '!=', 'closed')
    .orderBy('id')
    .execute();

export const findUsersByIds = (db: Db, ids: number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.selectFrom('users').select(['id', 'email', 'locale', 'name_zh', 'name_en']).where('id', 'in', ids).execute();

export const findSavedReplies = (db: Db) => db.selectFrom('enquiry_saved_replies').selectAll().orderBy('id').execute();
export const insertSavedReply = (trx: Db, values: Insertable<EnquirySavedRepliesTable>) =>
  trx.insertInto('enquiry_saved_replies').values(values).returningAll().executeTakeFirstOrThrow();

/**
 * Every read of an enquirer's personal data (their name in the queue, name and e-mail on the record) is
 * logged as the privacy module logs personal-data reads (pii_access_log; no person row: `detail` names
 * the enquiry), so a subject-access or breach report can say who saw whose address when.
 */
export async function logEnquirerReads(
  db: Db,
  r: { userId: number; ip: string | null; at: string; enquiryIds: number[]; fields: 'name' | 'nameAndEmail' },
): Promise<void> {
  if (!r.enquiryIds.length) return;
  const field = r.fields === 'name' ? 'enquirerName' : 'enquirerNameEmail';
  await db
    .insertInto('pii_access_log')
    .values(
      r.enquiryIds.map((id) => ({
        user_id: r.userId,
        person_id: null,
        field,
        action: 'reveal' as const,
        detail: `enquiry:${id}`,
        ip: r.ip,
        created_at: r.at,
      })),
    )
    .execute();
}

/** An enquiry already stored from this mail (IMAP intake: a mail is fetched again until marked seen). */
export const findByMessageId = (db: Db, messageId: string) =>
  db.selectFrom('enquiries').select('id').where('message_id', '=', messageId).executeTakeFirst();
