import type { Ctx } from '#server/http/context.js';
import * as repo from './import.repository.js';

/**
 * Progress of a running commit, for every import kind. Rows are counted in this process's memory (a
 * poll from another connection cannot see uncommitted rows) and, on PostgreSQL, also committed to the
 * batch row at every flush through a second connection, so a poll that lands on another app instance
 * sees it too. SQLite has one connection, busy with the transaction: there, memory only.
 */
export const FLUSH_EVERY = 500;
const running = new Map<number, number>();

/** Rows written so far by a commit running in this process. */
export const progressOf = (batchId: number) => running.get(batchId);
export const forgetProgress = (batchId: number) => running.delete(batchId);

/**
 * Counts written rows; every FLUSH_EVERY rows (and at the end) runs `flush` — the batched writes that
 * wait for it, such as audit entries — and publishes the count.
 */
export function progressCounter(ctx: Ctx, batchId: number, flush: () => Promise<void>) {
  let done = 0;
  const publish = async () => {
    await flush();
    if (ctx.dialect === 'postgres') await repo.setProgress(ctx.db, batchId, done);
  };
  return {
    async step(rows = 1) {
      const before = Math.floor(done / FLUSH_EVERY);
      done += rows;
      running.set(batchId, done);
      if (Math.floor(done / FLUSH_EVERY) > before) await publish();
    },
    finish: publish,
  };
}

/** Columns as the audit shows them: camelCase, without the derived search text. */
export function auditSnapshot(columns: object | null, extra: object = {}) {
  if (!columns) return null;
  const entries = Object.entries(columns)
    .filter(([k]) => k !== 'search_text')
    .map(([k, v]) => [k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), v]);
  return { ...Object.fromEntries(entries), ...extra };
}
