#!/usr/bin/env node
// The one test command (`npm test`): type-check, lint, i18n/unit/API tests (SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set) and browser tests (when Chromium is present). Prints what it skipped and why,
// and ends with one "N passed, N failed" line. REQUIRE_BROWSER=1 / REQUIRE_POSTGRES=1 turn a skip into a failure (CI).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-test-'));
const skipped = [];
const failures = [];
let passed = 0;
let failed = 0;

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (res.status !== 0) failures.push(name);
  return res.status === 0;
}

function count(file, read) {
  try {
    const [p, f] = read(JSON.parse(fs.readFileSync(file, 'utf8')));
    passed += p;
    failed += f;
  } catch {
    // The runner died before writing its report; its non-zero exit is already recorded.
  }
}

run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('lint', 'npx', ['biome', 'check', '.']);

if (!process.env.TEST_DATABASE_URL) {
  if (process.env.REQUIRE_POSTGRES === '1') failures.push('postgres (TEST_DATABASE_URL not set but required)');
  else skipped.push('API tests on PostgreSQL — TEST_DATABASE_URL is not set (they ran on SQLite only)');
}
const vitestJson = path.join(tmp, 'vitest.json');
run('unit, i18n and API tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
count(vitestJson, (r) => [r.numPassedTests, r.numFailedTests]);

if (fs.existsSync(chromium)) {
  if (run('web build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
    const pwJson = path.join(tmp, 'playwright.json');
    run('browser tests', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    });
    count(pwJson, (r) => [r.stats.expected, r.stats.unexpected]);
  }
} else if (process.env.REQUIRE_BROWSER === '1') {
  failures.push(`browser tests (${chromium} missing but required)`);
} else {
  skipped.push(`browser tests — no Chromium at ${chromium} (apt-get install chromium fonts-noto-cjk)`);
}

console.log('\n──────── summary ────────');
for (const s of skipped) console.log(`skipped: ${s}`);
for (const f of failures) console.log(`failed step: ${f}`);
if (failures.length && failed === 0) failed = failures.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
