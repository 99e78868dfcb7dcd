import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app.js';
import { loadEnv } from '#server/env.js';
import { createTestDb, DIALECTS, type TestDb } from '#tests/setup/db.js';

/** Collects the name of every table a query names (FROM, JOIN, INSERT INTO, UPDATE), whatever the query. */
class TableRecorder implements KyselyPlugin {
  readonly tables = new Set<string>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { kind?: string; table?: { identifier?: { name?: string } } };
      if (n.kind === 'ReferenceNode') return; // a column's table qualifier ('f.id'): an alias, not a read
      if (n.kind === 'TableNode' && n.table?.identifier?.name) this.tables.add(n.table.identifier.name);
      for (const v of Object.values(node)) walk(v);
    };
    walk(args.node);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/**
 * Proof that the desk's public routes read and write only what they are for: every query the app runs
 * while answering an anonymous request is recorded (a Kysely plugin on the app's database handle, which
 * transactions inherit), and the tables must be the expected ones — never users, people, units' staff…
 */
describe.each(DIALECTS)('the enquiry desk’s public routes touch only their tables (%s)', (dialect) => {
  let db: TestDb;
  let recorder: TableRecorder;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    db = await createTestDb(dialect);
    recorder = new TableRecorder();
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST: 'does-not-exist' });
    app = await buildApp({ env, database: { ...db, db: db.db.withPlugin(recorder) }, logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  async function tablesOf(method: 'GET' | 'POST', url: string, payload?: object) {
    recorder.tables.clear();
    const res = await app.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json(), tables: [...recorder.tables].sort() };
  }

  it('reads the categories and the FAQ from their own tables only', async () => {
    const cats = await tablesOf('GET', '/api/public/enquiry-categories');
    expect(cats.status).toBe(200);
    expect(cats.tables).toEqual(['enquiry_categories']);
    const faq = await tablesOf('GET', '/api/public/faq');
    expect(faq.status).toBe(200);
    expect(faq.tables).toEqual(['enquiry_categories', 'faq_entries']);
  });

  it('a question writes the enquiry, its audit entry and the acknowledgement; reads the university to sign it', async () => {
    const ask = await tablesOf('POST', '/api/public/enquiries', {
      categoryCode: 'exchange',
      name: 'Ana',
      email: 'ana@example.org',
      subject: 'Exchange places',
      body: 'How many places does the exchange with Kyoto have?',
      locale: 'en',
    });
    expect(ask.status).toBe(201);
    // units: the office when a category has no division yet, and the university's name when its
    // profile has none (letterhead.ts) — read for names only.
    const allowed = ['audit_log', 'enquiries', 'enquiry_categories', 'mail_outbox', 'units', 'university_profile'];
    expect(ask.tables.filter((x) => !allowed.includes(x))).toEqual([]);
    expect(ask.tables).toEqual(expect.arrayContaining(['audit_log', 'enquiries', 'enquiry_categories', 'mail_outbox']));
  });

  it('a rating reads and writes the enquiry only (and the audit log)', async () => {
    const rate = await tablesOf('POST', '/api/public/enquiry-ratings', { token: 'a'.repeat(32), rating: 5 });
    expect(rate.status).toBe(404);
    expect(rate.tables).toEqual(['enquiries']);
  });
});
