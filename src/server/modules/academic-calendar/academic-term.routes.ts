import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { historyOf } from '#server/modules/audit/audit.service.js';
import {
  AcademicTermCreate,
  AcademicTermDeleteQuery,
  AcademicTermDetail,
  AcademicTermList,
  AcademicTermUpdate,
} from '#shared/schemas/academic-calendar.js';
import { AuditPage } from '#shared/schemas/audit.js';
import { IdParams } from '#shared/schemas/common.js';
import * as service from './academic-term.service.js';

/** The academic calendar: every signed-in user reads it, administrators set a year's semester dates. */
export async function academicCalendarRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['academic-calendar'];
  const base = '/api/v1/academic-terms';
  r.get(base, { schema: { tags, response: { 200: AcademicTermList } } }, (req) => service.listAcademicTerms(ctx(req)));
  r.post(
    base,
    { schema: { tags, body: AcademicTermCreate, response: { 201: AcademicTermDetail } } },
    async (req, reply) => reply.status(201).send(await service.createAcademicTerm(ctx(req), req.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: AcademicTermDetail } } }, (req) =>
    service.getAcademicTerm(ctx(req), req.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: IdParams, body: AcademicTermUpdate, response: { 200: AcademicTermDetail } } },
    (req) => service.updateAcademicTerm(ctx(req), req.params.id, req.body),
  );
  r.delete(
    `${base}/:id`,
    { schema: { tags, params: IdParams, querystring: AcademicTermDeleteQuery } },
    async (req, reply) => {
      await service.deleteAcademicTerm(ctx(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
  r.get(`${base}/:id/history`, { schema: { tags, params: IdParams, response: { 200: AuditPage } } }, async (req) => {
    const c = ctx(req);
    await service.getAcademicTerm(c, req.params.id);
    return historyOf(c, 'academic_term', req.params.id);
  });
}
