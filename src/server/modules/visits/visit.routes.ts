import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  AssigneeQuery,
  Assignees,
  FollowupCreate,
  FollowupDone,
  FollowupParams,
  Gift,
  GiftAnswer,
  GiftCheckQuery,
  GiftCreate,
  PartnerVisits,
  PeopleUpdate,
  Visit,
  VisitArchiveBody,
  VisitCreate,
  VisitListQuery,
  VisitPage,
  VisitUpdate,
} from '#shared/schemas/visits.js';
import { briefingPack } from './briefing-pack.js';
import { photoRoutes } from './engagement-photos.routes.js';
import * as service from './visit.service.js';

const BASE = '/api/v1/visits';

/** Visits received and delegations sent: CRUD, archive, gifts, follow-ups, briefing pack, history. */
export async function visitRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['visits'];
  const one = { tags, params: IdParams, response: { 200: Visit } };
  photoRoutes(app, BASE, tags, service.photos);

  r.get(BASE, { schema: { tags, querystring: VisitListQuery, response: { 200: VisitPage } } }, (req) =>
    service.listVisits(ctx(req), req.query),
  );
  r.post(BASE, { schema: { tags, body: VisitCreate, response: { 201: Visit } } }, async (req, reply) =>
    reply.status(201).send(await service.createVisit(ctx(req), req.body)),
  );
  r.get(`${BASE}/gifts`, { schema: { tags, querystring: GiftCheckQuery, response: { 200: z.array(Gift) } } }, (req) =>
    service.earlierGifts(ctx(req), req.query),
  );
  r.get(`${BASE}/:id`, { schema: one }, (req) => service.getVisit(ctx(req), req.params.id));
  r.put(`${BASE}/:id`, { schema: { ...one, body: VisitUpdate } }, (req) =>
    service.updateVisit(ctx(req), req.params.id, req.body),
  );
  r.put(`${BASE}/:id/people`, { schema: { ...one, body: PeopleUpdate } }, (req) =>
    service.setPeople(ctx(req), req.params.id, req.body.version, req.body.people),
  );
  r.post(`${BASE}/:id/archive`, { schema: { ...one, body: VisitArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(`${BASE}/:id/restore`, { schema: { ...one, body: VisitArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.post(
    `${BASE}/:id/gifts`,
    { schema: { tags, params: IdParams, body: GiftCreate, response: { 201: GiftAnswer } } },
    async (req, reply) => reply.status(201).send(await service.addGift(ctx(req), req.params.id, req.body)),
  );
  r.post(
    `${BASE}/:id/followups`,
    { schema: { ...one, body: FollowupCreate, response: { 201: Visit } } },
    async (req, reply) => reply.status(201).send(await service.addFollowup(ctx(req), req.params.id, req.body)),
  );
  r.post(
    `${BASE}/:id/followups/:followupId/done`,
    { schema: { ...one, params: FollowupParams, body: FollowupDone } },
    (req) => service.setFollowupDone(ctx(req), req.params.id, req.params.followupId, req.body.done),
  );
  r.get(
    `${BASE}/:id/assignees`,
    { schema: { tags, params: IdParams, querystring: AssigneeQuery, response: { 200: Assignees } } },
    (req) => service.assignees(ctx(req), req.params.id, req.query.q),
  );
  r.get(`${BASE}/:id/briefing.pdf`, { schema: { tags, params: IdParams } }, async (req, reply) => {
    const pack = await briefingPack(ctx(req), req.params.id);
    return sendDownload(reply, { ...pack, contentType: 'application/pdf' }, { noStore: true });
  });
  r.get(`${BASE}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getVisit(c, req.params.id);
    return historyOf(c, service.ENTITY, req.params.id);
  });
  r.get(
    '/api/v1/partners/:id/visits',
    { schema: { tags, params: IdParams, response: { 200: PartnerVisits } } },
    (req) => service.partnerVisits(ctx(req), req.params.id),
  );
}
