import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import {
  AllocationResult,
  Application,
  ApplicationCreate,
  ApplicationPage,
  Call,
  CallApplicationsQuery,
  CallCreate,
  CallListQuery,
  CallPage,
  CallTransitionBody,
  CallUpdate,
  CallVersionBody,
  NominateBody,
  NominateResult,
  NominationExportQuery,
  NominationPartners,
  OfferablePlaceList,
  OfferablePlacesQuery,
  Ranking,
} from '#shared/schemas/calls.js';
import { IdParams } from '#shared/schemas/common.js';
import { applicationRoutes } from './application.routes.js';
import { createApplication, listCallApplications } from './application.service.js';
import * as service from './call.service.js';
import { exportNominations, nominate, nominationPartners } from './nomination.service.js';
import { allocateCall, getRanking, publishCall } from './selection.service.js';

const CALLS_BASE = '/api/v1/calls';

/** Outbound calls: definition and offers, lifecycle, ranking, allocation, publication, nomination. */
export async function callRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['calls'];
  const base = CALLS_BASE;

  r.get(base, { schema: { tags, querystring: CallListQuery, response: { 200: CallPage } } }, (req) =>
    service.listCalls(ctx(req), req.query),
  );
  r.get(
    `${base}/offerable-places`,
    { schema: { tags, querystring: OfferablePlacesQuery, response: { 200: OfferablePlaceList } } },
    (req) => service.listOfferablePlaces(ctx(req), req.query.academicYear, req.query.level, req.query.callId),
  );
  r.post(base, { schema: { tags, body: CallCreate, response: { 201: Call } } }, async (req, reply) =>
    reply.status(201).send(await service.createCall(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: Call } } }, (req) =>
    service.getCall(ctx(req), req.params.id),
  );
  r.put(`${base}/:id`, { schema: { tags, params: IdParams, body: CallUpdate, response: { 200: Call } } }, (req) =>
    service.updateCall(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/transitions`,
    { schema: { tags, params: IdParams, body: CallTransitionBody, response: { 200: Call } } },
    (req) => service.transitionCall(ctx(req), req.params.id, req.body),
  );
  r.get(`${base}/:id/ranking`, { schema: { tags, params: IdParams, response: { 200: Ranking } } }, (req) =>
    getRanking(ctx(req), req.params.id),
  );
  r.post(
    `${base}/:id/allocate`,
    { schema: { tags, params: IdParams, body: CallVersionBody, response: { 200: AllocationResult } } },
    (req) => allocateCall(ctx(req), req.params.id, req.body.version),
  );
  r.post(
    `${base}/:id/publish`,
    { schema: { tags, params: IdParams, body: CallVersionBody, response: { 200: Call } } },
    (req) => publishCall(ctx(req), req.params.id, req.body.version),
  );
  r.get(
    `${base}/:id/nominations`,
    { schema: { tags, params: IdParams, response: { 200: NominationPartners } } },
    (req) => nominationPartners(ctx(req), req.params.id),
  );
  r.get(
    `${base}/:id/nominations.xlsx`,
    { schema: { tags, params: IdParams, querystring: NominationExportQuery } },
    (req, reply) => exportNominations(ctx(req), reply, req.params.id, req.query.partnerId),
  );
  r.post(
    `${base}/:id/nominate`,
    { schema: { tags, params: IdParams, body: NominateBody, response: { 200: NominateResult } } },
    (req) => nominate(ctx(req), req.params.id, req.body),
  );
  r.get(
    `${base}/:id/applications`,
    { schema: { tags, params: IdParams, querystring: CallApplicationsQuery, response: { 200: ApplicationPage } } },
    (req) => listCallApplications(ctx(req), req.params.id, req.query),
  );
  r.post(
    `${base}/:id/applications`,
    { schema: { tags, params: IdParams, body: ApplicationCreate, response: { 201: Application } } },
    async (req, reply) => reply.status(201).send(await createApplication(ctx(req), req.params.id)),
  );
  await applicationRoutes(app);
}
