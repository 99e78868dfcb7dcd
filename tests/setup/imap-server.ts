import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A real IMAP server for the desk's mailbox tests: Debian's Dovecot (`apt-get install dovecot-imapd`), a
 * throwaway instance in a temp folder on a free high port of 127.0.0.1, plain passwords, no TLS. When
 * Dovecot is not installed the tests that need it are skipped and say why — never replaced by a mock.
 */
export const DOVECOT = '/usr/sbin/dovecot';
export const dovecotMissing = existsSync(DOVECOT)
  ? null
  : 'Dovecot is not installed (apt-get install -y dovecot-imapd): the IMAP intake tests are skipped';

// CI installs Dovecot (.ci/run): there a missing server is a failure, not a skip.
if (dovecotMissing && process.env.REQUIRE_IMAP) throw new Error(`REQUIRE_IMAP is set but ${dovecotMissing}`);

export type ImapServer = { url: string; user: string; pass: string; port: number; stop: () => void };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const idOf = (name: string) => {
  const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
};

export async function startDovecot(): Promise<ImapServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meridian-dovecot-'));
  const port = await freePort();
  const user = 'desk@test.local';
  const pass = 'desk-secret';
  // As root, Dovecot's own accounts run its processes; otherwise everything runs as the current user.
  const root = process.getuid?.() === 0 && idOf('dovecot') !== null && idOf('dovenull') !== null;
  const me = os.userInfo().username;
  const mailOwner = root ? 'dovecot' : me;
  for (const d of ['run', 'state', 'mail', 'home']) mkdirSync(path.join(dir, d));
  chmodSync(dir, 0o755);
  if (root) {
    const uid = idOf('dovecot') as number;
    for (const d of ['mail', 'home']) chownSync(path.join(dir, d), uid, uid);
  }
  writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${pass}\n`);
  writeFileSync(
    path.join(dir, 'dovecot.conf'),
    `base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 0
default_internal_user = ${root ? 'dovecot' : me}
default_login_user = ${root ? 'dovenull' : me}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${mailOwner} gid=${mailOwner} home=${dir}/home/%u
}
`,
  );
  // The master daemonises: its child keeps any pipe open, so nothing is piped (errors are in the log).
  const started = spawnSync(DOVECOT, ['-c', path.join(dir, 'dovecot.conf')], { stdio: 'ignore' });
  if (started.status !== 0) throw new Error(`dovecot did not start: ${readLog(dir)}`);
  await waitForPort(port);
  const stop = () => {
    const pidFile = path.join(dir, 'run', 'master.pid');
    if (existsSync(pidFile)) process.kill(Number(readFileSync(pidFile, 'utf8').trim()), 'SIGTERM');
    setTimeout(() => rmSync(dir, { recursive: true, force: true }), 500).unref();
  };
  return { url: `imap://${encodeURIComponent(user)}:${pass}@127.0.0.1:${port}/INBOX`, user, pass, port, stop };
}

const readLog = (dir: string) => {
  const log = path.join(dir, 'dovecot.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : 'no log';
};

async function waitForPort(port: number) {
  const { connect } = await import('node:net');
  for (let i = 0; i < 50; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot is not listening on ${port}`);
}
