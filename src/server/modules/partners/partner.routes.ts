import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  ArchiveBody,
  Partner,
  PartnerCreate,
  PartnerListQuery,
  PartnerPage,
  PartnerStats,
  PartnerUpdate,
} from '#shared/schemas/partners.js';
import { exportPartners } from './partner.export.js';
import * as service from './partner.service.js';

export async function partnerRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['partners'];
  const base = '/api/v1/partners';

  r.get(base, { schema: { tags, querystring: PartnerListQuery, response: { 200: PartnerPage } } }, (req) =>
    service.listPartners(ctx(req), req.query),
  );
  r.get(`${base}/stats`, { schema: { tags, response: { 200: PartnerStats } } }, (req) =>
    service.partnerStats(ctx(req)),
  );
  r.get(`${base}/export.xlsx`, { schema: { tags, querystring: PartnerListQuery } }, (req, reply) =>
    exportPartners(ctx(req), reply, req.query),
  );
  r.post(base, { schema: { tags, body: PartnerCreate, response: { 201: Partner } } }, async (req, reply) => {
    const partner = await service.createPartner(ctx(req), req.body);
    return reply.status(201).send(partner);
  });
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: Partner } } }, (req) =>
    service.getPartner(ctx(req), req.params.id),
  );
  r.put(`${base}/:id`, { schema: { tags, params: IdParams, body: PartnerUpdate, response: { 200: Partner } } }, (req) =>
    service.updatePartner(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/archive`,
    { schema: { tags, params: IdParams, body: ArchiveBody, response: { 200: Partner } } },
    (req) => service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(
    `${base}/:id/restore`,
    { schema: { tags, params: IdParams, body: ArchiveBody, response: { 200: Partner } } },
    (req) => service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getPartner(c, req.params.id); // read permission on the partner covers its history
    return historyOf(c, 'partner', req.params.id);
  });
}
