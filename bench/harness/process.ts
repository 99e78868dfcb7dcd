import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root: servers run from here whatever the caller's working directory. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type ServerProcess = {
  label: string;
  url: string;
  pid: number;
  /** The last lines the process wrote to stderr/stdout (shown when it fails). */
  output: () => string;
  stop: () => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node --import tsx <entry>` as a child process (its pid is the server's, for /proc readings)
 * and resolves once `readyPath` answers 200.
 */
export async function startServer(opts: {
  label: string;
  entry: string;
  env: Record<string, string>;
  readyPath: string;
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', opts.entry], {
    cwd: ROOT,
    env: { ...process.env, ...opts.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    label: opts.label,
    url,
    pid: child.pid as number,
    output: () => lines.join('\n'),
    stop: () => stop(child),
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${opts.label} exited (${child.exitCode}):\n${server.output()}`);
    try {
      const res = await fetch(url + opts.readyPath);
      if (res.status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await server.stop();
  throw new Error(`${opts.label} did not answer ${opts.readyPath} in time:\n${server.output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process in MB: now (VmRSS) and the peak since start or the last resetPeak (VmHWM). */
export function memory(pid: number): { rssMB: number; peakMB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMB: round(kb('VmRSS') / 1024), peakMB: round(kb('VmHWM') / 1024) };
}

/**
 * CPU time the process has used so far (user + system, ms), from /proc/<pid>/stat. Per request it is
 * steadier than req/s on a shared machine: another process's load slows throughput, not this cost.
 */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
  return (ticks * 1000) / CLOCK_TICKS;
}
/** Linux's USER_HZ, fixed at 100 on every architecture Node runs on here. */
const CLOCK_TICKS = 100;

/** Resets VmHWM to the current RSS (Linux: writing 5 to clear_refs), so the next peak is the scenario's own. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
