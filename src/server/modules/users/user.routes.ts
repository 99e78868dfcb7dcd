import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import { User, UserCreate, UserListQuery, UserPage, UserUpdate } from '#shared/schemas/users.js';
import * as service from './user.service.js';

export async function userRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['users'];
  const base = '/api/v1/users';
  r.get(base, { schema: { tags, querystring: UserListQuery, response: { 200: UserPage } } }, (req) =>
    service.listUsers(ctx(req), req.query),
  );
  r.post(base, { schema: { tags, body: UserCreate, response: { 201: User } } }, async (req, reply) =>
    reply.status(201).send(await service.createUser(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: User } } }, (req) =>
    service.getUser(ctx(req), req.params.id),
  );
  r.put(`${base}/:id`, { schema: { tags, params: IdParams, body: UserUpdate, response: { 200: User } } }, (req) =>
    service.updateUser(ctx(req), req.params.id, req.body),
  );
  r.post(`${base}/:id/invite`, { schema: { tags, params: IdParams, response: { 200: User } } }, (req) =>
    service.inviteUser(ctx(req), req.params.id),
  );
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getUser(c, req.params.id);
    return historyOf(c, 'user', req.params.id);
  });
}
