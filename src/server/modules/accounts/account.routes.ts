import type { FastifyInstance } from 'fastify';
import { typed } from '#server/http/router.js';
import { setSessionCookie } from '#server/modules/auth/session.hook.js';
import { ForgotPasswordBody, SetPasswordBody } from '#shared/schemas/auth.js';
import { OkResponse } from '#shared/schemas/common.js';
import * as service from './account.service.js';

/** Signed-out account pages: "forgot password" and setting a password from a one-time link. */
export async function accountRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['auth'];

  r.post(
    '/api/v1/auth/forgot-password',
    { schema: { tags, body: ForgotPasswordBody, response: { 200: OkResponse } } },
    async (req) => {
      await service.requestReset(app.deps, req.body.email, req.ip);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/v1/auth/set-password',
    {
      schema: { tags, body: SetPasswordBody, response: { 200: OkResponse } },
      // Guessing tokens is hopeless (256 bits); this keeps anyone from trying hard.
      config: { rateLimit: { max: app.deps.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, expires } = await service.setPasswordWithToken(
        app.deps,
        req.body.token,
        req.body.password,
        req.ip,
        req.headers['user-agent'],
      );
      setSessionCookie(req, reply, token, expires);
      return { ok: true as const };
    },
  );
}
