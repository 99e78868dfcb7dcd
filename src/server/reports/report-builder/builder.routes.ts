import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import {
  BuilderResult,
  BuilderRunBody,
  SavedReport,
  SavedReportCreate,
  SavedReportDeleteQuery,
  SavedReportList,
  SavedReportUpdate,
} from '#shared/schemas/report-builder.js';
import { exportReport, runReport } from './builder.service.js';
import * as saved from './saved-report.service.js';

/** The ad-hoc report builder (run, export) and saved report definitions. */
export async function reportBuilderRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['reports'];
  const base = '/api/v1/reports/saved';

  r.post(
    '/api/v1/reports/builder/run',
    { schema: { tags, body: BuilderRunBody, response: { 200: BuilderResult } } },
    (req) => runReport(ctx(req), req.body),
  );
  r.post('/api/v1/reports/builder/export.xlsx', { schema: { tags, body: BuilderRunBody } }, (req, reply) =>
    exportReport(ctx(req), reply, req.body),
  );

  r.get(base, { schema: { tags, response: { 200: SavedReportList } } }, (req) => saved.listSaved(ctx(req)));
  r.post(base, { schema: { tags, body: SavedReportCreate, response: { 201: SavedReport } } }, async (req, reply) =>
    reply.status(201).send(await saved.createSaved(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: SavedReport } } }, (req) =>
    saved.getSaved(ctx(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: IdParams, body: SavedReportUpdate, response: { 200: SavedReport } } },
    (req) => saved.updateSaved(ctx(req), req.params.id, req.body),
  );
  r.delete(
    `${base}/:id`,
    { schema: { tags, params: IdParams, querystring: SavedReportDeleteQuery, response: { 200: OkResponse } } },
    (req) => saved.deleteSaved(ctx(req), req.params.id, req.query.version),
  );
}
