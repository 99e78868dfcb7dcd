import type { FastifyInstance } from 'fastify';
import { typed } from '#server/http/router.js';
import { mentorCapability } from '#server/modules/cohorts/mentor.service.js';
import { providerLogoutUrl as logoutUrlOf } from '#server/modules/sso/sso.service.js';
import { loadUnitTree } from '#server/modules/units/unit-tree.loader.js';
import { allCapabilities } from '#server/policies/index.js';
import { ChangePasswordBody, LoginBody, Me, PreferencesBody } from '#shared/schemas/auth.js';
import { OkResponse } from '#shared/schemas/common.js';
import { LogoutResponse } from '#shared/schemas/sso.js';
import * as account from './account.repository.js';
import * as auth from './auth.service.js';
import { clearSessionCookie, LOGIN_URL, requireUser, setSessionCookie } from './session.hook.js';

export async function authRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['auth'];

  r.post(
    LOGIN_URL,
    {
      schema: { tags, body: LoginBody, response: { 200: OkResponse } },
      // Per-IP ceiling on top of the per-e-mail slow-down in the service.
      config: { rateLimit: { max: app.deps.env.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const { token, expires } = await auth.login(
        app.deps,
        req.body.email,
        req.body.password,
        req.ip,
        req.headers['user-agent'],
      );
      setSessionCookie(req, reply, token, expires);
      return { ok: true as const };
    },
  );

  // After a sign-in through a provider with an end-session endpoint, the web app goes there next.
  r.post('/api/v1/auth/logout', { schema: { tags, response: { 200: LogoutResponse } } }, async (req, reply) => {
    const user = requireUser(req);
    const providerLogoutUrl = await logoutUrlOf(app.deps, user.sessionId);
    await auth.logout(app.deps, user.id, user.sessionId, req.ip);
    clearSessionCookie(reply);
    return { ok: true as const, ...(providerLogoutUrl ? { providerLogoutUrl } : {}) };
  });

  r.get('/api/v1/auth/me', { schema: { tags, response: { 200: Me } } }, async (req) => {
    const user = requireUser(req);
    const row = await account.findNames(app.deps.db, user.id);
    const units = await account.findRoleUnitNames(
      app.deps.db,
      user.roles.map((r) => r.unitId),
    );
    const byId = new Map(units.map((u) => [u.id, u]));
    const capabilities = allCapabilities(user, await loadUnitTree(app.deps.db));
    // Mentoring a cohort participant is a record, not a role: the "my mentees" page's link follows it.
    capabilities.cohorts = { ...capabilities.cohorts, ...(await mentorCapability(app.deps.db, user.id)) };
    return {
      id: user.id,
      email: user.email,
      nameZh: row.name_zh,
      nameEn: row.name_en,
      locale: user.locale,
      roles: user.roles.map((r) => ({
        ...r,
        unitNameZh: byId.get(r.unitId)?.name_zh ?? '',
        unitNameEn: byId.get(r.unitId)?.name_en ?? '',
      })),
      capabilities,
      csrfToken: user.csrfToken,
      sessionExpiresAt: user.sessionExpiresAt,
    };
  });

  r.post(
    '/api/v1/auth/password',
    { schema: { tags, body: ChangePasswordBody, response: { 200: OkResponse } } },
    async (req) => {
      const user = requireUser(req);
      await auth.changePassword(app.deps, user, req.body.currentPassword, req.body.newPassword, req.ip);
      return { ok: true as const };
    },
  );

  r.put(
    '/api/v1/auth/preferences',
    { schema: { tags, body: PreferencesBody, response: { 200: OkResponse } } },
    async (req) => {
      const user = requireUser(req);
      await account.setLocale(app.deps.db, user.id, req.body.locale);
      return { ok: true as const };
    },
  );
}
