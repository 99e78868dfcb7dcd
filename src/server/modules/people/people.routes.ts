import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import {
  AccessLogPage,
  AccessLogQuery,
  PeopleExportQuery,
  PeopleListQuery,
  PeoplePage,
  Person,
  PersonArchiveBody,
  PersonCreate,
  PersonUpdate,
  RevealBody,
  RevealResult,
} from '#shared/schemas/people.js';
import { exportPeople } from './people.export.js';
import * as service from './people.service.js';
import { accessLog, revealPii } from './people-pii.service.js';

/** People: students, staff and visiting scholars, with personal data masked unless revealed (and logged). */
export async function peopleRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['people'];
  const base = '/api/v1/people';

  r.get(base, { schema: { tags, querystring: PeopleListQuery, response: { 200: PeoplePage } } }, (req) =>
    service.listPeople(ctx(req), req.query),
  );
  r.get(`${base}/me`, { schema: { tags, response: { 200: Person } } }, (req) => service.myPerson(ctx(req)));
  r.get(`${base}/export.xlsx`, { schema: { tags, querystring: PeopleExportQuery } }, (req, reply) =>
    exportPeople(ctx(req), reply, req.query),
  );
  r.post(base, { schema: { tags, body: PersonCreate, response: { 201: Person } } }, async (req, reply) => {
    const person = await service.createPerson(ctx(req), req.body);
    return reply.status(201).send(person);
  });
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: Person } } }, (req) =>
    service.getPerson(ctx(req), req.params.id),
  );
  r.put(`${base}/:id`, { schema: { tags, params: IdParams, body: PersonUpdate, response: { 200: Person } } }, (req) =>
    service.updatePerson(ctx(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/archive`,
    { schema: { tags, params: IdParams, body: PersonArchiveBody, response: { 200: Person } } },
    (req) => service.setArchived(ctx(req), req.params.id, req.body.version, true),
  );
  r.post(
    `${base}/:id/restore`,
    { schema: { tags, params: IdParams, body: PersonArchiveBody, response: { 200: Person } } },
    (req) => service.setArchived(ctx(req), req.params.id, req.body.version, false),
  );
  r.post(
    `${base}/:id/reveal`,
    { schema: { tags, params: IdParams, body: RevealBody, response: { 200: RevealResult } } },
    (req) => revealPii(ctx(req), req.params.id, req.body.field),
  );
  r.get(
    `${base}/:id/access-log`,
    { schema: { tags, params: IdParams, querystring: AccessLogQuery, response: { 200: AccessLogPage } } },
    (req) => accessLog(ctx(req), req.params.id, req.query),
  );
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getPerson(c, req.params.id); // read permission on the person covers their history
    return historyOf(c, 'person', req.params.id);
  });
}
