/**
 * tsx bench/explain.ts --lists [--copies 2000] [--pg postgres://…/own_database]
 * The plans of the lists issue 24's third pass converted to keyset paging (ADR 0035): the enquiry queue,
 * the outbox, a call's applications, users, events and visits. The bench datasets hold none of these, so
 * this builds its own: the demo, then each list's demo rows copied `--copies` times (the copies spread over
 * time), ANALYZE, and then the queries the repositories build — page 1, the page after a cursor and the
 * probed count — captured as compiled and explained (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on
 * PostgreSQL). `--pg` must name a database of your own: its tables are dropped and rebuilt.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CompiledQuery, createQueryId, type KyselyPlugin, type RawBuilder, type RootOperationNode, sql } from 'kysely';
import { type Db, type DbHandle, openPostgres, openSqlite } from '#server/db/client.js';
import { migrateToLatest } from '#server/db/migrate.js';
import { seedReference } from '#server/db/reference.js';
import { seedDemo } from '#server/demo/index.js';
import { COUNT_PROBE } from '#server/lib/paging.js';
import { piiCipher } from '#server/lib/pii.js';
import { enqueueMail, findMails } from '#server/mail/outbox.repository.js';
import { findApplications } from '#server/modules/calls/application.repository.js';
import { countEnquiries, findEnquiries } from '#server/modules/enquiries/enquiry.repository.js';
import { countEvents, findEvents } from '#server/modules/events/event.repository.js';
import { findUsers } from '#server/modules/users/user.repository.js';
import { countVisits, findVisits } from '#server/modules/visits/visit.repository.js';
import { explainFourthPass } from './explain-lists-4.js';

type Copy = { table: string; skip: string[]; set: (i: RawBuilder<unknown>) => Record<string, RawBuilder<unknown>> };

/** A timestamp `minutes` after 2020-01-01, as the app writes them (ISO, UTC). */
const at = (handle: DbHandle, minutes: RawBuilder<unknown>) =>
  handle.dialect === 'sqlite'
    ? sql`strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || (${minutes}) || ' minutes')`
    : sql`to_char(timestamp '2020-01-01' + (${minutes}) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (handle: DbHandle, days: RawBuilder<unknown>) =>
  handle.dialect === 'sqlite'
    ? sql`date('2020-01-01', '+' || (${days}) || ' days')`
    : sql`to_char(date '2020-01-01' + (${days})::int, 'YYYY-MM-DD')`;

/** Every row of `table` copied `copies` times in one statement (a recursive counter), with overrides. */
export async function multiply(db: Db, copy: Copy, copies: number) {
  const sample = (await sql`select * from ${sql.table(copy.table)} limit 1`.execute(db)).rows[0];
  if (!sample) return;
  const i = sql.ref('n.i');
  const set = copy.set(i);
  const cols = Object.keys(sample).filter((c) => c !== 'id' && !copy.skip.includes(c));
  const values = cols.map((c) => set[c] ?? sql.ref(`t.${c}`));
  await sql`insert into ${sql.table(copy.table)} (${sql.join(cols.map((c) => sql.ref(c)))})
    with recursive n(i) as (select 1 union all select i + 1 from n where i < ${copies})
    select ${sql.join(values)} from ${sql.table(copy.table)} t cross join n`.execute(db);
}

/** The queries a piece of repository code runs, compiled, in order. */
async function captured(handle: DbHandle, run: (db: Db) => Promise<unknown>): Promise<CompiledQuery[]> {
  const nodes: RootOperationNode[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      nodes.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  await run(handle.db.withPlugin(plugin));
  return nodes.map((n) => handle.db.getExecutor().compileQuery(n, createQueryId()));
}

export async function explain(handle: DbHandle, title: string, run: (db: Db) => Promise<unknown>) {
  for (const q of await captured(handle, run)) {
    const t0 = performance.now();
    const rows = (await handle.db.executeQuery(q)).rows.length;
    const ms = performance.now() - t0;
    console.log(`\n── ${title}: ${ms.toFixed(2)} ms, ${rows} rows  ${q.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
    const prefix = handle.dialect === 'sqlite' ? 'explain query plan ' : 'explain (analyze, buffers) ';
    const plan = await handle.db.executeQuery(CompiledQuery.raw(prefix + q.sql, [...q.parameters]));
    for (const row of plan.rows as Record<string, unknown>[])
      console.log(`  │ ${handle.dialect === 'sqlite' ? `${row.id}←${row.parent} ${row.detail}` : row['QUERY PLAN']}`);
  }
}

export async function explainLists(args: Map<string, string>) {
  const copies = Number(args.get('copies') ?? 2000);
  const pgUrl = args.get('pg');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-explain-lists-'));
  const handle = pgUrl ? openPostgres(pgUrl, 2) : openSqlite(path.join(dir, 'lists.sqlite'));
  try {
    if (pgUrl) await sql`drop schema public cascade; create schema public`.execute(handle.db);
    await migrateToLatest(handle.db, handle.dialect);
    const now = new Date().toISOString();
    await seedReference(handle.db, now);
    await seedDemo(handle.db, now, piiCipher({ NODE_ENV: 'test', DATA_DIR: 'data' }));
    const db = handle.db;
    // The demo queues no mail: a few to copy.
    for (const [n, status] of ['pending', 'sent', 'failed', 'sent'].entries()) {
      const mail = { to: `m${n}@example.org`, locale: 'en', subject: `m${n}`, text: 'x', html: null };
      await enqueueMail(db, { ...mail, dedupeKey: `explain-${n}` }, now);
      await db
        .updateTable('mail_outbox')
        .set({ status: status as 'sent' })
        .where('dedupe_key', '=', `explain-${n}`)
        .execute();
    }
    await multiply(
      db,
      {
        table: 'enquiries',
        skip: ['reference', 'message_id', 'rating_token_hash'],
        set: (i) => ({ received_at: at(handle, sql`${i} * 7 + t.id`) }),
      },
      copies,
    );
    await multiply(
      db,
      {
        table: 'mail_outbox',
        skip: [],
        set: (i) => ({
          dedupe_key: sql`t.dedupe_key || '-' || ${i}`,
          status: sql`case when t.status = 'failed' and ${i} % 50 <> 0 then 'sent' else t.status end`,
        }),
      },
      copies,
    );
    for (const table of ['events', 'visits'])
      await multiply(
        db,
        {
          table,
          skip: ['activity_id'],
          set: (i) => ({
            start_date: day(handle, sql`${i} % 3650`),
            archived_at: sql`case when ${i} % 10 = 0 then t.created_at else null end`,
          }),
        },
        Math.ceil(copies / 2),
      );
    await sql`analyze`.execute(db);
    const counts = await Promise.all(
      ['enquiries', 'mail_outbox', 'events', 'visits', 'applications', 'users'].map(
        async (t) =>
          `${t} ${(await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(db)).rows[0]?.n}`,
      ),
    );
    console.log(`${handle.dialect}, rows: ${counts.join(', ')}`);

    const unit = (
      await db.selectFrom('enquiries').select('unit_id').where('unit_id', 'is not', null).executeTakeFirst()
    )?.unit_id;
    const admin = { visibleUnits: 'all' as const, userId: 1 };
    const desk = { visibleUnits: unit ? [unit] : [], userId: 1 };
    const after = async <R>(
      find: (w: {
        limit: number;
        offset?: number;
        after?: unknown[];
      }) => Promise<{ nextCursor: string | null; rows: R[] }>,
    ) => {
      const first = await find({ limit: 25 });
      const cursor = first.nextCursor;
      return cursor ? JSON.parse(Buffer.from(cursor.slice(3), 'base64url').toString('utf8')) : undefined;
    };
    const e1 = await after((w) => findEnquiries(db, admin, w));
    await explain(handle, 'enquiries, all divisions, page 1', (d) => findEnquiries(d, admin, { limit: 25 }));
    await explain(handle, 'enquiries, all divisions, after a cursor', (d) =>
      findEnquiries(d, admin, { limit: 25, after: e1 }),
    );
    await explain(handle, "enquiries, one division's desk, page 1", (d) => findEnquiries(d, desk, { limit: 25 }));
    await explain(handle, 'enquiries, probe', (d) => countEnquiries(d, admin, COUNT_PROBE));
    const m1 = await after((w) => findMails(db, undefined, w));
    await explain(handle, 'outbox, page 1', (d) => findMails(d, undefined, { limit: 25 }));
    await explain(handle, 'outbox, after a cursor', (d) => findMails(d, undefined, { limit: 25, after: m1 }));
    await explain(handle, 'outbox, failed, page 1', (d) => findMails(d, 'failed', { limit: 25 }));
    const call = (
      await db
        .selectFrom('applications')
        .select('call_id')
        .groupBy('call_id')
        .orderBy(sql`count(*)`, 'desc')
        .executeTakeFirst()
    )?.call_id;
    const apps = { callId: call, hideDrafts: true, units: 'all' as const };
    await explain(handle, "a call's applications by id, page 1", (d) =>
      findApplications(d, apps, 'id', 'asc', { limit: 25 }),
    );
    await explain(handle, "a call's applications by rank, page 1", (d) =>
      findApplications(d, apps, 'rank', 'asc', { limit: 25 }),
    );
    const u1 = await after((w) => findUsers(db, {}, 'asc', w));
    await explain(handle, 'users, after a cursor', (d) => findUsers(d, {}, 'asc', { limit: 25, after: u1 }));
    const live = { archived: 'exclude' as const, order: 'desc' as const, visibleUnits: 'all' as const };
    const ev1 = await after((w) => findEvents(db, live, w));
    await explain(handle, 'events, live, page 1', (d) => findEvents(d, live, { limit: 25 }));
    await explain(handle, 'events, live, after a cursor', (d) => findEvents(d, live, { limit: 25, after: ev1 }));
    await explain(handle, 'events, probe', (d) => countEvents(d, live, COUNT_PROBE));
    const v1 = await after((w) => findVisits(db, live, w));
    await explain(handle, 'visits, live, page 1', (d) => findVisits(d, live, { limit: 25 }));
    await explain(handle, 'visits, live, after a cursor', (d) => findVisits(d, live, { limit: 25, after: v1 }));
    await explain(handle, 'visits, probe', (d) => countVisits(d, live, COUNT_PROBE));
    await explainFourthPass(handle, copies, { multiply, explain, after, at, day });
  } finally {
    await handle.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
