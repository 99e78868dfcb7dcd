import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server (SQLite in a fresh data directory, demo data seeded) serving the built
 * web app (`vite build` runs first, see `npm run test:e2e`). DATABASE_URL is left out so the server never touches
 * a PostgreSQL database configured for other tests.
 */
// E2E_PORT and E2E_WEB_DIST let several runs share a machine (each its own port and build).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const env: Record<string, string> = {};
for (const [key, value] of Object.entries(process.env)) {
  if (value !== undefined && key !== 'DATABASE_URL') env[key] = value;
}

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  fullyParallel: false,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    headless: true,
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npx tsx src/server/main.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ...env,
      PORT: String(PORT),
      DATA_DIR: `data/e2e-${Date.now()}`,
      LOG_LEVEL: 'warn',
      // The daily digest goes out at start whatever the hour, so the outbox test finds the reminders' mail.
      DIGEST_HOUR: '0',
      WEB_DIST: process.env.E2E_WEB_DIST ?? 'dist/web',
    },
  },
});
