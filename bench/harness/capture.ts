import { AsyncLocalStorage } from 'node:async_hooks';
import type {
  CompiledQuery,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { buildApp } from '#server/app.js';
import type { Db, DbHandle } from '#server/db/client.js';
import { DEMO_PASSWORD } from '#server/demo/index.js';
import type { Env } from '#server/env.js';
import { findSessionWithUser, touchSession } from '#server/modules/auth/session.repository.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { BENCH_USER } from './session.js';

export type CapturedQuery = { sql: string; parameters: readonly unknown[] };
/** What one request ran: its data queries, and how many session/unit-tree queries (left out) came with them. */
export type Capture = { status: number; queries: CapturedQuery[]; authQueries: number };

/**
 * Records the SQL a block of code runs: a Kysely plugin compiles each query node as it passes (exactly
 * what the driver then receives) and, once the query has run, puts it into the bucket of the async
 * context that issued it. Only queries that ran: the app compiles some it never executes itself (a
 * Ministry table's row query, used only as the subquery of its count), and replaying one of those
 * made the baseline fetch 54,727 rows per request that the app never read.
 */
class QueryRecorder implements KyselyPlugin {
  readonly bucket = new AsyncLocalStorage<CompiledQuery[]>();
  private readonly compiled = new WeakMap<PluginTransformQueryArgs['queryId'], CompiledQuery>();

  constructor(
    private readonly compile: (node: RootOperationNode, id: PluginTransformQueryArgs['queryId']) => CompiledQuery,
  ) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.bucket.getStore()) this.compiled.set(args.queryId, this.compile(args.node, args.queryId));
    return args.node;
  }

  /** A query run as compiled earlier is recorded by whoever runs it, with the values it ran with. */
  forget(id: PluginTransformQueryArgs['queryId']) {
    this.compiled.delete(id);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const query = this.compiled.get(args.queryId);
    if (query) this.bucket.getStore()?.push(query);
    return args.result;
  }

  async record(work: (db: Db) => Promise<unknown>, db: Db): Promise<CompiledQuery[]> {
    const queries: CompiledQuery[] = [];
    await this.bucket.run(queries, () => work(db));
    return queries;
  }
}

/**
 * The SQL behind each GET path, as the real app issues it: the app is built in-process on a recording
 * connection, signs in, and answers each request once. Queries of the session check and the unit tree
 * (authentication and authorization, which the baseline leaves out) are recognised by running the app's
 * own functions for them through the recorder and dropped.
 */
export async function captureRoutes(handle: DbHandle, env: Env, paths: Record<string, string>) {
  const recorder = new QueryRecorder((node, id) => handle.db.getExecutor().compileQuery(node, id));
  const db = handle.db.withPlugin(recorder);
  // A query compiled once and then run as compiled (db/prepared.ts) passed the plugin when it was
  // compiled, with placeholders for its values: record each run here, with the values it ran with.
  const execute = db.executeQuery.bind(db);
  db.executeQuery = (async (query: CompiledQuery) => {
    recorder.forget(query.queryId);
    const result = await execute(query);
    recorder.bucket.getStore()?.push(query);
    return result;
  }) as typeof db.executeQuery;
  const app = await buildApp({ env, database: { ...handle, db }, logger: false });
  try {
    await app.ready();
    const auth = await recorder.record(async (d) => {
      await findSessionWithUser(d, '-', Date.now());
      await loadUnitTree(d);
      await touchSession(d, '-', '', '');
    }, db);
    const authSql = new Set(auth.map((q) => q.sql));

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: BENCH_USER, password: DEMO_PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`baseline capture: login failed (${login.statusCode})`);
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;

    const out: Record<string, Capture> = {};
    for (const [name, url] of Object.entries(paths)) {
      let status = 0;
      const queries = await recorder.record(async () => {
        status = (await app.inject({ method: 'GET', url, headers: { cookie } })).statusCode;
      }, db);
      const data = queries.filter((q) => !authSql.has(q.sql));
      out[name] = {
        status,
        queries: data.map((q) => ({ sql: q.sql, parameters: q.parameters })),
        authQueries: queries.length - data.length,
      };
    }
    return out;
  } finally {
    await app.close();
  }
}
