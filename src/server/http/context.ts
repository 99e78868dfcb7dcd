import type { FastifyRequest } from 'fastify';
import type { Locale, Role } from '../../shared/roles.js';
import type { Db, Dialect } from '../db/client.js';
import type { Env } from '../env.js';
import type { Clock } from '../lib/clock.js';
import { UnitTree } from '../modules/units/unit-tree.js';
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
  let tree: Promise<UnitTree> | undefined;
  return {
    ...deps,
    actor: req.user,
    ip: req.ip,
    locale: requestLocale(req),
    now: deps.clock.now().toISOString(),
    units: () => {
      tree ??= loadUnitTree(deps.db);
      return tree;
    },
  };
}

export async function loadUnitTree(db: Db): Promise<UnitTree> {
  return new UnitTree(await db.selectFrom('units').select(['id', 'parent_id', 'code']).execute());
}
