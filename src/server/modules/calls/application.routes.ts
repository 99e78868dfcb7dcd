import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { readUpload } from '#server/lib/stored-files.js';
import {
  AdjustBody,
  Application,
  ApplicationDocument,
  ApplicationPage,
  ApplicationUpdate,
  ApplicationVersionBody,
  DocParams,
  MyApplicationsQuery,
  PartnerDecisionBody,
  ScoresBody,
} from '#shared/schemas/calls.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import * as service from './application.service.js';
import { DOCUMENT_LIMIT, downloadDocument, removeDocument, uploadDocument } from './application-documents.service.js';
import { recordPartnerDecision } from './nomination.service.js';
import { adjustApplication, scoreApplication } from './selection.service.js';

const BASE = '/api/v1/applications';

/** Applications: the student's form, documents, submit/withdraw; reviewers' scores; staff adjustments. */
export async function applicationRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['applications'];

  r.get(BASE, { schema: { tags, querystring: MyApplicationsQuery, response: { 200: ApplicationPage } } }, (req) =>
    service.listApplications(ctx(req), req.query),
  );
  r.get(`${BASE}/:id`, { schema: { tags, params: IdParams, response: { 200: Application } } }, (req) =>
    service.getApplication(ctx(req), req.params.id),
  );
  r.put(
    `${BASE}/:id`,
    { schema: { tags, params: IdParams, body: ApplicationUpdate, response: { 200: Application } } },
    (req) => service.updateApplication(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/:id/submit`,
    { schema: { tags, params: IdParams, body: ApplicationVersionBody, response: { 200: Application } } },
    (req) => service.submitApplication(ctx(req), req.params.id, req.body.version),
  );
  r.post(
    `${BASE}/:id/withdraw`,
    { schema: { tags, params: IdParams, body: ApplicationVersionBody, response: { 200: Application } } },
    (req) => service.withdrawApplication(ctx(req), req.params.id, req.body.version),
  );
  r.put(
    `${BASE}/:id/scores`,
    { schema: { tags, params: IdParams, body: ScoresBody, response: { 200: Application } } },
    (req) => scoreApplication(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/:id/adjust`,
    { schema: { tags, params: IdParams, body: AdjustBody, response: { 200: Application } } },
    (req) => adjustApplication(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/:id/partner-decision`,
    { schema: { tags, params: IdParams, body: PartnerDecisionBody, response: { 200: Application } } },
    (req) => recordPartnerDecision(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${BASE}/:id/documents`,
    { schema: { tags, params: IdParams, consumes: ['multipart/form-data'], response: { 201: ApplicationDocument } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await uploadDocument(ctx(req), req.params.id, () => readUpload(req as FastifyRequest, DOCUMENT_LIMIT))),
  );
  r.get(`${BASE}/:id/documents/:docId`, { schema: { tags, params: DocParams } }, async (req, reply) => {
    return sendDownload(reply, await downloadDocument(ctx(req), req.params.id, req.params.docId));
  });
  r.post(
    `${BASE}/:id/documents/:docId/remove`,
    { schema: { tags, params: DocParams, response: { 200: OkResponse } } },
    (req) => removeDocument(ctx(req), req.params.id, req.params.docId),
  );
}
