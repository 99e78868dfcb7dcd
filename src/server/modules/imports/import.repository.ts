import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { AgreementsTable, ImportBatchesTable, PartnersTable } from '#server/db/schema.js';
import type { ImportStatus } from '#shared/enums.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ── Batches ──────────────────────────────────────────────────────────────────

export async function insertBatch(db: Db, row: Insertable<ImportBatchesTable>): Promise<number> {
  const { id } = await db.insertInto('import_batches').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findBatch(db: Db, id: number) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
}
export type BatchRow = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

/** The batch without its report (for polling progress). */
export function findBatchStatus(db: Db, id: number) {
  return db
    .selectFrom('import_batches')
    .select(['id', 'status', 'total_rows', 'processed_rows'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Moves a batch from `from` to `to`; false when another request moved it first. */
export async function moveBatch(
  db: Db,
  id: number,
  from: ImportStatus[],
  values: Updateable<ImportBatchesTable> & { status: ImportStatus },
): Promise<boolean> {
  const result = await db
    .updateTable('import_batches')
    .set(values)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function setProgress(db: Db, id: number, processed: number) {
  return db.updateTable('import_batches').set({ processed_rows: processed }).where('id', '=', id).execute();
}

// ── The uploaded file (kept in stored_files, found again by its content hash) ──

export async function storeFile(db: Db, sha256: string, data: Buffer, now: string): Promise<void> {
  const found = await db
    .selectFrom('stored_files')
    .select('id')
    .where('sha256', '=', sha256)
    .where('size', '=', data.length)
    .executeTakeFirst();
  if (found) return;
  await db
    .insertInto('stored_files')
    .values({ sha256, size: data.length, content_type: XLSX_TYPE, data, created_at: now })
    .execute();
}

export async function fileData(db: Db, sha256: string): Promise<Buffer | undefined> {
  const row = await db.selectFrom('stored_files').select('data').where('sha256', '=', sha256).executeTakeFirst();
  return row ? Buffer.from(row.data) : undefined;
}

// ── What the rows are matched against: the registry, read once per import ──

export function loadUnits(db: Db) {
  return db.selectFrom('units').select(['id', 'code', 'name_zh', 'name_en']).orderBy('id').execute();
}

export function loadPartners(db: Db) {
  return db.selectFrom('partners').selectAll().orderBy('id').execute();
}
export type ExistingPartner = Awaited<ReturnType<typeof loadPartners>>[number];

export function loadAgreements(db: Db) {
  return db.selectFrom('agreements').selectAll().orderBy('id').execute();
}
export type ExistingAgreement = Awaited<ReturnType<typeof loadAgreements>>[number];

export function loadAgreementPartners(db: Db) {
  return db
    .selectFrom('agreement_partners')
    .select(['agreement_id', 'partner_id'])
    .orderBy('agreement_id')
    .orderBy('sort_order')
    .execute();
}

/** PostgreSQL: one import writes at a time, so two imports of one file cannot both create a record. */
export async function lockImports(trx: Db, dialect: 'sqlite' | 'postgres') {
  // SQLite already runs one write transaction at a time.
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('meridian.import'))`.execute(trx);
}

// ── Writes ───────────────────────────────────────────────────────────────────

export async function insertPartner(trx: Db, row: Insertable<PartnersTable>): Promise<number> {
  const { id } = await trx.insertInto('partners').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updatePartner(trx: Db, id: number, values: Updateable<PartnersTable>) {
  await trx
    .updateTable('partners')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertAgreement(trx: Db, row: Insertable<AgreementsTable>): Promise<number> {
  const { id } = await trx.insertInto('agreements').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function updateAgreement(trx: Db, id: number, values: Updateable<AgreementsTable>) {
  await trx
    .updateTable('agreements')
    .set({ ...values, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

type Link = { agreement_id: number; partner_id: number; sort_order: number };

/** New agreement–partner links, many per statement. */
export async function insertLinks(trx: Db, links: Link[]) {
  for (let i = 0; i < links.length; i += 1000) {
    await trx
      .insertInto('agreement_partners')
      .values(links.slice(i, i + 1000))
      .execute();
  }
}

/** Links an agreement to exactly these partners; links that stay keep their faculty details. */
export async function linkPartners(trx: Db, agreementId: number, partnerIds: number[], linked: number[]) {
  const removed = linked.filter((id) => !partnerIds.includes(id));
  if (removed.length) {
    await trx
      .deleteFrom('agreement_partners')
      .where('agreement_id', '=', agreementId)
      .where('partner_id', 'in', removed)
      .execute();
  }
  await insertLinks(
    trx,
    partnerIds
      .map((partnerId, i) => ({ agreement_id: agreementId, partner_id: partnerId, sort_order: i }))
      .filter((l) => !linked.includes(l.partner_id)),
  );
}
