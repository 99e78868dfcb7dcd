import type { FastifyRequest } from 'fastify';
import type { Db, Dialect } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import type { Clock } from '#server/lib/clock.js';
import { AppError } from '#server/lib/errors.js';
import type { UnitTree } from '#server/modules/units/unit-tree.js';
import type { Locale, Role } from '#shared/roles.js';
import { requestLocale } from './locale.js';

export type SessionUser = {
  id: number;
  email: string;
  locale: Locale;
  roles: { role: Role; unitId: number }[];
  sessionId: string;
  csrfToken: string;
  sessionExpiresAt: string;
  /** Set when the request came with an API token instead of a session (docs/decisions/0034). */
  tokenId?: number;
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
  /** The unit tree (loaded before the handler by modules/units: registerUnitTree). */
  units: UnitTree;
};

export function ctx(req: FastifyRequest): Ctx {
  if (!req.user) throw new AppError('UNAUTHENTICATED');
  if (!req.unitTree) throw new Error('the unit tree is loaded before handlers (registerUnitTree)');
  const deps = req.server.deps;
  return {
    ...deps,
    actor: req.user,
    ip: req.ip,
    locale: requestLocale(req),
    now: deps.clock.now().toISOString(),
    units: req.unitTree,
  };
}
