import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { businessDate } from '#shared/calendar.js';
import type { Role } from '#shared/roles.js';
import { findLiveToken, touchToken } from './api-token.repository.js';

/** Only this is stored of a token (as of a session's or a calendar feed's secret). */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Last use is written at most this often, so a busy integration's reads do not all become writes. */
const TOUCH_EVERY_MS = 60_000;
/** The account's own business (signing out, its password, its preferences) needs a person, not a token. */
const ACCOUNT_ROUTES = /^\/api\/v1\/auth\/(?!me(\?|$))/;

/**
 * The actor an API token stands for: its one role in its unit (so every policy applies as it would to a
 * person holding that role there), acting under the id of the administrator who made it (audit entries
 * name them). An unknown, revoked or expired token, or one whose maker was deactivated, is refused (401).
 */
export async function tokenUser(req: FastifyRequest, secret: string): Promise<SessionUser> {
  const { db, clock } = req.server.deps;
  const row = await findLiveToken(db, hashSecret(secret));
  const now = clock.now();
  if (!row || (row.expires_on !== null && row.expires_on < businessDate(now))) throw new AppError('UNAUTHENTICATED');
  if (ACCOUNT_ROUTES.test(req.url)) throw new AppError('FORBIDDEN', { messageKey: 'token_not_for_account' });
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > TOUCH_EVERY_MS)
    await touchToken(db, row.id, now.toISOString());
  return {
    id: row.created_by,
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'zh-TW',
    roles: [{ role: row.role as Role, unitId: row.unit_id }],
    sessionId: `token:${row.id}`,
    csrfToken: '',
    sessionExpiresAt: row.expires_on ?? '',
    tokenId: row.id,
  };
}
