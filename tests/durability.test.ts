import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Crash safety on the embedded database: a real server process is killed with SIGKILL while writes are
 * in flight; after a restart every write it had acknowledged (HTTP 201) is there.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-crash-'));
let child: ChildProcess | undefined;

function start(): Promise<{ proc: ChildProcess; base: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    WEB_DIST: 'none',
  };
  delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = out.match(/running: http:\/\/localhost:(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, base: `http://127.0.0.1:${m[1]}` });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function signIn(base: string) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'oia.ic@demo.meridian.tw', password: 'meridian-demo' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const me = await (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie } })).json();
  return { cookie, csrf: me.csrfToken as string };
}

afterAll(() => {
  child?.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('durability (SQLite, real process)', () => {
  it('keeps every acknowledged write across a SIGKILL', async () => {
    const first = await start();
    child = first.proc;
    const auth = await signIn(first.base);
    const acknowledged: number[] = [];
    const create = async (i: number) => {
      const res = await fetch(`${first.base}/api/v1/partners`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf },
        body: JSON.stringify({ nameEn: `Crash Test ${i}`, country: 'JP', type: 'university' }),
      });
      if (res.status === 201) acknowledged.push((await res.json()).id);
    };
    for (let i = 0; i < 20; i++) await create(i);
    // Keep writing concurrently and kill the process in the middle of it.
    const inFlight = Array.from({ length: 30 }, (_, i) => create(100 + i).catch(() => undefined));
    await new Promise((r) => setTimeout(r, 15));
    first.proc.kill('SIGKILL');
    await Promise.all(inFlight);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    const second = await start();
    child = second.proc;
    const again = await signIn(second.base);
    const list = await (
      await fetch(`${second.base}/api/v1/partners?q=crash%20test&pageSize=200`, { headers: { cookie: again.cookie } })
    ).json();
    const present = new Set(list.items.map((p: { id: number }) => p.id));
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    second.proc.kill('SIGTERM');
  }, 120_000);
});
