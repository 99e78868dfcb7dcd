import type { Db } from '#server/db/client.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { NO_PASSWORD } from '#server/modules/accounts/account.service.js';
import type { Provider } from './providers.js';
import * as repo from './sso.repository.js';
import { SsoRefusal } from './sso-refusal.js';

/** What a provider said about the person: its stable subject and its claims (or SAML attributes). */
export type Identity = { subject: string; claims: Record<string, unknown> };

/** A claim's values as text (a claim may be one value or a list). */
export function claimValues(claims: Record<string, unknown>, name: string | null): string[] {
  if (!name) return [];
  const raw = claims[name] ?? (claims.attributes as Record<string, unknown> | undefined)?.[name];
  const list = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim())
    .filter(Boolean);
}

type Request = { at: string; ip: string };

/**
 * The Meridian account of an identity, inside the sign-in's transaction: the one linked before, else
 * the account found by e-mail or by the student/staff number claim (then linked, audited). With the
 * provider's `createAccounts`, a person already in Meridian without an account gets one (no password);
 * nobody else is ever created. Refused: a missing claim, nobody found, a deactivated account.
 */
export async function accountOf(trx: Db, p: Provider, identity: Identity, req: Request): Promise<number> {
  const linked = await repo.findIdentityUser(trx, p.slug, identity.subject);
  if (linked) {
    if (linked.active !== 1) throw new SsoRefusal('inactive');
    await repo.touchIdentity(trx, linked.identity_id, req.at);
    return linked.id;
  }
  const [value] = claimValues(identity.claims, p.matchClaim);
  if (!value) throw new SsoRefusal('missing_claim', `claim ${p.matchClaim} missing`);
  const userId =
    p.matchBy === 'email' ? await byEmail(trx, p, value, identity, req) : await byNumber(trx, p, value, identity, req);
  const user = await repo.findUserById(trx, userId);
  if (user?.active !== 1) throw new SsoRefusal('inactive');
  await repo.insertIdentity(trx, userId, p.slug, identity.subject, req.at);
  await recordAudit(trx, {
    at: req.at,
    actorId: userId,
    action: 'sso_link',
    entityType: 'user',
    entityId: userId,
    summary: auditSummary('auditSummaries.ssoLinked', { provider: p.slug, subject: identity.subject }),
    after: { provider: p.slug, subject: identity.subject, matchedBy: p.matchBy },
    ip: req.ip,
  });
  return userId;
}

async function byEmail(trx: Db, p: Provider, email: string, identity: Identity, req: Request) {
  const user = await repo.findUserByEmail(trx, email);
  if (user) return user.id;
  const person = p.createAccounts ? await repo.findUnlinkedPersonByEmail(trx, email) : undefined;
  if (!person) throw new SsoRefusal('unknown_user', `no account for ${email}`);
  return createAccount(trx, p, person, email, identity, req);
}

async function byNumber(trx: Db, p: Provider, number: string, identity: Identity, req: Request) {
  const person = await repo.findPersonByNumber(trx, number);
  if (person?.user_id) return person.user_id;
  if (!person || !p.createAccounts) throw new SsoRefusal('unknown_user', `no account for number ${number}`);
  const [email] = [...claimValues(identity.claims, 'email'), person.email ?? ''].filter(Boolean);
  if (!email) throw new SsoRefusal('missing_claim', 'no e-mail for the new account');
  if (await repo.findUserByEmail(trx, email))
    throw new SsoRefusal('unknown_user', `${email} belongs to another account`);
  return createAccount(trx, p, person, email, identity, req);
}

type Person = NonNullable<Awaited<ReturnType<typeof repo.findPersonByNumber>>>;

/**
 * The account of a person already in Meridian, on their first sign-in. No password (NO_PASSWORD); a
 * student gets the student role in their own unit from Meridian's record — never from the provider.
 */
async function createAccount(trx: Db, p: Provider, person: Person, email: string, identity: Identity, req: Request) {
  const userId = await repo.insertAccount(trx, {
    email: email.toLowerCase(),
    passwordHash: NO_PASSWORD,
    nameZh: person.name_zh,
    nameEn: person.name_en,
    at: req.at,
  });
  await repo.linkPersonToUser(trx, person.id, userId);
  if (person.kind === 'student' && person.unit_id) await repo.insertRole(trx, userId, 'student', person.unit_id);
  await recordAudit(trx, {
    at: req.at,
    actorId: userId,
    action: 'create',
    entityType: 'user',
    entityId: userId,
    summary: auditSummary('auditSummaries.account', { email }),
    after: { email, personId: person.id, provider: p.slug, subject: identity.subject },
    ip: req.ip,
  });
  return userId;
}

/**
 * Roles an administrator mapped from a claim value (per unit) that the account lacks are added and
 * audited; nothing else about roles comes from a provider, and none is ever removed here.
 */
export async function applyRoleMap(trx: Db, p: Provider, userId: number, identity: Identity, req: Request) {
  const values = new Set(claimValues(identity.claims, p.roleClaim));
  const wanted = p.roleMap.filter((m) => values.has(m.value));
  if (wanted.length === 0) return;
  const held = await repo.findRoles(trx, userId);
  const missing = wanted.filter((m) => !held.some((h) => h.role === m.role && h.unit_id === m.unitId));
  if (missing.length === 0) return;
  for (const m of missing) await repo.insertRole(trx, userId, m.role, m.unitId);
  await recordAudit(trx, {
    at: req.at,
    actorId: userId,
    action: 'update',
    entityType: 'user',
    entityId: userId,
    summary: auditSummary('auditSummaries.ssoRoles', { provider: p.slug }),
    before: { roles: held.map((h) => ({ role: h.role, unitId: h.unit_id })) },
    after: { addedRoles: missing.map((m) => ({ role: m.role, unitId: m.unitId })), provider: p.slug },
    ip: req.ip,
  });
}
