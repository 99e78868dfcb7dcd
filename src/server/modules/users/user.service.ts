import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { pageOf } from '#server/lib/paging.js';
import { updateVersioned } from '#server/lib/versioned.js';
import { hashPassword } from '#server/modules/auth/auth.service.js';
import { deleteOtherSessions } from '#server/modules/auth/session.repository.js';
import { allows, authorizeAny } from '#server/policies/policy.js';
import { userPolicy } from '#server/policies/users.policy.js';
import type { Role } from '#shared/roles.js';
import type { User, UserCreate, UserUpdate } from '#shared/schemas/users.js';
import * as repo from './user.repository.js';

type Query = { page: number; pageSize: number; order: 'asc' | 'desc'; q?: string; role?: Role; unitId?: number };

async function withRoles(db: Db, rows: repo.UserListRow[], ctx: Ctx): Promise<User[]> {
  const roles = await repo.findRolesOf(
    db,
    rows.map((r) => r.id),
  );
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
    lastLoginAt: r.last_login_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    permissions: { update: canUpdate, archive: canUpdate },
  }));
}

export async function listUsers(ctx: Ctx, query: Query) {
  authorizeAny(userPolicy, ctx.actor, 'read', ctx.units);
  const { page, pageSize, order, ...filter } = query;
  return pageOf(
    page,
    pageSize,
    (limit, offset) => repo.findUsers(ctx.db, filter, order, limit, offset),
    () => repo.countUsers(ctx.db, filter),
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

export async function createUser(ctx: Ctx, input: UserCreate): Promise<User> {
  authorizeAny(userPolicy, ctx.actor, 'create', ctx.units);
  await checkUnits(ctx, input.roles);
  if (await repo.emailTaken(ctx.db, input.email)) throw AppError.field('email', 'duplicate_email');
  const passwordHash = await hashPassword(input.password);
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
      const after = await getUser(ctx, newId, trx);
      await recordAudit(trx, changeEntry(ctx, 'create', 'user', newId, input.email, null, after));
      return after;
    }),
  );
}

export async function updateUser(ctx: Ctx, id: number, input: UserUpdate): Promise<User> {
  authorizeAny(userPolicy, ctx.actor, 'update', ctx.units);
  const before = await getUser(ctx, id);
  await checkUnits(ctx, input.roles);
  if (await repo.emailTaken(ctx.db, input.email, id)) throw AppError.field('email', 'duplicate_email');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return uniqueAsFieldError('email', 'duplicate_email', () =>
    ctx.db.transaction().execute(async (trx) => {
      await updateVersioned(
        trx,
        'users',
        id,
        input.version,
        {
          email: input.email,
          name_zh: input.nameZh,
          name_en: input.nameEn,
          locale: input.locale,
          active: input.active ? 1 : 0,
          updated_at: ctx.now,
          ...(passwordHash ? { password_hash: passwordHash } : {}),
        },
        () => present(ctx, trx, id),
      );
      await repo.replaceRoles(trx, id, input.roles);
      if ((await repo.countActiveAdmins(trx)) === 0) throw AppError.field('roles', 'last_admin');
      // A deactivated account or a reset password ends the user's sessions at once.
      if (!input.active || passwordHash) await deleteOtherSessions(trx, id, null);
      const after = await getUser(ctx, id, trx);
      await recordAudit(trx, changeEntry(ctx, 'update', 'user', id, input.email, before, after));
      return after;
    }),
  );
}
