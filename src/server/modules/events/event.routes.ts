import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { photoRoutes } from '#server/modules/visits/engagement-photos.routes.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import {
  Event,
  EventArchiveBody,
  EventCreate,
  EventListQuery,
  EventPage,
  EventUpdate,
  PublicEvent,
  PublicRegistrationCreate,
  RegistrationCreate,
} from '#shared/schemas/events.js';
import { PeopleUpdate } from '#shared/schemas/visits.js';
import * as service from './event.service.js';
import { publicEvents, registerInternal, registerPublic } from './registration.service.js';

const BASE = '/api/v1/events';
/** A registration is a few hundred bytes of text; anything much larger is not one. */
const PUBLIC_BODY_LIMIT = 8 * 1024;

/** Events and conferences: CRUD, archive, registrations, history; the public list and registration form. */
export async function eventRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['events'];
  const one = { tags, params: IdParams, response: { 200: Event } };
  photoRoutes(app, BASE, tags, service.photos);

  r.get(BASE, { schema: { tags, querystring: EventListQuery, response: { 200: EventPage } } }, (req) =>
    service.listEvents(ctx(req), req.query),
  );
  r.post(BASE, { schema: { tags, body: EventCreate, response: { 201: Event } } }, async (req, reply) =>
    reply.status(201).send(await service.createEvent(ctx(req), req.body)),
  );
  r.get(`${BASE}/:id`, { schema: one }, (req) => service.getEvent(ctx(req), req.params.id));
  r.put(`${BASE}/:id`, { schema: { ...one, body: EventUpdate } }, (req) =>
    service.updateEvent(ctx(req), req.params.id, req.body),
  );
  r.put(`${BASE}/:id/people`, { schema: { ...one, body: PeopleUpdate } }, (req) =>
    service.setPeople(ctx(req), req.params.id, req.body.version, req.body.people),
  );
  r.post(`${BASE}/:id/archive`, { schema: { ...one, body: EventArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(`${BASE}/:id/restore`, { schema: { ...one, body: EventArchiveBody } }, (req) =>
    service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.post(
    `${BASE}/:id/registrations`,
    { schema: { tags, params: IdParams, body: RegistrationCreate, response: { 201: Event } } },
    async (req, reply) => reply.status(201).send(await registerInternal(ctx(req), req.params.id, req.body)),
  );
  r.get(`${BASE}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getEvent(c, req.params.id);
    return historyOf(c, service.ENTITY, req.params.id);
  });

  // Public: no session. The list shows public events not yet over; the form registers for one.
  r.get('/api/v1/public/events', { schema: { tags, response: { 200: z.array(PublicEvent) } } }, (req) =>
    publicEvents(req.server.deps),
  );
  r.post(
    '/api/v1/public/events/:id/registrations',
    {
      schema: { tags, params: IdParams, body: PublicRegistrationCreate, response: { 201: OkResponse } },
      bodyLimit: PUBLIC_BODY_LIMIT,
      // Per address, the signed-out forms' rate (as the cohort form and the desk): a person registers once.
      config: { rateLimit: { max: app.deps.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
    },
    async (req, reply) =>
      reply.status(201).send(await registerPublic(req.server.deps, req.params.id, req.body, req.ip)),
  );
}
