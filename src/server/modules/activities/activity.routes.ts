import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import {
  Activity,
  ActivityArchiveBody,
  ActivityCreate,
  ActivityListQuery,
  ActivityPage,
  ActivityUpdate,
} from '#shared/schemas/activities.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import { exportActivities } from './activity.export.js';
import * as service from './activity.service.js';

const BASE = '/api/v1/activities';

/** College exchange activities entered by hand: list, export, CRUD, archive and history. */
export async function activityRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['activities'];
  const one = { tags, params: IdParams, response: { 200: Activity } };

  r.get(BASE, { schema: { tags, querystring: ActivityListQuery, response: { 200: ActivityPage } } }, (req) =>
    service.listActivities(ctx(req), req.query),
  );
  r.get(`${BASE}/export.xlsx`, { schema: { tags, querystring: ActivityListQuery } }, (req, reply) =>
    exportActivities(ctx(req), reply, req.query),
  );
  r.post(BASE, { schema: { tags, body: ActivityCreate, response: { 201: Activity } } }, async (req, reply) =>
    reply.status(201).send(await service.createActivity(ctx(req), req.body)),
  );
  r.get(`${BASE}/:id`, { schema: one }, (req) => service.getActivity(ctx(req), req.params.id));
  r.put(`${BASE}/:id`, { schema: { ...one, body: ActivityUpdate } }, (req) =>
    service.updateActivity(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/:id/archive`, { schema: { ...one, body: ActivityArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(`${BASE}/:id/restore`, { schema: { ...one, body: ActivityArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.get(`${BASE}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getActivity(c, req.params.id); // read permission on the record covers its history
    return historyOf(c, service.ENTITY, req.params.id);
  });
}
