import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { AuditListQuery, AuditPage } from '#shared/schemas/audit.js';
import { searchAuditLog } from './audit.service.js';

export async function auditRoutes(app: FastifyInstance) {
  typed(app).get(
    '/api/v1/audit',
    { schema: { tags: ['audit'], querystring: AuditListQuery, response: { 200: AuditPage } } },
    (req) => searchAuditLog(ctx(req), req.query),
  );
}
