/**
 * The physical baseline of each read scenario: a bare Fastify server that runs the SAME SQL (captured
 * from the real app answering the same request, see harness/capture.ts) through the same driver and
 * connection settings, and sends the rows as plain JSON — no session, authorization, validation,
 * audit or response schema. Started by the runner as its own process, on the same dataset.
 *
 * Env: the app's DATA_DIR or DATABASE_URL, PORT, and BENCH_BASELINE_PLAN (a JSON file of name → GET path).
 * GET /b/<name> replays a scenario's queries; GET /__captured lists them; GET /__ready once captured.
 */
import fs from 'node:fs';
import Fastify from 'fastify';
import { CompiledQuery } from 'kysely';
import { openDatabase } from '#server/db/client.js';
import { loadEnv, sqlitePath } from '#server/env.js';
import { captureRoutes } from './harness/capture.js';

async function main() {
  const env = loadEnv({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const plan = JSON.parse(fs.readFileSync(process.env.BENCH_BASELINE_PLAN as string, 'utf8')) as Record<string, string>;
  const handle = openDatabase({ databaseUrl: env.DATABASE_URL, sqliteFile: sqlitePath(env) });
  const captured = await captureRoutes(handle, env, plan);

  const app = Fastify({ logger: false });
  const ready = new Map<string, CompiledQuery[]>();
  for (const [name, c] of Object.entries(captured))
    if (c.status === 200)
      ready.set(
        name,
        c.queries.map((q) => CompiledQuery.raw(q.sql, [...q.parameters])),
      );

  app.get<{ Params: { name: string } }>('/b/:name', async (req, reply) => {
    const queries = ready.get(req.params.name);
    if (!queries) return reply.status(404).send({ error: 'no such scenario' });
    const results = await Promise.all(queries.map((q) => handle.db.executeQuery(q)));
    return results.map((r) => r.rows);
  });
  app.get('/__captured', async () => captured);
  app.get('/__ready', async () => ({ ok: true }));
  await app.listen({ port: env.PORT, host: '127.0.0.1' });

  const stop = async () => {
    await app.close();
    await handle.db.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
