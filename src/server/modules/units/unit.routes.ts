import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  UnitCreate,
  UnitDeleteQuery,
  UnitDetail,
  UnitList,
  UnitUpdate,
  UnitVersionBody,
} from '#shared/schemas/units.js';
import { exportUnits } from './unit.export.js';
import * as service from './unit.service.js';

/** Reference data every signed-in user needs: the unit tree and the country → MoE region table. */
export async function referenceRoutes(app: FastifyInstance) {
  const r = typed(app);
  r.get('/api/v1/units', { schema: { tags: ['reference'], response: { 200: UnitList } } }, (req) =>
    service.listUnits(ctx(req)),
  );
}

/** The organisation, kept by administrators: units with history, deactivation, export (import: /imports). */
export async function unitRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['units'];
  const base = '/api/v1/units';
  r.get(`${base}/export.xlsx`, { schema: { tags } }, (req, reply) => exportUnits(ctx(req), reply));
  r.post(base, { schema: { tags, body: UnitCreate, response: { 201: UnitDetail } } }, async (req, reply) =>
    reply.status(201).send(await service.createUnit(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: UnitDetail } } }, (req) =>
    service.getUnit(ctx(req), req.params.id),
  );
  r.put(`${base}/:id`, { schema: { tags, params: IdParams, body: UnitUpdate, response: { 200: UnitDetail } } }, (req) =>
    service.updateUnit(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/deactivate`,
    { schema: { tags, params: IdParams, body: UnitVersionBody, response: { 200: UnitDetail } } },
    (req) => service.setActive(ctx(req), req.params.id, req.body.version, false),
  );
  r.post(
    `${base}/:id/reactivate`,
    { schema: { tags, params: IdParams, body: UnitVersionBody, response: { 200: UnitDetail } } },
    (req) => service.setActive(ctx(req), req.params.id, req.body.version, true),
  );
  r.delete(`${base}/:id`, { schema: { tags, params: IdParams, querystring: UnitDeleteQuery } }, async (req, reply) => {
    await service.deleteUnit(ctx(req), req.params.id, req.query.version);
    return reply.status(204).send();
  });
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getUnit(c, req.params.id);
    return historyOf(c, 'unit', req.params.id);
  });
}
