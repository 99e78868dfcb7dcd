import type { Api } from '../harness/session.js';
import { type PrepareContext, type Scenario, type Skip, skip } from './types.js';

/**
 * A request slower than this alone is not put under load: 50 connections would only queue behind it
 * (and with SQLite's synchronous driver, block the server for the scenarios after it).
 */
export const SLOW_MS = 1_000;

/**
 * A list or detail read: resolves its GET path against the running server (ids, page numbers), checks it
 * answers 200, and is then loaded at full concurrency and compared with the baseline replaying its SQL.
 */
export function readScenario(
  name: string,
  description: string,
  resolve: (ctx: PrepareContext) => Promise<string | Skip>,
  kind: 'read' | 'aggregate' = 'read',
): Scenario {
  return {
    name,
    kind,
    description,
    async prepare(ctx) {
      const path = await resolve(ctx);
      if (typeof path !== 'string') return path;
      // Twice: the first answer also warms caches; the second's time says whether load makes sense.
      let probeMs = 0;
      for (let i = 0; i < 2 && probeMs <= SLOW_MS; i++) {
        const started = performance.now();
        const res = await ctx.api.get(path);
        if (res.status !== 200) return unavailable(path, res.status);
        probeMs = Math.round(performance.now() - started);
      }
      return {
        type: 'load',
        requests: [{ method: 'GET', path, headers: ctx.api.headers }],
        baselinePath: path,
        probeMs,
        detail: { path, probeMs },
      };
    },
  };
}

/** GET a JSON body the scenario needs to set itself up, or the reason it cannot run. */
export async function fetchJson<T>(api: Api, path: string): Promise<T | Skip> {
  const res = await api.get(path);
  return res.status === 200 ? res.json<T>() : unavailable(path, res.status);
}

export function unavailable(path: string, status: number): Skip {
  return skip(
    status === 404
      ? `GET ${path} answered 404: the route is not in this build yet (its module has not landed)`
      : `GET ${path} answered ${status}`,
  );
}

export const isSkip = (v: unknown): v is Skip => typeof v === 'object' && v !== null && (v as Skip).type === 'skip';
