import type { FastifyInstance } from 'fastify';
import { typed } from '#server/http/router.js';
import {
  CohortCodeParams,
  CohortProgramParams,
  CohortPublicApplication,
  CohortPublicProgram,
  CohortVerification,
} from '#shared/schemas/cohorts.js';
import { OkResponse } from '#shared/schemas/common.js';
import { verifyCode } from './certificate.js';
import { publicProgram, submitPublicApplication } from './public.service.js';

/** A public application is a few KB of text; anything larger is not one. */
const PUBLIC_BODY_LIMIT = 16 * 1024;

/** Signed-out cohort routes: the program's public form and the certificate check. */
export async function cohortPublicRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['cohorts-public'];
  // Per address, the signed-out forms' rate (as sign-in and password links): a person applies once; a
  // form-filling script is slowed to a crawl.
  const rateLimit = { max: app.deps.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' };

  r.get(
    '/api/v1/public/cohorts/:id',
    { schema: { tags, params: CohortProgramParams, response: { 200: CohortPublicProgram } } },
    (req) => publicProgram(app.deps, req.params.id),
  );
  r.post(
    '/api/v1/public/cohorts/:id/applications',
    {
      schema: { tags, params: CohortProgramParams, body: CohortPublicApplication, response: { 201: OkResponse } },
      bodyLimit: PUBLIC_BODY_LIMIT,
      config: { rateLimit },
    },
    async (req, reply) =>
      reply.status(201).send(await submitPublicApplication(app.deps, req.params.id, req.body, req.ip)),
  );
  r.get(
    '/api/v1/public/certificates/:code',
    { schema: { tags, params: CohortCodeParams, response: { 200: CohortVerification } }, config: { rateLimit } },
    (req) => verifyCode(app.deps.db, req.params.code),
  );
}
