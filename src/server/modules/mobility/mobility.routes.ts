import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  CreditRecognitionBody,
  EnrolmentHistory,
  LearningAgreementActionBody,
  LearningAgreementUpdate,
  Mobility,
  MobilityArchiveBody,
  MobilityCreate,
  MobilityListQuery,
  MobilityPage,
  MobilityTransitionBody,
  MobilityUpdate,
} from '#shared/schemas/mobility.js';
import * as la from './learning-agreement.service.js';
import { exportMobilities } from './mobility.export.js';
import * as service from './mobility.service.js';
import { enrolmentHistory, transitionMobility } from './mobility-transitions.service.js';

const BASE = '/api/v1/mobilities';

/** Mobility records (outbound, inbound, staff), their lifecycle, learning agreements and export. */
export async function mobilityRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['mobility'];
  const one = { tags, params: IdParams, response: { 200: Mobility } };

  r.get(BASE, { schema: { tags, querystring: MobilityListQuery, response: { 200: MobilityPage } } }, (req) =>
    service.listMobilities(ctx(req), req.query),
  );
  r.get(`${BASE}/export.xlsx`, { schema: { tags, querystring: MobilityListQuery } }, (req, reply) =>
    exportMobilities(ctx(req), reply, req.query),
  );
  r.post(BASE, { schema: { tags, body: MobilityCreate, response: { 201: Mobility } } }, async (req, reply) =>
    reply.status(201).send(await service.createMobility(ctx(req), req.body)),
  );
  r.get(`${BASE}/:id`, { schema: one }, (req) => service.getMobility(ctx(req), req.params.id));
  r.put(`${BASE}/:id`, { schema: { ...one, body: MobilityUpdate } }, (req) =>
    service.updateMobility(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/:id/archive`, { schema: { ...one, body: MobilityArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(`${BASE}/:id/restore`, { schema: { ...one, body: MobilityArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.post(`${BASE}/:id/transitions`, { schema: { ...one, body: MobilityTransitionBody } }, (req) =>
    transitionMobility(ctx(req), req.params.id, req.body),
  );
  r.get(
    `${BASE}/:id/enrolment-history`,
    { schema: { tags, params: IdParams, response: { 200: EnrolmentHistory } } },
    (req) => enrolmentHistory(ctx(req), req.params.id),
  );
  r.put(`${BASE}/:id/learning-agreement`, { schema: { ...one, body: LearningAgreementUpdate } }, (req) =>
    la.saveLearningAgreement(ctx(req), req.params.id, req.body),
  );
  r.post(`${BASE}/:id/learning-agreement/actions`, { schema: { ...one, body: LearningAgreementActionBody } }, (req) =>
    la.actOnLearningAgreement(ctx(req), req.params.id, req.body),
  );
  r.put(`${BASE}/:id/credits`, { schema: { ...one, body: CreditRecognitionBody } }, (req) =>
    la.recognizeCredits(ctx(req), req.params.id, req.body),
  );
  r.get(`${BASE}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getMobility(c, req.params.id); // read permission on the record covers its history
    return historyOf(c, service.ENTITY, req.params.id);
  });
}
