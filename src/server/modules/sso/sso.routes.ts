import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { typed } from '#server/http/router.js';
import { setSessionCookie } from '#server/modules/auth/session.hook.js';
import { LoginOptions, SlugParams, SsoStartQuery } from '#shared/schemas/sso.js';
import { SSO_ERROR_PARAM } from '#shared/sso.js';
import { loginOptions } from './identity-provider.service.js';
import * as sso from './sso.service.js';
import { SsoRefusal } from './sso-refusal.js';

/** Binds an OIDC sign-in to the browser that started it (the callback must bring the same state). */
const STATE_COOKIE = 'meridian_sso';
const COOKIE_PATH = '/api/v1/sso';
/** A SAML response is a few KB; a signed one with certificates rarely passes 100 KB. */
const SAML_BODY_LIMIT = 256 * 1024;

/**
 * Sign-in through identity providers (docs/decisions/0019). Every outcome is a redirect: to the page
 * the user came from, or to the login page with `?sso_error=<reason>` — never an error page or a 500.
 */
export async function ssoRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['sso'];
  // Only this plugin reads form posts: the SAML POST binding is one (the rest of the API takes JSON).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: SAML_BODY_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  r.get('/api/v1/sso/providers', { schema: { tags, response: { 200: LoginOptions } } }, () => loginOptions(app.deps));

  r.get('/api/v1/sso/:slug/start', { schema: { tags, params: SlugParams, querystring: SsoStartQuery } }, (req, reply) =>
    outcome(req, reply, async () => {
      const { url, state } = await sso.startSignIn(app.deps, req.params.slug, req.query.redirect);
      reply.setCookie(STATE_COOKIE, state, {
        path: COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        maxAge: 600,
      });
      return url;
    }),
  );

  r.get('/api/v1/sso/:slug/callback', { schema: { tags, params: SlugParams } }, (req, reply) =>
    outcome(req, reply, async () => {
      const query = new URLSearchParams(req.url.split('?')[1] ?? '');
      const cookie = req.cookies[STATE_COOKIE];
      reply.clearCookie(STATE_COOKIE, { path: COOKIE_PATH });
      const s = await sso.finishOidc(app.deps, req.params.slug, query, cookie, client(req));
      setSessionCookie(req, reply, s.token, s.expires);
      return s.returnPath;
    }),
  );

  r.post('/api/v1/sso/:slug/acs', { schema: { tags, params: SlugParams } }, (req, reply) =>
    outcome(req, reply, async () => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const s = await sso.finishSaml(app.deps, req.params.slug, body, client(req));
      setSessionCookie(req, reply, s.token, s.expires);
      return s.returnPath;
    }),
  );

  r.get('/api/v1/sso/:slug/metadata', { schema: { tags, params: SlugParams } }, async (req, reply) => {
    const xml = await sso.samlMetadata(app.deps, req.params.slug).catch((err) => {
      if (err instanceof SsoRefusal) return null;
      throw err;
    });
    if (xml === null) return reply.status(404).type('text/plain').send('Not found');
    return reply.type('application/samlmetadata+xml; charset=utf-8').send(xml);
  });
}

const client = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

/**
 * Runs a step of the sign-in and redirects (303, so a POST becomes a GET): to where it leads, or, when
 * refused or failed, to the login page with the reason. The detail goes only to the log.
 */
async function outcome(req: FastifyRequest, reply: FastifyReply, step: () => Promise<string>) {
  try {
    return reply.redirect(await step(), 303);
  } catch (err) {
    const reason = err instanceof SsoRefusal ? err.reason : 'invalid';
    if (err instanceof SsoRefusal) req.log.warn({ reason, detail: err.message }, 'single sign-on refused');
    else req.log.error({ err }, 'single sign-on failed');
    return reply.redirect(`/login?${SSO_ERROR_PARAM}=${reason}`, 303);
  }
}
