import { sql } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { RetentionKind } from '#shared/privacy.js';

// ── Policies and runs ──

export function findPolicies(db: Db) {
  return db.selectFrom('retention_policies').selectAll().orderBy('kind').execute();
}

export function findPolicy(db: Db, kind: RetentionKind) {
  return db.selectFrom('retention_policies').selectAll().where('kind', '=', kind).executeTakeFirst();
}

export async function updatePolicy(
  db: Db,
  kind: RetentionKind,
  version: number,
  values: { years: number; enabled: number; updated_by: number; updated_at: string },
): Promise<boolean> {
  const res = await db
    .updateTable('retention_policies')
    .set({ ...values, version: sql`version + 1` })
    .where('kind', '=', kind)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertRun(
  db: Db,
  row: { dry_run: number; run_on: string; actor_id: number | null; result_json: string; created_at: string },
) {
  const { id } = await db.insertInto('retention_runs').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

const runColumns = (db: Db) =>
  db
    .selectFrom('retention_runs as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .select(['r.id', 'r.dry_run', 'r.run_on', 'r.result_json', 'r.created_at', 'u.name_zh', 'u.name_en']);

export function findRuns(db: Db, limit: number) {
  return runColumns(db).orderBy('r.id', 'desc').limit(limit).execute();
}

export function findRun(db: Db, id: number) {
  return runColumns(db).where('r.id', '=', id).executeTakeFirst();
}

// ── What is past its period ──

/** Application statuses that never led to a place: their personal content outlives its purpose. */
const UNSELECTED = [
  'draft',
  'withdrawn',
  'ineligible',
  'not_selected',
  'waitlisted',
  'rejected_by_partner',
  'declined',
];

/** The ids past the cutoff (YYYY-MM-DD) for a kind, not yet anonymised. */
export async function findExpired(db: Db, kind: RetentionKind, cutoff: string): Promise<number[]> {
  if (kind === 'unselected_applications') {
    const rows = await db
      .selectFrom('applications as a')
      .innerJoin('calls as c', 'c.id', 'a.call_id')
      .select('a.id')
      .where('a.anonymised_at', 'is', null)
      .where('a.mobility_id', 'is', null)
      .where('a.status', 'in', UNSELECTED as never[])
      .where('c.deadline', '<', cutoff)
      .orderBy('a.id')
      .execute();
    return rows.map((r) => r.id);
  }
  if (kind === 'inbound_documents') {
    const rows = await db
      .selectFrom('mobility_documents as d')
      .innerJoin('mobilities as m', 'm.id', 'd.mobility_id')
      .select('d.id')
      .where('d.anonymised_at', 'is', null)
      .where('m.end_date', '<', cutoff)
      .orderBy('d.id')
      .execute();
    return rows.map((r) => r.id);
  }
  // Archived before the cutoff, and no mobility that ends after it (or has no end yet).
  const rows = await db
    .selectFrom('people as p')
    .select('p.id')
    .where('p.anonymised_at', 'is', null)
    .where('p.archived_at', 'is not', null)
    .where('p.archived_at', '<', cutoff)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('mobilities as m')
            .select('m.id')
            .whereRef('m.person_id', '=', 'p.id')
            .where((w) => w.or([w('m.end_date', 'is', null), w('m.end_date', '>=', cutoff)])),
        ),
      ),
    )
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}

/** The stored files the records of a kind hold (for the dry run's count and for deletion). */
export async function filesOf(db: Db, kind: RetentionKind, ids: number[]): Promise<number[]> {
  if (!ids.length || kind === 'former_people') return [];
  const rows =
    kind === 'unselected_applications'
      ? await db.selectFrom('application_documents').select('file_id').where('application_id', 'in', ids).execute()
      : await db
          .selectFrom('mobility_documents')
          .select('file_id')
          .where('id', 'in', ids)
          .where('file_id', 'is not', null)
          .execute();
  return [...new Set(rows.map((r) => r.file_id as number))];
}

// ── Anonymising (inside the run's transaction) ──

export async function anonymiseApplications(trx: Db, ids: number[], now: string) {
  await trx.deleteFrom('application_documents').where('application_id', 'in', ids).execute();
  await trx.updateTable('application_scores').set({ comment: null }).where('application_id', 'in', ids).execute();
  await trx
    .updateTable('applications')
    .set({
      form_json: '{}',
      gpa: null,
      language_cert: null,
      adjustment_reason: null,
      ineligible_reasons: null,
      anonymised_at: now,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', 'in', ids)
    .execute();
}

export async function anonymiseDocuments(trx: Db, ids: number[], now: string) {
  await trx
    .updateTable('mobility_documents')
    .set({
      file_id: null,
      file_name: null,
      notes: null,
      rejection_reason: null,
      anonymised_at: now,
      updated_at: now,
      version: sql`version + 1`,
    })
    .where('id', 'in', ids)
    .execute();
}

/**
 * Clears what identifies the person; keeps what the Ministry's tables and the indicators count (kind,
 * unit, level, program type, study time, nationality, gender) and the mobilities themselves.
 */
export async function anonymisePeople(trx: Db, ids: number[], now: string) {
  for (const id of ids) {
    await trx
      .updateTable('people')
      .set({
        name_zh: `已去識別化 #${id}`,
        name_en: `Anonymised #${id}`,
        student_no: null,
        staff_no: null,
        birth_date: null,
        email: null,
        phone: null,
        gpa: null,
        passport_no_enc: null,
        passport_no_hint: null,
        passport_expiry: null,
        arc_no_enc: null,
        arc_no_hint: null,
        arc_expiry: null,
        work_permit_expiry: null,
        notes: null,
        search_text: `anonymised #${id}`,
        anonymised_at: now,
        updated_at: now,
        version: sql`version + 1`,
      })
      .where('id', '=', id)
      .execute();
  }
  await trx.updateTable('mobilities').set({ notes: null }).where('person_id', 'in', ids).execute();
}

/** The audit log keeps who did what and when, but no longer the anonymised records' snapshots. */
export async function clearSnapshots(trx: Db, entityType: string, ids: number[]) {
  const blank = { before_json: null, after_json: null };
  await trx
    .updateTable('audit_log')
    .set(blank)
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', ids)
    .execute();
  await trx
    .updateTable('audit_log')
    .set(blank)
    .where('parent_type', '=', entityType)
    .where('parent_id', 'in', ids)
    .execute();
}

/** Deletes the stored files nothing refers to any more (a file's bytes are shared by identical uploads). */
export async function deleteUnreferencedFiles(trx: Db, fileIds: number[]): Promise<number> {
  if (!fileIds.length) return 0;
  const res = await trx
    .deleteFrom('stored_files as f')
    .where('f.id', 'in', fileIds)
    .where(({ not, exists, selectFrom, and }) =>
      and([
        not(exists(selectFrom('application_documents').select('id').whereRef('file_id', '=', 'f.id'))),
        not(exists(selectFrom('mobility_documents').select('id').whereRef('file_id', '=', 'f.id'))),
        not(exists(selectFrom('agreement_files').select('id').whereRef('file_id', '=', 'f.id'))),
        not(exists(selectFrom('report_builds').select('id').whereRef('file_id', '=', 'f.id'))),
        not(exists(selectFrom('university_profile').select('id').whereRef('logo_file_id', '=', 'f.id'))),
        not(exists(selectFrom('import_batches').select('id').whereRef('sha256', '=', 'f.sha256'))),
      ]),
    )
    .executeTakeFirst();
  return Number(res.numDeletedRows);
}
