import path from 'node:path';
import { z } from 'zod';
import { EnvProviders } from '#shared/schemas/sso.js';

/** Environment, validated once at start-up: a wrong setting stops the app with a clear message. */
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATA_DIR: z.string().default('data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// (leave it unset for SQLite)')
      .optional(),
    /**
     * PostgreSQL connections per instance. Instances × pool must stay under the server's max_connections
     * (100 by default): three instances of 20 leave room for jobs, backups and psql (README, more than one machine).
     */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
    SESSION_MAX_DAYS: z.coerce.number().positive().default(7),
    /** Behind https (a reverse proxy terminating TLS) cookies get the Secure flag. */
    TRUST_PROXY: z.stringbool().default(false),
    SEED_DEMO: z.stringbool().default(true),
    /**
     * The public portal (/portal, docs/decisions/0026): pages anyone may read, and robots.txt letting search
     * engines index them. Off by default on a real instance; on by default with the demo university.
     */
    PORTAL: z.stringbool().optional(),
    /** Per-IP ceiling on login attempts, on top of the per-e-mail slow-down. */
    LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(30),
    /** Per-IP ceiling on the public forms (the enquiry desk's question and rating), per hour. */
    PUBLIC_FORM_RATE_PER_HOUR: z.coerce.number().int().positive().default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().default('dist/web'),
    /** smtp(s)://user:pass@host:port — without it mails stay in the outbox (viewable by admins), unsent. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
    /**
     * imap(s)://user:pass@host:port/MAILBOX — the enquiry desk's mailbox: unseen mails become enquiries
     * (category ENQUIRY_IMAP_CATEGORY), fetched every ENQUIRY_IMAP_INTERVAL_SECONDS. Without it, web form only.
     */
    ENQUIRY_IMAP_URL: z
      .string()
      .regex(/^imaps?:\/\//, 'ENQUIRY_IMAP_URL must start with imap:// or imaps://')
      .optional(),
    ENQUIRY_IMAP_CATEGORY: z.string().min(1).max(40).default('other'),
    ENQUIRY_IMAP_INTERVAL_SECONDS: z.coerce.number().int().min(30).default(300),
    MAIL_FROM: z.string().min(3).default('Meridian <no-reply@meridian.local>'),
    /** Background work (daily reminders, mail sending): on by default, off in tests and on web-only instances. */
    JOBS: z.stringbool().optional(),
    /** The hour (0–23, Asia/Taipei) from which the daily mail digest is sent. */
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
    /** The address users open the app at, for links in e-mails (default http://localhost:PORT). */
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** 32 random bytes, base64: the key for passport/residence-permit numbers (else DATA_DIR/pii.key). */
    PII_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'PII_KEY must be 32 bytes, base64-encoded')
      .optional(),
    /**
     * Identity providers kept in the environment (read-only in the UI): a JSON array of the shape an
     * administrator enters (docs/decisions/0019), the OIDC client secret included.
     */
    SSO_PROVIDERS: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v?.trim()) return [];
        try {
          const parsed = EnvProviders.safeParse(JSON.parse(v));
          if (parsed.success) return parsed.data;
          for (const i of parsed.error.issues)
            ctx.addIssue({ code: 'custom', message: `${i.path.join('.')}: ${i.message}` });
        } catch {
          ctx.addIssue({ code: 'custom', message: 'SSO_PROVIDERS must be a JSON array of providers' });
        }
        return z.NEVER;
      }),
  })
  .transform((e) => ({
    ...e,
    JOBS: e.JOBS ?? e.NODE_ENV !== 'test',
    PORTAL: e.PORTAL ?? e.SEED_DEMO,
    APP_URL: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    /** True when APP_URL fell back to localhost: mail links then only work on this machine. */
    APP_URL_DEFAULTED: e.APP_URL === undefined,
  }));
export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Settings that work but are probably wrong, as messages for the start-up log. */
export function envWarnings(env: Env): string[] {
  const warnings: string[] = [];
  if (env.APP_URL_DEFAULTED && env.NODE_ENV === 'production')
    warnings.push(`APP_URL is not set: links in e-mails point to ${env.APP_URL}, which only works on this machine`);
  return warnings;
}

export function sqlitePath(env: Env): string {
  return path.resolve(env.DATA_DIR, 'meridian.sqlite');
}
