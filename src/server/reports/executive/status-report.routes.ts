import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  ExecutiveDashboard,
  ExecutiveQuery,
  StatusBuild,
  StatusBuildCreate,
  StatusBuildCreated,
  StatusBuildList,
} from '#shared/schemas/executive.js';
import { executiveDashboard } from './executive-dashboard.service.js';
import * as builds from './status-build.service.js';

/** The executive dashboard and the whole-university status report (PDF, xlsx) built in the background. */
export async function statusReportRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['reports'];
  const base = '/api/v1/reports/status-builds';

  r.get(
    '/api/v1/reports/executive',
    { schema: { tags, querystring: ExecutiveQuery, response: { 200: ExecutiveDashboard } } },
    (req) => executiveDashboard(ctx(req), req.query),
  );
  r.post(
    base,
    { schema: { tags, body: StatusBuildCreate, response: { 202: StatusBuildCreated } } },
    async (req, reply) => reply.code(202).send(await builds.startBuild(ctx(req), req.body)),
  );
  r.get(base, { schema: { tags, response: { 200: StatusBuildList } } }, (req) => builds.listBuilds(ctx(req)));
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: StatusBuild } } }, (req) =>
    builds.getBuild(ctx(req), req.params.id),
  );
  r.get(`${base}/:id/file`, { schema: { tags, params: IdParams } }, async (req, reply) =>
    sendDownload(reply, await builds.buildFile(ctx(req), req.params.id), { noStore: true }),
  );
}
