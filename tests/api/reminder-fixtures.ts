import { sql } from 'kysely';
import { type Db, openPostgres } from '#server/db/client.js';
import type { JobDeps } from '#server/jobs/scheduler.js';
import type { StoredAgreementStatus } from '#shared/enums.js';
import { MAIL_TOPICS } from '#shared/notifications.js';
import type { TestApp } from '#tests/setup/app.js';

/** Agreements written straight into the database for reminder and mail tests (no dependency on the agreements API). */
export type AgreementFixture = {
  title?: string;
  titleZh?: string | null;
  endDate?: string | null;
  noticeDate?: string | null;
  openEnded?: boolean;
  status?: StoredAgreementStatus;
  owningUnit?: string | null;
  signed?: boolean;
  archived?: boolean;
  activatedAt?: string;
};

const stamp = '2029-01-01T00:00:00.000Z';

export async function unitId(db: Db, code: string): Promise<number> {
  const row = await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

export async function userId(db: Db, email: string): Promise<number> {
  const row = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  return row.id;
}

export async function insertAgreement(db: Db, f: AgreementFixture = {}): Promise<number> {
  const title = f.title ?? 'Reminder test agreement';
  const { id } = await db
    .insertInto('agreements')
    .values({
      kind: 'student_exchange',
      title_en: title,
      title_zh: f.titleZh === undefined ? '提醒測試協議' : f.titleZh,
      search_text: title.toLowerCase(),
      status: f.status ?? 'active',
      owning_unit_id: f.owningUnit ? await unitId(db, f.owningUnit) : null,
      start_date: '2025-01-01',
      end_date: f.openEnded ? null : (f.endDate ?? null),
      notice_date: f.openEnded ? null : (f.noticeDate ?? null),
      open_ended: f.openEnded ? 1 : 0,
      auto_renew: 0,
      generation: 1,
      status_changed_at: f.activatedAt ?? stamp,
      archived_at: f.archived ? stamp : null,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const partner = await db
    .selectFrom('partners')
    .select('id')
    .where('name_zh', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('agreement_partners')
    .values({ agreement_id: id, partner_id: partner.id, sort_order: 0 })
    .execute();
  if (f.signed !== false) await addSignedFile(db, id);
  return id;
}

export async function addSignedFile(db: Db, agreementId: number): Promise<number> {
  const file = await db
    .insertInto('stored_files')
    .values({
      sha256: 'f'.repeat(64),
      size: 4,
      content_type: 'application/pdf',
      data: Buffer.from('%PDF'),
      created_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('agreement_files')
    .values({
      agreement_id: agreementId,
      file_id: file.id,
      kind: 'signed',
      file_name: '簽署本.pdf',
      uploaded_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The app's job dependencies with the database swapped (a second pool) and/or a fixed clock. */
export function jobDeps(t: TestApp, over: Partial<JobDeps> = {}): JobDeps {
  const { db, env, clock } = t.app.deps;
  return { db, env, clock, ...over };
}

export const fixedClock = (isoInstant: string) => ({ now: () => new Date(isoInstant) });

/**
 * A second, independent connection pool to the test database, as another app instance would have
 * (PostgreSQL). SQLite serves one process through one connection — a second in-process connection would
 * block the event loop waiting for the first's write lock — so there the same handle is returned and
 * Kysely serializes the two callers' transactions.
 */
export async function secondPool(t: TestApp): Promise<{ db: Db; close: () => Promise<void> }> {
  if (t.db.dialect !== 'postgres') return { db: t.db.db, close: async () => {} };
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db.db);
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${rows[0]?.name}`;
  const handle = openPostgres(url.toString(), 3);
  return { db: handle.db, close: () => handle.db.destroy() };
}

/**
 * Every user of the database so far gets each notification mailed on its own ('each'), as before the
 * digest: for the tests of what one reminder's mail says. The digest has its own tests (mail-digest.test.ts).
 */
export async function mailEachNotification(db: Db): Promise<void> {
  const users = await db.selectFrom('users').select('id').execute();
  const rows = users.flatMap((u) =>
    MAIL_TOPICS.map((topic) => ({ user_id: u.id, topic, mode: 'each' as const, updated_at: stamp })),
  );
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('notification_preferences')
      .values(rows.slice(i, i + 200))
      .onConflict((oc) => oc.columns(['user_id', 'topic']).doUpdateSet({ mode: 'each' }))
      .execute();
}
