import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { appliedMigration, latestMigration } from '#server/db/migrate.js';
import { typed } from '#server/http/router.js';
import { ping } from './health.repository.js';

const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ dialect: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
  migration: z.object({ applied: z.string().nullable(), latest: z.string() }),
});

export async function healthRoutes(app: FastifyInstance) {
  typed(app).get(
    '/api/health',
    { schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_req, reply) => {
      const { db, dialect } = app.deps;
      let reachable = true;
      let applied: string | null = null;
      try {
        await ping(db);
        applied = await appliedMigration(db);
      } catch {
        reachable = false;
      }
      const latest = latestMigration();
      const ok = reachable && applied === latest;
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: { dialect, reachable },
        migration: { applied, latest },
      });
    },
  );
}
