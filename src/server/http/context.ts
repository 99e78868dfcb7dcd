import type { FastifyRequest } from 'fastify';
import type { Db, Dialect } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import type { Clock } from '#server/lib/clock.js';
import { UnitTree } from '#server/modules/units/unit-tree.js';
import type { Locale, Role } from '#shared/roles.js';
import { AppError } from './errors.js';
import { requestLocale } from './locale.js';

export type SessionUser = {
  id: number;
  email: string;
  locale: Locale;
  roles: { role: Role; unitId: number }[];
  sessionId: string;
  csrfToken: string;
  sessionExpiresAt: string;
};

export type AppDeps = { db: Db; dialect: Dialect; env: Env; clock: Clock };

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** Everything a service needs to act for the signed-in user. */
export type Ctx = AppDeps & {
  actor: SessionUser;
  ip: string;
  locale: Locale;
  now: string;
  units: () => Promise<UnitTree>;
};

export function ctx(req: FastifyRequest): Ctx {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  const deps = req.server.deps;
  return {
    ...deps,
    actor: req.user,
    ip: req.ip,
    locale: requestLocale(req),
    now: deps.clock.now().toISOString(),
    units: () => loadUnitTree(deps.db),
  };
}

let treeCache = new WeakMap<object, Promise<UnitTree>>();

/**
 * The unit tree, read once per database handle: units are reference data written only by seeding
 * (no API writes them), and reading them on every request was a third of a detail read's fixed cost
 * (issue 6). Whoever writes units calls `invalidateUnitTrees` afterwards.
 */
export function loadUnitTree(db: Db): Promise<UnitTree> {
  let tree = treeCache.get(db);
  if (!tree) {
    tree = db
      .selectFrom('units')
      .select(['id', 'parent_id', 'code'])
      .execute()
      .then((rows) => new UnitTree(rows));
    treeCache.set(db, tree);
    tree.catch(() => treeCache.delete(db));
  }
  return tree;
}

export function invalidateUnitTrees() {
  treeCache = new WeakMap();
}
