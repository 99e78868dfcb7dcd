import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { DashboardSummary } from '#shared/schemas/dashboard.js';
import { dashboardSummary } from './dashboard.service.js';

/** Dashboard figures and the world map's data. */
export async function dashboardRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get('/api/v1/dashboard/summary', { schema: { tags: ['dashboard'], response: { 200: DashboardSummary } } }, (req) =>
    dashboardSummary(ctx(req)),
  );
}
