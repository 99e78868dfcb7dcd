import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { tokenUser } from '#server/modules/integrations/api-token.auth.js';
import type { Role } from '#shared/roles.js';
import { findSessionWithUser, touchSession } from './session.repository.js';

export const SESSION_COOKIE = 'meridian_sid';
export const CSRF_HEADER = 'x-csrf-token';
export const LOGIN_URL = '/api/v1/auth/login';
/**
 * The SAML assertion consumer is posted cross-site by the identity provider's page, by design: the
 * signed response that answers a request this server made, used once, is its proof instead of a token.
 */
const SAML_ACS = /^\/api\/v1\/sso\/[a-z0-9-]+\/acs(\?|$)/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Sliding expiry is written at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function sessionExpiry(createdAt: Date, now: Date, idleHours: number, maxDays: number): Date {
  const idle = now.getTime() + idleHours * 3_600_000;
  const absolute = createdAt.getTime() + maxDays * 86_400_000;
  return new Date(Math.min(idle, absolute));
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, token: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The server's sign-in page (modules/auth/sign-in) reads the session too: someone signed in is sent on. */
const SIGN_IN_PAGE = /^\/login(\?|$)/;

/** Loads the session (if any) on every API request, and checks CSRF on state-changing ones. */
export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/') && !SIGN_IN_PAGE.test(req.url)) return;
    // An integration's API token (Authorization: Bearer) instead of a session: no cookie is involved, so
    // there is nothing for a cross-site request to ride on and no CSRF check applies (docs/decisions/0034).
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      req.user = await tokenUser(req, bearer);
      return;
    }
    req.user = await loadSessionUser(req, reply);
    if (UNSAFE.has(req.method) && !SAML_ACS.test(req.url)) checkCsrf(req, req.url.startsWith(LOGIN_URL));
  });
}

async function loadSessionUser(req: FastifyRequest, reply: FastifyReply): Promise<SessionUser | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token) return null;
  const { db, clock, env } = req.server.deps;
  const id = hashToken(token);
  const now = clock.now();
  const row = await findSessionWithUser(db, id, now.getTime());
  const live = row !== undefined && row.active === 1 && new Date(row.expires_at) > now;
  if (!live) {
    clearSessionCookie(reply);
    return null;
  }
  let expiresAt = row.expires_at;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    const next = sessionExpiry(new Date(row.created_at), now, env.SESSION_IDLE_HOURS, env.SESSION_MAX_DAYS);
    expiresAt = next.toISOString();
    await touchSession(db, id, now.toISOString(), expiresAt);
    // The row may be the cached one: it now says what the database says, so the next request does not touch again.
    row.last_seen_at = now.toISOString();
    row.expires_at = expiresAt;
    setSessionCookie(req, reply, token, next);
  }
  return {
    id: row.user_id,
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'zh-TW',
    roles: row.roles.map((r) => ({ role: r.role as Role, unitId: r.unit_id })),
    sessionId: id,
    csrfToken: row.csrf_token,
    sessionExpiresAt: expiresAt,
  };
}

/**
 * CSRF defence in depth: the session cookie is SameSite=Lax; only JSON and multipart bodies are
 * parsed (no cross-site form can send JSON without a preflight); a cross-origin Origin header is
 * refused; and a signed-in request must echo the session's CSRF token in a header.
 */
function checkCsrf(req: FastifyRequest, isLogin: boolean) {
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('CSRF_FAILED');
    }
    if (host !== req.headers.host) throw new AppError('CSRF_FAILED');
  }
  if (!req.user || isLogin) return;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string' || !safeEqual(sent, req.user.csrfToken)) throw new AppError('CSRF_FAILED');
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  return req.user;
}
