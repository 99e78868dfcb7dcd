import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { enqueueMail } from '#server/mail/outbox.repository.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import {
  APPLICANT_SESSION_DAYS,
  APPLICANT_TOKEN_HEADER,
  CODE_MAX_ATTEMPTS,
  CODE_TTL_MINUTES,
} from '#shared/admissions.js';
import type { Locale } from '#shared/roles.js';
import { codeMail } from './admissions.mail.js';
import * as repo from './applicant.repository.js';

/**
 * The applicant's identity: an e-mail address proven by a six-digit code mailed to it (no password, no
 * staff account). The code is stored hashed, expires after 30 minutes and allows five tries; a right
 * code opens a session whose token (hashed at rest) the portal sends in a header. The answer to a code
 * request is the same whether or not the address is known, and a filled honeypot sends nothing.
 */
export type Applicant = { accountId: number; email: string; locale: Locale };

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
export const emailKey = (email: string) => email.trim().toLowerCase();

export async function requestCode(
  deps: AppDeps,
  input: { email: string; locale: Locale; website?: string },
): Promise<{ ok: true }> {
  if (input.website?.trim()) return { ok: true };
  const now = deps.clock.now();
  const email = emailKey(input.email);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000).toISOString();
  const university = await loadUniversityDetails(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    await repo.upsertCode(trx, {
      email,
      locale: input.locale,
      codeHash: sha(`${email}:${code}`),
      expiresAt,
      now: now.toISOString(),
    });
    const mail = codeMail(input.locale, university, { code, minutes: CODE_TTL_MINUTES, email });
    // One mail per code: a new request replaces the code, and its mail is a new message.
    await enqueueMail(
      trx,
      { to: email, locale: input.locale, ...mail, dedupeKey: `applicant-code:${sha(`${email}:${code}:${expiresAt}`)}` },
      now.toISOString(),
    );
  });
  return { ok: true };
}

export async function verifyCode(deps: AppDeps, input: { email: string; code: string }) {
  const now = deps.clock.now();
  const email = emailKey(input.email);
  const account = await repo.findAccount(deps.db, email);
  const refuse = () => AppError.field('code', 'applicant_code_invalid');
  if (!account?.code_hash || !account.code_expires_at || new Date(account.code_expires_at) <= now) throw refuse();
  if (account.code_attempts >= CODE_MAX_ATTEMPTS) throw refuse();
  const sent = Buffer.from(sha(`${email}:${input.code}`));
  if (!timingSafeEqual(sent, Buffer.from(account.code_hash))) {
    await repo.countAttempt(deps.db, account.id, account.code_attempts + 1);
    throw refuse();
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + APPLICANT_SESSION_DAYS * 86_400_000).toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await repo.consumeCode(trx, account.id, now.toISOString());
    await repo.insertSession(trx, {
      id: sha(token),
      account_id: account.id,
      expires_at: expiresAt,
      created_at: now.toISOString(),
    });
  });
  return { token, email, expiresAt };
}

/** The applicant behind the request's token, or 401. */
export async function applicantOf(req: FastifyRequest): Promise<Applicant> {
  const token = req.headers[APPLICANT_TOKEN_HEADER];
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) throw new AppError('UNAUTHENTICATED');
  const { db, clock } = req.server.deps;
  const row = await repo.findSession(db, sha(token));
  if (!row || new Date(row.expires_at) <= clock.now()) throw new AppError('UNAUTHENTICATED');
  return { accountId: row.id, email: row.email, locale: row.locale === 'en' ? 'en' : 'zh-TW' };
}
