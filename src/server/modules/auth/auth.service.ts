import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { Db } from '#server/db/client.js';
import type { AppDeps } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { AppError } from '#server/lib/errors.js';
import * as account from './account.repository.js';
import { checkNewPassword } from './password-rules.js';
import { hashToken, sessionExpiry } from './session.hook.js';
import * as repo from './session.repository.js';
import * as settings from './sign-in-settings.repository.js';

// Algorithm.Argon2id is an ambient const enum (2), which isolated modules cannot read by name.
const ARGON = { algorithm: 2 as Algorithm.Argon2id };
/** Failures allowed before the e-mail is slowed down; each further failure doubles the wait. */
export const FREE_FAILURES = 4;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

export const hashPassword = (password: string) => hash(password, ARGON);

// Verified against when the e-mail is unknown, so both answers take as long.
let dummyHash: Promise<string> | undefined;

export function lockSeconds(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** (failures - FREE_FAILURES - 1), MAX_LOCK_SECONDS);
}

/**
 * Signs in. Unknown e-mail and wrong password answer identically (same code, same message, same
 * throttling, similar time). Repeated failures slow the e-mail *from that source address* down with a
 * growing wait that expires, so an attacker is slowed and the real user, signing in from elsewhere, is
 * not locked out by them at all (many sources are held back by the per-IP ceiling on the route).
 */
export async function login(deps: AppDeps, email: string, password: string, ip: string, userAgent: string | undefined) {
  const { db, clock } = deps;
  const now = clock.now();
  const key = repo.throttleKey(email, ip);
  const throttle = await repo.findThrottle(db, key);
  if (throttle?.locked_until && new Date(throttle.locked_until) > now) {
    const retryAfterSeconds = Math.ceil((new Date(throttle.locked_until).getTime() - now.getTime()) / 1000);
    throw new AppError('TOO_MANY_ATTEMPTS', { retryAfterSeconds });
  }
  const user = await account.findUserByEmail(db, email);
  dummyHash ??= hash('not-a-real-password', ARGON);
  const ok = await verify(user?.password_hash ?? (await dummyHash), password).catch(() => false);
  if (!user || !ok || user.active !== 1) {
    const failures = (throttle?.failures ?? 0) + 1;
    const wait = lockSeconds(failures);
    await repo.saveThrottle(db, {
      email: key,
      failures,
      locked_until: wait ? new Date(now.getTime() + wait * 1000).toISOString() : null,
      updated_at: now.toISOString(),
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!(await passwordAllowed(db, user.id))) throw new AppError('INVALID_CREDENTIALS', { messageKey: 'passwordOff' });
  return db.transaction().execute(async (trx) => {
    await repo.deleteThrottle(trx, key);
    return startSession(trx, deps, user.id, { ip, userAgent });
  });
}

/**
 * Whether this account may sign in with its local password (docs/decisions/0019): administrators always
 * may (their way in when the providers fail); otherwise students (every role a student's) and staff each
 * follow their setting.
 */
export async function passwordAllowed(db: Db, userId: number): Promise<boolean> {
  const roles = await settings.findRolesOfUser(db, userId);
  if (roles.includes('admin')) return true;
  const row = await settings.findSignInSettings(db);
  const student = roles.length > 0 && roles.every((r) => r === 'student' || r === 'student_assistant');
  return (student ? row.student_passwords : row.staff_passwords) === 1;
}

/**
 * Opens a session for a user who has proved who they are (password, one-time link or an identity
 * provider), inside the caller's transaction, and audits the sign-in. The one place sessions are made.
 */
export async function startSession(
  trx: Db,
  deps: Pick<AppDeps, 'clock' | 'env'>,
  userId: number,
  request: { ip: string; userAgent: string | undefined; provider?: string },
) {
  const now = deps.clock.now();
  const token = randomBytes(32).toString('base64url');
  const expires = sessionExpiry(now, now, deps.env.SESSION_IDLE_HOURS, deps.env.SESSION_MAX_DAYS);
  const at = now.toISOString();
  const sessionId = hashToken(token);
  await repo.insertSession(trx, {
    id: sessionId,
    user_id: userId,
    csrf_token: randomBytes(24).toString('base64url'),
    created_at: at,
    last_seen_at: at,
    expires_at: expires.toISOString(),
    ip: request.ip,
    user_agent: request.userAgent?.slice(0, 300) ?? null,
  });
  await account.setLastLogin(trx, userId, at);
  await recordAudit(trx, {
    at,
    actorId: userId,
    action: 'login',
    entityType: 'session',
    entityId: userId,
    after: request.provider ? { provider: request.provider } : undefined,
    ip: request.ip,
  });
  return { token, expires, sessionId };
}

export async function logout(deps: AppDeps, userId: number, sessionId: string, ip: string) {
  await deps.db.transaction().execute(async (trx) => {
    await repo.deleteSession(trx, sessionId);
    await recordAudit(trx, {
      at: deps.clock.now().toISOString(),
      actorId: userId,
      action: 'logout',
      entityType: 'session',
      entityId: userId,
      ip,
    });
  });
}

/** Changes the password and ends the user's other sessions (a stolen session dies with the old password). */
export async function changePassword(
  deps: AppDeps,
  user: { id: number; sessionId: string; email: string },
  current: string,
  next: string,
  ip: string,
) {
  const currentHash = await account.findPasswordHash(deps.db, user.id);
  if (!(await verify(currentHash, current).catch(() => false))) {
    throw new AppError('VALIDATION_FAILED', { fields: [{ path: 'currentPassword', key: 'wrong_current_password' }] });
  }
  checkNewPassword(next, user.email, 'newPassword');
  const passwordHash = await hashPassword(next);
  const at = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await account.setPasswordHash(trx, user.id, passwordHash, at);
    await repo.deleteOtherSessions(trx, user.id, user.sessionId);
    await recordAudit(trx, {
      at,
      actorId: user.id,
      action: 'password_change',
      entityType: 'user',
      entityId: user.id,
      ip,
    });
  });
}
