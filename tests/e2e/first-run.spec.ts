import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { header, plainText, startSmtp } from '../api/smtp-fixtures';
import { expectAccessible, navbar } from './helpers';

/**
 * The first run of a university, in the browser: an empty database (no demo data), the administrator
 * made by the command line, the organisation and 50 students imported from xlsx, one student invited,
 * the invitation read from a real SMTP server, the password set from its link, and the student seeing
 * only their own record. It needs its own server (the suite's shares demo data), started here.
 */
const ADMIN = { email: 'admin@first-run.edu', password: 'first-run-owner-pw' };
const STUDENT_PASSWORD = 'first-run-student-pw';
const STUDENTS = Array.from({ length: 50 }, (_, i) => {
  const n = String(i + 1).padStart(3, '0');
  return { number: `S1140${n}`, nameZh: `新生${n}號`, nameEn: `Freshman ${n}`, email: `s1140${n}@first-run.edu` };
});
const [FIRST, SECOND] = STUDENTS as [(typeof STUDENTS)[number], (typeof STUDENTS)[number]];
const UNITS = [
  ['ENG', '工學院', 'College of Engineering', 'college', 'UNIV'],
  ['ENG-CS', '資訊工程學系', 'Department of Computer Science', 'department', 'ENG'],
  ['ENG-EE', '電機工程學系', 'Department of Electrical Engineering', 'department', 'ENG'],
  ['MGT', '管理學院', 'College of Management', 'college', 'UNIV'],
  ['MGT-BA', '企業管理學系', 'Department of Business Administration', 'department', 'MGT'],
];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
// Made in beforeAll: the file is also loaded by the runner's main process, which runs no test.
let dataDir = '';
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: ChildProcess | undefined;
let serverLog = '';

/** The server's environment: this run's port, data folder and mail server; never a PostgreSQL database. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (key !== 'DATABASE_URL') env[key] = value;
  return {
    ...env,
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    SMTP_URL: smtp.url,
    APP_URL: baseURL,
    JOBS: 'true',
    LOG_LEVEL: 'warn',
    WEB_DIST: process.env.E2E_WEB_DIST ?? 'dist/web',
  };
}

test.use({ baseURL, screenshot: 'only-on-failure' });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-first-run-'));
  smtp = await startSmtp();
  // Its own process group, so afterAll stops npx, tsx and the server together.
  server = spawn('npx', ['tsx', 'src/server/main.ts'], {
    env: serverEnv(),
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    serverLog += chunk.toString();
  });
  await expect
    .poll(
      () =>
        fetch(`${baseURL}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      {
        timeout: 90_000,
        message: `server did not start: ${serverLog}`,
      },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  await smtp?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('電子郵件').fill(email);
  await page.getByRole('textbox', { name: '密碼' }).fill(password);
  await page.getByRole('button', { name: '登入' }).click();
  await expect(navbar(page)).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Picks the import kind, downloads its template and fills its first sheet below the template's headers. */
async function workbookFromTemplate(page: Page, kind: string, rows: unknown[][]): Promise<string> {
  await page.getByRole('radio', { name: kind }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下載匯入範本' }).click(),
  ]);
  const template = new ExcelJS.Workbook();
  await template.xlsx.readFile(await download.path());
  const sheet = template.worksheets[0];
  if (!sheet) throw new Error('the template has no sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of [headers, ...rows]) ws.addRow(row);
  const file = path.join(dataDir, `${kind.slice(0, 4)}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/** Uploads the file, expects a clean report, imports every row and checks the counts. */
async function importAll(page: Page, file: string, created: number) {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: '檢查檔案' }).click();
  const report = page.getByRole('region', { name: '3. 檢查結果' });
  await expect(report.getByText('沒有發現問題，可以匯入。')).toBeVisible();
  await report.getByRole('button', { name: '匯入', exact: true }).click();
  await expect(page.getByText('匯入完成')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(`新增 ${created} 筆、更新 0 筆、無變更 0 筆、略過 0 筆。`)).toBeVisible();
}

test('first run: administrator by command, units and 50 students by xlsx, an invited student sees only their record', async ({
  page,
}) => {
  const started = Date.now();
  const created = spawnSync(
    'npx',
    [
      'tsx',
      'src/server/cli.ts',
      'admin-create',
      ...['--email', ADMIN.email, '--name-zh', '林管理', '--name-en', 'Admin Lin'],
      ...['--university-zh', '初始測試大學', '--university-en', 'First Run University', '--university-code', 'UNIV'],
    ],
    { env: serverEnv(), input: `${ADMIN.password}\n`, encoding: 'utf8' },
  );
  expect(created.stderr).toBe('');
  expect(created.stdout).toContain('Created the university (root unit UNIV).');
  expect(created.stdout).toContain(`Created administrator ${ADMIN.email}.`);
  expect(created.status).toBe(0);

  await signIn(page, ADMIN.email, ADMIN.password);
  await navbar(page).getByRole('link', { name: '批次匯入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '批次匯入' })).toBeVisible();

  // The colleges and departments under the university the command made (parents by code, a row above).
  const units = await workbookFromTemplate(
    page,
    '組織單位（學院、學系、學位學程、處室、中心）',
    UNITS.map((u) => [...u, null, null]),
  );
  await importAll(page, units, UNITS.length);

  // 50 students with student accounts, in the departments just imported; no invitation yet.
  await page.getByRole('button', { name: '匯入另一個檔案' }).click();
  const accounts = await workbookFromTemplate(
    page,
    '人員與帳號（學生、教職員）',
    STUDENTS.map((s, i) => [
      'student',
      s.number,
      s.nameZh,
      s.nameEn,
      s.email,
      i % 2 ? 'ENG-EE' : 'ENG-CS',
      'bachelor',
      null,
      'student',
    ]),
  );
  await importAll(page, accounts, STUDENTS.length);

  // Invite one of them from the users page.
  await navbar(page).getByRole('link', { name: '使用者管理' }).click();
  await page.getByRole('searchbox', { name: '搜尋' }).fill(FIRST.email);
  // The search reaches the URL (and the list) 300 ms after typing: open the row of the filtered list.
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole('link', { name: new RegExp(FIRST.nameZh) }).click();
  await expect(page.getByText('尚未設定密碼')).toBeVisible();
  await page.getByRole('button', { name: '寄送邀請信' }).click();
  await expect(page.getByText('邀請信已排入寄送。')).toBeVisible();

  // Someone else's record, to visit as the student later.
  const others = await page.request.get(`/api/v1/people?q=${SECOND.number}`);
  const other = ((await others.json()) as { items: { id: number }[] }).items[0];
  expect(other).toBeTruthy();

  // The outbox sender (every 30 s) hands the invitation to the SMTP server.
  await expect.poll(() => smtp.received.filter((m) => m.to.includes(FIRST.email)).length, { timeout: 60_000 }).toBe(1);
  expect(smtp.received).toHaveLength(1);
  const mail = smtp.received[0]?.raw ?? '';
  expect(header(mail, 'Subject')).toBe('[Meridian] 您的帳號已建立，請設定密碼');
  const link = plainText(mail).match(/https?:\/\/\S+\/set-password\?token=[\w-]+/)?.[0];
  expect(link, plainText(mail)).toBeTruthy();
  expect(link?.startsWith(`${baseURL}/set-password?token=`)).toBe(true);

  // The student follows the link (signed out), sets a password, and signs in with it.
  await page.context().clearCookies();
  await page.goto(link as string);
  await expect(page.getByRole('heading', { name: '設定密碼' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: /^新密碼/ }).fill(STUDENT_PASSWORD);
  await page.getByRole('textbox', { name: /^確認新密碼/ }).fill(STUDENT_PASSWORD);
  await page.getByRole('button', { name: '設定密碼' }).click();
  // Setting it signs them in (the sign-in frame has a banner too: wait for the app's menu).
  await expect(page.getByText('密碼已設定。')).toBeVisible();
  await expect(navbar(page)).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, FIRST.email, STUDENT_PASSWORD);

  // Their own record and nobody else's; another student's page is refused.
  await navbar(page).getByRole('link', { name: '人員', exact: true }).click();
  await expect(page.getByText(FIRST.nameZh).first()).toBeVisible();
  await expect(page.getByText(SECOND.nameZh)).toHaveCount(0);
  // Every student name on the page is theirs (the header's menu shows it too, once the page has settled).
  await expect
    .poll(async () => (await page.getByText(/新生\d{3}號/).allTextContents()).filter((t) => !t.includes(FIRST.nameZh)))
    .toEqual([]);
  const mine = await page.request.get('/api/v1/people');
  expect(((await mine.json()) as { total: number }).total).toBe(1);
  await page
    .getByRole('link', { name: new RegExp(FIRST.nameZh) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(FIRST.nameZh) })).toBeVisible();
  await page.goto(`/people/${other?.id}`);
  await expect(page.getByText('您沒有執行此操作的權限。')).toBeVisible();
  await expect(page.getByText(SECOND.nameZh)).toHaveCount(0);
  expect((await page.request.get(`/api/v1/people/${other?.id}`)).status()).toBe(403);
  console.log(`first run: ${Math.round((Date.now() - started) / 1000)} s`);
});
