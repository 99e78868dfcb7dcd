import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { insertMobility, type MobilityWrite } from '#server/modules/mobility/mobility.writer.js';
import { insertPerson as insertPersonRow } from '#server/modules/people/people.repository.js';
import { invalidateUnitTrees } from '#server/modules/units/unit-tree.loader.js';
import { addDays, businessDate } from '#shared/calendar.js';
import type { UnitKind } from '#shared/roles.js';
import type { Agreement } from '#shared/schemas/agreements.js';
import type { Partner, PartnerCreate } from '#shared/schemas/partners.js';
import type { Person } from '#shared/schemas/people.js';
import type { User } from '#shared/schemas/users.js';
import type { Client, TestApp } from '#tests/setup/app.js';
import { testPii } from '#tests/setup/db.js';

/**
 * Builders for the records a test counts. Each one writes through the API (or, where the API is not what is
 * under test, through the module's own repository or writer) with unique defaults, so a test creates the rows
 * it asserts on and never depends on how much demo data the seed holds. Overrides replace any default.
 */

/** Differs per test process, so names made here never match demo rows or another file's rows. */
const RUN = randomBytes(3).toString('hex');
let counter = 0;

/** The next number of this process's sequence. */
export function seq(): number {
  counter += 1;
  return counter;
}

/**
 * A token no other record contains (letters and digits, searchable with `?q=`): give it to the records a
 * test makes, then list with `q=<tag>` to see exactly those.
 */
export function uniqueTag(label = 'tst'): string {
  return `${label}${RUN}x${seq()}`;
}

async function created<T>(res: { statusCode: number; body: string; json: () => unknown }, status = 201): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

/** A partner institution through POST /partners; a university in Germany by default. */
export async function makePartner(client: Client, overrides: Partial<PartnerCreate> = {}): Promise<Partner> {
  const n = seq();
  return created<Partner>(
    await client.post('/api/v1/partners', {
      nameEn: `Factory University ${RUN} ${n}`,
      nameZh: `工廠大學${RUN}${n}`,
      country: 'DE',
      city: 'Aachen',
      type: 'university',
      contacts: [],
      ...overrides,
    }),
  );
}

/** A valid agreement body with one partner, running from a year before `today` to three years after. */
export function agreementBody(partnerId: number, today: string, overrides: Record<string, unknown> = {}) {
  const n = seq();
  return {
    kind: 'student_exchange',
    titleEn: `Test Exchange Agreement ${RUN} ${n}`,
    titleZh: `測試交換協議 ${RUN} ${n}`,
    partners: [{ partnerId }],
    startDate: addDays(today, -365),
    endDate: addDays(today, 3 * 365),
    people: [
      { role: 'signatory', side: 'ours', name: '陳明德', title: 'President', signedOn: addDays(today, -380) },
      { role: 'contact', side: 'partner', name: 'Hanako Yamada', email: 'hanako@example.ac.jp' },
    ],
    ...overrides,
  };
}

/** A draft agreement through POST /agreements, with a new partner unless `partnerId` is given. */
export async function makeAgreement(
  t: TestApp,
  client: Client,
  overrides: Record<string, unknown> & { partnerId?: number } = {},
): Promise<Agreement> {
  const { partnerId, ...rest } = overrides;
  const partner = partnerId ?? (await makePartner(client)).id;
  return created<Agreement>(
    await client.post('/api/v1/agreements', agreementBody(partner, businessDate(t.clock.now()), rest)),
  );
}

/** A valid new international student (create body); numbers vary per call so records never collide. */
export function personBody(overrides: Record<string, unknown> = {}) {
  const n = String(seq()).padStart(4, '0');
  return {
    kind: 'student',
    nameZh: `測試學生${n}`,
    nameEn: `Test Student ${n}`,
    studentNo: `TST${Date.now() % 100000}${n}`,
    degreeLevel: 'master',
    programType: 'master',
    studyTime: 'day',
    nationality: 'jp',
    gender: 'female',
    birthDate: '2001-04-05',
    email: `student${n}@example.org`,
    gpa: 3.8,
    passportNo: `TZ${n}123`,
    passportExpiry: '2031-01-31',
    arcNo: `A9${n}5678`,
    arcExpiry: '2027-06-30',
    workPermitExpiry: null,
    ...overrides,
  };
}

/** A person through POST /people (the people API validates and encrypts as in production). */
export async function makePerson(client: Client, overrides: Record<string, unknown> = {}): Promise<Person> {
  return created<Person>(await client.post('/api/v1/people', personBody(overrides)));
}

/**
 * A local bachelor student written through the people repository (for tests of other modules that must not
 * depend on the people API), with a passport number encrypted as the service would. Returns the id.
 */
export async function insertStudent(
  t: TestApp,
  unitId: number,
  overrides: Partial<Parameters<typeof insertPersonRow>[1]> = {},
): Promise<number> {
  const n = seq();
  const now = new Date().toISOString();
  return insertPersonRow(t.db.db, {
    kind: 'student',
    user_id: null,
    name_zh: `測試學生${n}`,
    name_en: `Test Student ${n}`,
    student_no: `F${RUN}${n}`,
    unit_id: unitId,
    degree_level: 'bachelor',
    program_type: 'bachelor_four_year',
    study_time: 'day',
    nationality: 'TW',
    gender: 'female',
    passport_no_enc: testPii.encrypt(`P${String(900000 + n)}`),
    passport_no_hint: 'X',
    search_text: `test student ${n}`,
    created_at: now,
    updated_at: now,
    ...overrides,
  });
}

/**
 * A mobility through the mobility writer (the one place mobilities are written); by default an outbound,
 * credit-bearing exchange semester in Japan of a new student of `unitId`.
 */
export async function makeMobility(
  t: TestApp,
  overrides: Partial<MobilityWrite> & { unitId?: number } = {},
): Promise<number> {
  const { unitId, ...rest } = overrides;
  if (rest.person_id === undefined && unitId === undefined) throw new Error('makeMobility: person_id or unitId');
  const personId = rest.person_id ?? (await insertStudent(t, unitId as number));
  const row: MobilityWrite = {
    person_id: personId,
    direction: 'outbound',
    kind: 'exchange',
    person_category: 'student',
    moe_category: null,
    dual_degree: 0,
    status: 'planned',
    partner_id: null,
    agreement_id: null,
    place_id: null,
    application_id: null,
    host_name_zh: null,
    host_name_en: 'Test Host University',
    country: 'JP',
    city: null,
    start_date: '2026-09-01',
    end_date: '2027-01-31',
    departed_on: null,
    returned_on: null,
    closed_on: null,
    credit_bearing: 1,
    credits: 12,
    purpose: null,
    outputs: null,
    notes: null,
    ...rest,
  };
  const now = new Date().toISOString();
  return t.db.db
    .transaction()
    .execute((trx) => insertMobility(trx, row, { dialect: t.db.dialect, actorId: null, now }));
}

/** The ids of the units, by their code (the demo's ENG, BUS, OIA-IC, …). */
export async function unitIdsByCode(client: Client): Promise<Record<string, number>> {
  const { items } = (await client.get('/api/v1/units')).json() as { items: { code: string; id: number }[] };
  return Object.fromEntries(items.map((u) => [u.code, u.id]));
}

/**
 * A unit under `parentId` (there is no API to create units: the tree is reference data), and the per-handle
 * unit-tree cache dropped so the next request sees it. Returns its id and code.
 */
export async function makeUnit(
  t: TestApp,
  overrides: { code?: string; kind?: UnitKind; parentId?: number | null; nameEn?: string; nameZh?: string } = {},
): Promise<{ id: number; code: string }> {
  const n = seq();
  const now = new Date().toISOString();
  const code = overrides.code ?? `U${RUN}${n}`.toUpperCase();
  const { id } = await t.db.db
    .insertInto('units')
    .values({
      code,
      name_zh: overrides.nameZh ?? `測試單位${n}`,
      name_en: overrides.nameEn ?? `Test Unit ${n}`,
      kind: overrides.kind ?? 'department',
      parent_id: overrides.parentId ?? null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  invalidateUnitTrees();
  return { id, code };
}

export const FACTORY_PASSWORD = 'factory-password-1';

/** A user with one role through POST /users (as an administrator); sign in with `t.login(user.email, FACTORY_PASSWORD)`. */
export async function makeUser(
  admin: Client,
  role: { role: string; unitId: number },
  overrides: Record<string, unknown> = {},
): Promise<User> {
  const n = seq();
  return created<User>(
    await admin.post('/api/v1/users', {
      email: `user.${RUN}.${n}@example.edu`,
      nameZh: `測試使用者${n}`,
      nameEn: `Test User ${n}`,
      locale: 'zh-TW',
      password: FACTORY_PASSWORD,
      roles: [role],
      ...overrides,
    }),
  );
}
