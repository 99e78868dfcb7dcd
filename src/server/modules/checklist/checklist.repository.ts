import { sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { MobilityDocumentsTable } from '#server/db/schema.js';
import { keysetPage, type PageWindow, type SortKey } from '#server/lib/keyset.js';
import { countOf, countUpTo } from '#server/lib/paging.js';
import { CHECKLIST_KINDS, CHECKLIST_STATUSES, type ChecklistKind } from '#shared/mobility.js';

/** The mobility with what the checklist and the acceptance letter need: person, host unit, partner. */
export function findMobility(db: Db, id: number) {
  return db
    .selectFrom('mobilities as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('units as u', 'u.id', 'm.unit_id')
    .leftJoin('partners as pa', 'pa.id', 'm.partner_id')
    .select([
      'm.id',
      'm.direction',
      'm.kind',
      'm.person_category',
      'm.status',
      'm.unit_id',
      'm.start_date',
      'm.end_date',
      'm.country',
      'm.host_name_zh',
      'm.host_name_en',
      'm.archived_at',
      'p.id as person_id',
      'p.user_id',
      'p.name_zh',
      'p.name_en',
      'p.nationality',
      'p.student_no',
      'u.name_zh as unit_name_zh',
      'u.name_en as unit_name_en',
      'pa.name_zh as partner_name_zh',
      'pa.name_en as partner_name_en',
      'pa.country as partner_country',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}
export type MobilityRow = NonNullable<Awaited<ReturnType<typeof findMobility>>>;

function items(db: Db) {
  return db
    .selectFrom('mobility_documents as d')
    .innerJoin('units as ou', 'ou.id', 'd.owning_unit_id')
    .innerJoin('mobilities as m', 'm.id', 'd.mobility_id')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('stored_files as sf', 'sf.id', 'd.file_id')
    .leftJoin('users as r', 'r.id', 'd.reviewed_by')
    .leftJoin('users as up', 'up.id', 'd.uploaded_by');
}

const itemColumns = [
  'd.id',
  'd.mobility_id',
  'd.kind',
  'd.owning_unit_id',
  'd.status',
  'd.rejection_reason',
  'd.expires_on',
  'd.file_id',
  'd.file_name',
  'd.uploaded_at',
  'd.notes',
  'd.reviewed_at',
  'd.version',
  'd.updated_at',
  'ou.code as unit_code',
  'ou.name_zh as unit_name_zh',
  'ou.name_en as unit_name_en',
  'sf.content_type',
  'sf.size',
  'r.email as reviewed_by_email',
  'up.name_zh as uploaded_by_name_zh',
  'up.name_en as uploaded_by_name_en',
  'up.email as uploaded_by_email',
  'p.id as person_id',
  'p.user_id',
  'p.name_zh as person_name_zh',
  'p.name_en as person_name_en',
  'p.nationality',
  'm.kind as mobility_kind',
  'm.status as mobility_status',
  'm.start_date',
] as const;

export function findItems(db: Db, mobilityId: number) {
  return items(db).select(itemColumns).where('d.mobility_id', '=', mobilityId).orderBy('d.id').execute();
}
export type ItemRow = Awaited<ReturnType<typeof findItems>>[number];

export function findItem(db: Db, id: number) {
  return items(db).select(itemColumns).where('d.id', '=', id).executeTakeFirst();
}

/**
 * Inbound student mobilities (one, or every one not archived and still running) with the checklist
 * kinds they have; the service creates the missing default items.
 */
export async function findMissingDefaults(db: Db, opts: { mobilityId?: number; endedStatuses: readonly string[] }) {
  let q = db
    .selectFrom('mobilities as m')
    .leftJoin('mobility_documents as d', 'd.mobility_id', 'm.id')
    .select(['m.id', 'd.kind'])
    .where('m.direction', '=', 'inbound')
    .where('m.person_category', '=', 'student');
  q = opts.mobilityId
    ? q.where('m.id', '=', opts.mobilityId)
    : q.where('m.archived_at', 'is', null).where('m.status', 'not in', [...opts.endedStatuses]);
  const rows = await q.execute();
  const have = new Map<number, Set<string>>();
  for (const r of rows) {
    const kinds = have.get(r.id) ?? new Set<string>();
    if (r.kind) kinds.add(r.kind);
    have.set(r.id, kinds);
  }
  return [...have].flatMap(([mobilityId, kinds]) =>
    CHECKLIST_KINDS.filter((k) => !kinds.has(k)).map((kind) => ({ mobilityId, kind })),
  );
}

/** Inserts default items; a concurrent first read may have created some already (then nothing happens for those). */
export async function insertDefaults(
  trx: Db,
  rows: { mobilityId: number; kind: ChecklistKind; owningUnitId: number }[],
  now: string,
) {
  const out: { id: number; mobility_id: number; kind: string }[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const inserted = await trx
      .insertInto('mobility_documents')
      .values(
        rows.slice(i, i + 200).map((r) => ({
          mobility_id: r.mobilityId,
          kind: r.kind,
          owning_unit_id: r.owningUnitId,
          status: 'pending',
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['mobility_id', 'kind']).doNothing())
      .returning(['id', 'mobility_id', 'kind'])
      .execute();
    out.push(...inserted);
  }
  return out;
}

export type ItemChanges = Updateable<MobilityDocumentsTable>;

/** The office's queue filter as the service resolved it. */
export type QueueFilter = {
  units: number[];
  /** Health-check items only where the actor may see them (unit ids). */
  healthUnits: number[];
  status?: (typeof CHECKLIST_STATUSES)[number];
  kind?: ChecklistKind;
  expiringBetween?: [string, string];
};

function queue(db: Db, f: QueueFilter, withStatus: boolean) {
  let q = items(db).where('m.archived_at', 'is', null);
  q = q.where(f.units.length ? (eb) => eb('d.owning_unit_id', 'in', f.units) : sql<boolean>`1 = 0`);
  q = q.where((eb) =>
    f.healthUnits.length
      ? eb.or([eb('d.kind', '!=', 'health_check'), eb('d.owning_unit_id', 'in', f.healthUnits)])
      : eb('d.kind', '!=', 'health_check'),
  );
  if (withStatus && f.status) q = q.where('d.status', '=', f.status);
  if (f.kind) q = q.where('d.kind', '=', f.kind);
  if (f.expiringBetween) {
    const [from, to] = f.expiringBetween;
    q = q.where('d.expires_on', '>=', from).where('d.expires_on', '<=', to);
  }
  return q;
}

/** Under review first (the office's work), then by expiry (soonest first, none last), then id (ADR 0035). */
export const queueSortKeys = (order: 'asc' | 'desc'): SortKey[] => [
  {
    expr: sql`case d.status when 'under_review' then 0 when 'rejected' then 1 when 'pending' then 2 else 3 end`,
    dir: 'asc',
  },
  { expr: sql.ref('d.expires_on'), dir: order, nullable: true },
  { expr: sql.ref('d.id'), dir: order },
];

export function findQueue(db: Db, f: QueueFilter, order: 'asc' | 'desc', window: PageWindow) {
  return keysetPage(queue(db, f, true).select(itemColumns), queueSortKeys(order), window);
}

export const countQueue = (db: Db, f: QueueFilter, cap?: number) =>
  cap === undefined ? countOf(queue(db, f, true)) : countUpTo(queue(db, f, true), cap);

/** How many items of the (otherwise filtered) queue are in each status. */
export async function countByStatus(db: Db, f: QueueFilter) {
  const rows = await queue(db, f, false)
    .select((eb) => ['d.status', eb.fn.countAll<number>().as('n')])
    .groupBy('d.status')
    .execute();
  const counts = Object.fromEntries(CHECKLIST_STATUSES.map((s) => [s, 0])) as Record<
    (typeof CHECKLIST_STATUSES)[number],
    number
  >;
  for (const r of rows) if (r.status in counts) counts[r.status as keyof typeof counts] = Number(r.n);
  return counts;
}

/** Who saw or downloaded a health document (special-category data), for breach reporting. */
export async function logHealthAccess(
  db: Db,
  rows: { userId: number; personId: number; action: 'reveal' | 'download'; detail: string; ip: string; at: string }[],
) {
  if (!rows.length) return;
  await db
    .insertInto('pii_access_log')
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        person_id: r.personId,
        field: 'healthDocument',
        action: r.action,
        detail: r.detail,
        ip: r.ip,
        created_at: r.at,
      })),
    )
    .execute();
}

export async function unitIdsByCode(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('units').select(['id', 'code']).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}
