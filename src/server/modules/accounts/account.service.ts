import { randomBytes } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { AppError } from '#server/lib/errors.js';
import { type AccountMailPurpose, renderAccountMail } from '#server/mail/account.mail.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { hashPassword, login } from '#server/modules/auth/auth.service.js';
import { checkNewPassword } from '#server/modules/auth/password-rules.js';
import { hashToken } from '#server/modules/auth/session.hook.js';
import { clearThrottle, deleteOtherSessions } from '#server/modules/auth/session.repository.js';
import { localName } from '#shared/i18n/index.js';
import { pickLocale } from '#shared/roles.js';
import * as repo from './account-token.repository.js';

/** How long a link works: an invitation a week (people are slow to start), a reset an hour. */
export const LINK_LIFETIME_MS: Record<AccountMailPurpose, number> = {
  invite: 7 * 86_400_000,
  reset: 3_600_000,
};
/** Reset requests allowed per hour, per e-mail (known or not) and per address. */
export const RESETS_PER_EMAIL_PER_HOUR = 3;
export const RESETS_PER_IP_PER_HOUR = 20;
/** The password hash of an account whose user has not set one yet: no password verifies against it. */
export const NO_PASSWORD = '!unset';

type LinkUser = Pick<repo.AccountUser, 'id' | 'email' | 'name_zh' | 'name_en' | 'locale'>;

/**
 * Mails the user a one-time link that sets their password, inside the caller's transaction (the mail
 * exists exactly when the change does). The link's token is kept only as its hash; a new link retires
 * the user's earlier ones.
 */
export async function sendPasswordLink(
  trx: Db,
  deps: { appUrl: string; now: string },
  user: LinkUser,
  purpose: AccountMailPurpose,
  createdBy: number | null,
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const expiresAt = new Date(Date.parse(deps.now) + LINK_LIFETIME_MS[purpose]).toISOString();
  await repo.retireTokens(trx, user.id, deps.now);
  await repo.insertToken(trx, {
    user_id: user.id,
    purpose,
    token_hash: tokenHash,
    expires_at: expiresAt,
    created_by: createdBy,
    created_at: deps.now,
  });
  const locale = pickLocale(user.locale);
  const name = localName(locale, user.name_zh, user.name_en) || user.email;
  const link = `${deps.appUrl}/set-password?token=${token}`;
  const mail = renderAccountMail(locale, purpose, { name, email: user.email, link, expiresAt });
  await enqueueMail(trx, { to: user.email, locale, ...mail, dedupeKey: `account:${tokenHash}` }, deps.now);
}

/**
 * "Forgot password": mails a reset link if an active account has this e-mail. The answer is the same
 * whether it has or not — including the rate limit, which counts requests per e-mail and per address
 * whatever the e-mail is — so the page tells nobody which addresses have accounts.
 */
export async function requestReset(deps: AppDeps, email: string, ip: string): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const hourAgo = new Date(now.getTime() - 3_600_000).toISOString();
  const counts = await repo.countResetRequests(deps.db, email, ip, hourAgo);
  if (counts.byEmail >= RESETS_PER_EMAIL_PER_HOUR || counts.byIp >= RESETS_PER_IP_PER_HOUR) {
    throw new AppError('RATE_LIMITED');
  }
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteResetRequestsBefore(trx, new Date(now.getTime() - 86_400_000).toISOString());
    await repo.insertResetRequest(trx, { email, ip, created_at: at });
    const user = await repo.findUserByEmail(trx, email);
    if (user && user.active === 1)
      await sendPasswordLink(trx, { appUrl: deps.env.APP_URL, now: at }, user, 'reset', null);
  });
}

const invalidLink = () => new AppError('VALIDATION_FAILED', { messageKey: 'tokenInvalid' });

/**
 * Sets the password with a link's token (single use, before it expires, for an active account), ends
 * every session and open link of the user, then signs them in: returns the new session.
 */
export async function setPasswordWithToken(
  deps: AppDeps,
  token: string,
  password: string,
  ip: string,
  userAgent: string | undefined,
) {
  const at = deps.clock.now().toISOString();
  const row = await repo.findToken(deps.db, hashToken(token));
  if (!row || row.used_at || row.expires_at <= at || row.active !== 1) throw invalidLink();
  checkNewPassword(password, row.email);
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.useToken(trx, row.id, at))) throw invalidLink();
    await repo.setPasswordHash(trx, row.user_id, passwordHash, at);
    await repo.retireTokens(trx, row.user_id, at);
    await deleteOtherSessions(trx, row.user_id, null);
    await clearThrottle(trx, row.email);
    await recordAudit(trx, {
      at,
      actorId: row.user_id,
      action: 'password_reset',
      entityType: 'user',
      entityId: row.user_id,
      after: { purpose: row.purpose },
      ip,
    });
  });
  return login(deps, row.email, password, ip, userAgent);
}
