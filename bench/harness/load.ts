import autocannon, { type Request, type Result } from 'autocannon';
import { cpuMs, round } from './process.js';

export type LoadOptions = { connections: number; duration: number; warmup: number };

/** One measured run: throughput, latency percentiles (ms) and what went wrong. */
export type LoadFigures = {
  requests: number;
  rps: number;
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** The server's CPU time per answered request (ms), when its pid was given. */
  cpuMsPerRequest?: number;
};

/**
 * autocannon against `url` with `requests` (one GET path, or a sequence such as create → update that
 * each connection repeats): a warm-up run whose figures are dropped, then the measured one; after each,
 * the server is let finish what is still queued (waitIdle) before anything else is measured.
 */
export async function measure(
  url: string,
  requests: Request[],
  opts: LoadOptions & { idlePath: string; pid?: number },
): Promise<{ measured: LoadFigures; all: Record<string, number> }> {
  const run = async (duration: number) => {
    const cpuBefore = opts.pid ? cpuMs(opts.pid) : 0;
    const result = await autocannon({ url, connections: opts.connections, duration, requests, timeout: 30 });
    const cpu = opts.pid ? cpuMs(opts.pid) - cpuBefore : undefined;
    await waitIdle(url + opts.idlePath);
    const f = figures(result);
    if (cpu !== undefined && f.requests > 0) f.cpuMsPerRequest = round(cpu / f.requests, 3);
    return f;
  };
  const warm = opts.warmup > 0 ? await run(opts.warmup) : undefined;
  const measured = await run(opts.duration);
  const all = { ...measured.statusCodes };
  for (const [code, n] of Object.entries(warm?.statusCodes ?? {})) all[code] = (all[code] ?? 0) + n;
  return { measured, all };
}

function figures(r: Result): LoadFigures {
  const statusCodes = Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count]));
  const total = Object.values(statusCodes).reduce((n, c) => n + c, 0);
  return {
    requests: total,
    rps: round(total / r.duration, 0),
    p50: r.latency.p50,
    p97_5: r.latency.p97_5,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    non2xx: r.non2xx,
    statusCodes,
  };
}

/**
 * Waits until the server has worked off what the last run left queued: when autocannon stops, each
 * connection may still have a request in the server, which would otherwise be served — and slow the
 * server — during the next measurement. Idle = a trivial request answered in under 50 ms, twice.
 */
export async function waitIdle(url: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let quick = 0; quick < 2; ) {
    if (Date.now() > deadline) throw new Error(`${url} still busy after ${timeoutMs / 1000} s`);
    const started = performance.now();
    await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    quick = performance.now() - started < 50 ? quick + 1 : 0;
  }
}
