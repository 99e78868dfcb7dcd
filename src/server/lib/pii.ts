import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Env } from '#server/env.js';

/**
 * Personal data at rest (passport and residence-permit numbers): AES-256-GCM, a fresh IV per value,
 * stored as `v1:<base64 iv|tag|ciphertext>`. The key is PII_KEY (32 bytes, base64); without it a
 * random key is made once in DATA_DIR/pii.key (mode 0600) so the two-command start works — set
 * PII_KEY for PostgreSQL or several instances, and back the key up apart from the database.
 */
export type PiiCipher = { encrypt: (plain: string) => string; decrypt: (stored: string) => string };

const PREFIX = 'v1:';
const ciphers = new Map<string, PiiCipher>();

export function piiCipher(env: Pick<Env, 'PII_KEY' | 'DATA_DIR' | 'NODE_ENV'>): PiiCipher {
  const id = `${env.PII_KEY ?? ''}|${env.DATA_DIR}|${env.NODE_ENV}`;
  let cipher = ciphers.get(id);
  if (!cipher) {
    cipher = makeCipher(resolveKey(env));
    ciphers.set(id, cipher);
  }
  return cipher;
}

function resolveKey(env: Pick<Env, 'PII_KEY' | 'DATA_DIR' | 'NODE_ENV'>): Buffer {
  if (env.PII_KEY) return Buffer.from(env.PII_KEY, 'base64');
  // Tests get a fixed key so a worker's database stays readable across app instances.
  if (env.NODE_ENV === 'test') return createHash('sha256').update('meridian-test-pii-key').digest();
  const file = path.resolve(env.DATA_DIR, 'pii.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
}

function makeCipher(key: Buffer): PiiCipher {
  if (key.length !== 32) throw new Error('PII_KEY must be 32 bytes, base64-encoded');
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return PREFIX + Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
    },
    decrypt(stored) {
      if (!stored.startsWith(PREFIX)) throw new Error('Unknown personal-data cipher version');
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

/** What a masked value shows: bullets and the last three characters (kept in clear as the hint). */
export const HINT_LENGTH = 3;
export const hintOf = (plain: string) => plain.slice(-HINT_LENGTH);
export const masked = (hint: string | null) => (hint ? `••••••${hint}` : null);
