import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { type KeysetQuery, keysetListPage } from '#server/lib/paging.js';
import { updateAudited } from '#server/lib/versioned.js';
import { NO_PASSWORD, sendPasswordLink } from '#server/modules/accounts/account.service.js';
import { hashPassword } from '#server/modules/auth/auth.service.js';
import { checkNewPassword } from '#server/modules/auth/password-rules.js';
import { deleteOtherSessions } from '#server/modules/auth/session.repository.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { userPolicy } from '#server/policies/users.policy.js';
import type { Role } from '#shared/roles.js';
import type { User, UserCreate, UserUpdate } from '#shared/schemas/users.js';
import { checkRoleChange } from './role-grants.js';

/** An account and how many role grants changed; which ones is in the entry's before and after (ADR 0030). */
const rolesSummary = (email: string, c: { added: number; removed: number }) =>
  c.added || c.removed
    ? auditSummary('auditSummaries.accountRoles', { email, ...c })
    : auditSummary('auditSummaries.account', { email });

import * as repo from './user.repository.js';

type Query = KeysetQuery & { order: 'asc' | 'desc'; q?: string; role?: Role; unitId?: number };

async function withRoles(db: Db, rows: repo.UserListRow[], ctx: Ctx): Promise<User[]> {
  const ids = rows.map((r) => r.id);
  const roles = await repo.findRolesOf(db, ids);
  const persons = new Map((await repo.findPersonLinks(db, ids)).map((p) => [p.user_id, p.id]));
  const canUpdate = allows(userPolicy, ctx.actor, 'update', ctx.units);
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    email: r.email,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    locale: r.locale === 'en' ? 'en' : 'zh-TW',
    active: r.active === 1,
    roles: roles.filter((x) => x.user_id === r.id).map((x) => ({ role: x.role as Role, unitId: x.unit_id })),
    personId: persons.get(r.id) ?? null,
    invitePending: r.password_hash === NO_PASSWORD,
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    permissions: { update: canUpdate, archive: canUpdate },
  }));
}

export async function listUsers(ctx: Ctx, query: Query) {
  authorizeAny(userPolicy, ctx.actor, 'read', ctx.units);
  const { page, pageSize, cursor, count, order, ...filter } = query;
  return keysetListPage(
    { page, pageSize, cursor, count },
    repo.userSortKeys(order),
    (window) => repo.findUsers(ctx.db, filter, order, window),
    (cap) => repo.countUsers(ctx.db, filter, cap),
    (rows) => withRoles(ctx.db, rows, ctx),
  );
}

async function present(ctx: Ctx, db: Db, id: number): Promise<User | undefined> {
  const row = await repo.findUserById(db, id);
  return row ? (await withRoles(db, [row], ctx))[0] : undefined;
}

/** The user (admins only); `db` is the open transaction when called after a write. */
export async function getUser(ctx: Ctx, id: number, db: Db = ctx.db): Promise<User> {
  authorizeAny(userPolicy, ctx.actor, 'read', ctx.units);
  const user = await present(ctx, db, id);
  if (!user) throw AppError.notFound();
  return user;
}

async function checkUnits(ctx: Ctx, roles: { unitId: number }[]) {
  const tree = ctx.units;
  roles.forEach((r, i) => {
    if (!tree.has(r.unitId)) throw AppError.field(`roles.${i}.unitId`, 'unit');
  });
}

/** The person may become this user's: it exists and is nobody else's account. */
async function checkPerson(db: Db, personId: number | null, userId: number | null) {
  if (personId === null) return;
  const person = await repo.findPersonForLink(db, personId);
  if (!person || person.archived_at) throw AppError.field('personId', 'person_unknown');
  if (person.user_id !== null && person.user_id !== userId) throw AppError.field('personId', 'person_taken');
}

/** Mails the user a link to set their password (an invitation), e.g. again when the first one expired. */
export async function inviteUser(ctx: Ctx, id: number): Promise<User> {
  authorizeAny(userPolicy, ctx.actor, 'update', ctx.units);
  const user = await getUser(ctx, id);
  if (!user.active) throw new AppError('INVALID_TRANSITION', { messageKey: 'inviteInactive' });
  await ctx.db.transaction().execute((trx) => invite(ctx, trx, user));
  return user;
}

async function invite(ctx: Ctx, trx: Db, user: Pick<User, 'id' | 'email' | 'nameZh' | 'nameEn' | 'locale'>) {
  const to = { id: user.id, email: user.email, name_zh: user.nameZh, name_en: user.nameEn, locale: user.locale };
  await sendPasswordLink(trx, { appUrl: ctx.env.APP_URL, now: ctx.now }, to, 'invite', ctx.actor.id);
  await recordAudit(trx, {
    at: ctx.now,
    actorId: ctx.actor.id,
    action: 'invite',
    entityType: 'user',
    entityId: user.id,
    summary: auditSummary('auditSummaries.account', { email: user.email }),
    ip: ctx.ip,
  });
}

export async function createUser(ctx: Ctx, input: UserCreate): Promise<User> {
  authorizeAny(userPolicy, ctx.actor, 'create', ctx.units);
  await checkUnits(ctx, input.roles);
  const granted = checkRoleChange(ctx.actor.id, null, [], input.roles);
  if (await repo.emailTaken(ctx.db, input.email)) throw AppError.field('email', 'duplicate_email');
  await checkPerson(ctx.db, input.personId ?? null, null);
  if (input.password) checkNewPassword(input.password, input.email);
  const passwordHash = input.password ? await hashPassword(input.password) : NO_PASSWORD;
  return uniqueAsFieldError('email', 'duplicate_email', () =>
    ctx.db.transaction().execute(async (trx) => {
      const newId = await repo.insertUser(trx, {
        email: input.email,
        password_hash: passwordHash,
        name_zh: input.nameZh,
        name_en: input.nameEn,
        locale: input.locale,
        active: input.active ? 1 : 0,
        created_at: ctx.now,
        updated_at: ctx.now,
      });
      await repo.replaceRoles(trx, newId, input.roles);
      await repo.linkPerson(trx, newId, input.personId ?? null);
      const after = await getUser(ctx, newId, trx);
      await recordAudit(
        trx,
        changeEntry(ctx, 'create', 'user', newId, rolesSummary(input.email, granted), null, after),
      );
      if (!input.password && input.active) await invite(ctx, trx, after);
      return after;
    }),
  );
}

export async function updateUser(ctx: Ctx, id: number, input: UserUpdate): Promise<User> {
  authorizeAny(userPolicy, ctx.actor, 'update', ctx.units);
  const before = await getUser(ctx, id);
  await checkUnits(ctx, input.roles);
  const changed = checkRoleChange(ctx.actor.id, id, before.roles, input.roles);
  if (await repo.emailTaken(ctx.db, input.email, id)) throw AppError.field('email', 'duplicate_email');
  await checkPerson(ctx.db, input.personId ?? null, id);
  if (input.password) checkNewPassword(input.password, input.email);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return uniqueAsFieldError('email', 'duplicate_email', () =>
    ctx.db.transaction().execute((trx) =>
      updateAudited(trx, {
        table: 'users',
        id,
        version: input.version,
        values: {
          email: input.email,
          name_zh: input.nameZh,
          name_en: input.nameEn,
          locale: input.locale,
          active: input.active ? 1 : 0,
          updated_at: ctx.now,
          ...(passwordHash ? { password_hash: passwordHash } : {}),
        },
        current: () => present(ctx, trx, id),
        alsoWrite: async () => {
          await repo.replaceRoles(trx, id, input.roles);
          if (input.personId !== undefined) await repo.linkPerson(trx, id, input.personId);
          if ((await repo.countActiveAdmins(trx)) === 0) throw AppError.field('roles', 'last_admin');
          // A deactivated account or a reset password ends the user's sessions at once.
          if (!input.active || passwordHash) await deleteOtherSessions(trx, id, null);
        },
        after: () => getUser(ctx, id, trx),
        audit: (after) => changeEntry(ctx, 'update', 'user', id, rolesSummary(input.email, changed), before, after),
      }),
    ),
  );
}
