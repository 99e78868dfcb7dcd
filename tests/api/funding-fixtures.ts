import { expect } from 'vitest';
import type { Dialect } from '#server/db/client.js';
import type { MobilityWrite } from '#server/modules/mobility/mobility.writer.js';
import { insertStudent, makeMobility } from '#tests/factories.js';
import { type Client, DEMO, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * A test file's app with the demo accounts signed in, and helpers that write people and mobilities through
 * the factories (the people repository and the mobility writer), so the funding tests do not depend on the
 * people and mobility APIs.
 */
export type FundingWorld = Awaited<ReturnType<typeof fundingWorld>>;

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

export async function fundingWorld(dialect: Dialect) {
  const t: TestApp = await setupApp(dialect);
  const as = {
    oia: await t.login(DEMO.oia),
    admin: await t.login(DEMO.admin),
    coordEng: await t.login(DEMO.coordEng),
    coordBus: await t.login(DEMO.coordBus),
    vp: await t.login(DEMO.executive),
    student: await t.login(DEMO.student),
  };
  const units = (await as.oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
  const unit = Object.fromEntries(units.map((u) => [u.code, u.id])) as Record<string, number>;
  const db = t.db.db;

  /** A student of a department, with a passport number on file (which no funding answer may show). */
  const person = (unitCode: string, overrides: { userId?: number } = {}) =>
    insertStudent(t, unit[unitCode] as number, { user_id: overrides.userId ?? null });

  /** A mobility of a new (or given) person; defaults: an outbound credit-bearing exchange to Japan. */
  const mobility = ({ unitCode = 'CSIE', ...rest }: Partial<MobilityWrite> & { unitCode?: string } = {}) =>
    makeMobility(t, { unitId: unit[unitCode] as number, ...rest });

  return { t, as, unit, db, person, mobility };
}

export function programBody(overrides: Record<string, unknown> = {}) {
  const n = next();
  return {
    code: `T-PROG-${n}`,
    kind: 'university',
    nameEn: `Test Program ${n}`,
    nameZh: `測試補助計畫 ${n}`,
    sponsorEn: 'Test Sponsor',
    sponsorZh: '測試贊助單位',
    matchingMinPct: null,
    monthlyStipend: null,
    rulesEn: null,
    rulesZh: null,
    ...overrides,
  };
}

export async function createProgram(client: Client, overrides: Record<string, unknown> = {}) {
  const res = await client.post('/api/v1/funding/programs', programBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function createYear(
  client: Client,
  programId: number,
  body: { year: number; grantedAmount: number; matchingAmount: number; notes?: string },
) {
  const res = await client.post(`/api/v1/funding/programs/${programId}/years`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A program of this kind with one year's grant; returns the program and the year. */
export async function programWithYear(
  client: Client,
  kind: string,
  grant: { year?: number; granted: number; matching: number },
  overrides: Record<string, unknown> = {},
) {
  const program = await createProgram(client, { kind, ...overrides });
  const year = await createYear(client, program.id, {
    year: grant.year ?? 2026,
    grantedAmount: grant.granted,
    matchingAmount: grant.matching,
  });
  return { program, year };
}

export async function award(client: Client, mobilityId: number, body: Record<string, unknown>, status = 201) {
  const res = await client.post(`/api/v1/mobilities/${mobilityId}/funding`, body);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
