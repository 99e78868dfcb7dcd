import type { FastifyInstance } from 'fastify';
import type { Db } from '#server/db/client.js';
import { findUnitTreeRows } from './unit.repository.js';
import { UnitTree } from './unit-tree.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The unit tree, set for every signed-in API request before its handler runs (see registerUnitTree). */
    unitTree: UnitTree | null;
  }
}

let treeCache = new WeakMap<object, Promise<UnitTree>>();

/**
 * The unit tree, read once per database handle: units change rarely, and reading them on every request
 * was a third of a detail read's fixed cost (issue 6). Whoever writes units calls `invalidateUnitTrees`.
 */
export function loadUnitTree(db: Db): Promise<UnitTree> {
  let tree = treeCache.get(db);
  if (!tree) {
    tree = findUnitTreeRows(db).then((rows) => new UnitTree(rows));
    treeCache.set(db, tree);
    tree.catch(() => treeCache.delete(db));
  }
  return tree;
}

export function invalidateUnitTrees() {
  treeCache = new WeakMap();
}

/**
 * Loads the tree for every signed-in API request, before the handler, so services read `ctx.units` as a
 * value. Before, 41 services awaited it themselves, each first thing so that the read did not wait
 * inside a transaction for SQLite's one connection.
 */
export function registerUnitTree(app: FastifyInstance) {
  app.decorateRequest('unitTree', null);
  app.addHook('preHandler', async (req) => {
    if (req.user) req.unitTree = await loadUnitTree(req.server.deps.db);
  });
}
