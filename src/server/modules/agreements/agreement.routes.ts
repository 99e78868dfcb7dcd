import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import {
  Agreement,
  AgreementCreate,
  AgreementListQuery,
  AgreementPage,
  AgreementUpdate,
  TransitionBody,
} from '#shared/schemas/agreements.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import { ArchiveBody } from '#shared/schemas/partners.js';
import { exportAgreements } from './agreement.export.js';
import * as service from './agreement.service.js';
import { fileRoutes } from './agreement-files.routes.js';
import { placeRoutes } from './agreement-places.routes.js';
import { transition } from './agreement-transitions.service.js';
import { partnerSideRoutes } from './partner-agreements.routes.js';

const AGREEMENTS_BASE = '/api/v1/agreements';

/** Agreements, their places, files and partner factsheets. */
export async function agreementRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['agreements'];
  const base = AGREEMENTS_BASE;

  r.get(base, { schema: { tags, querystring: AgreementListQuery, response: { 200: AgreementPage } } }, (req) =>
    service.listAgreements(ctx(req), req.query),
  );
  r.get(`${base}/export.xlsx`, { schema: { tags, querystring: AgreementListQuery } }, (req, reply) =>
    exportAgreements(ctx(req), reply, req.query),
  );
  r.post(base, { schema: { tags, body: AgreementCreate, response: { 201: Agreement } } }, async (req, reply) =>
    reply.status(201).send(await service.createAgreement(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: Agreement } } }, (req) =>
    service.getAgreement(ctx(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: IdParams, body: AgreementUpdate, response: { 200: Agreement } } },
    (req) => service.updateAgreement(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/archive`,
    { schema: { tags, params: IdParams, body: ArchiveBody, response: { 200: Agreement } } },
    (req) => service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(
    `${base}/:id/restore`,
    { schema: { tags, params: IdParams, body: ArchiveBody, response: { 200: Agreement } } },
    (req) => service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  // 200 with the agreement; 201 with the NEW draft for `renew`.
  r.post(
    `${base}/:id/transitions`,
    { schema: { tags, params: IdParams, body: TransitionBody, response: { 200: Agreement, 201: Agreement } } },
    async (req, reply) => {
      const { agreement, created } = await transition(ctx(req), req.params.id, req.body);
      return reply.status(created ? 201 : 200).send(agreement);
    },
  );
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getAgreement(c, req.params.id); // read permission on the agreement covers its history
    return historyOf(c, service.ENTITY, req.params.id);
  });

  await placeRoutes(app, base);
  await fileRoutes(app, base);
  await partnerSideRoutes(app);
}
