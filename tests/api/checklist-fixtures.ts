import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Db, Dialect } from '#server/db/client.js';
import { insertMobility } from '#server/modules/mobility/mobility.writer.js';
import { businessDate } from '#shared/calendar.js';
import type { MobilityKind, PersonKind } from '#shared/mobility.js';
import type { Locale, Role } from '#shared/roles.js';
import { type Client, DEMO, setupApp, type TestApp } from '#tests/setup/app.js';

/**
 * The checklist tests' world: the demo accounts, a Student Affairs staff member (the demo has none),
 * and inbound students with their own logins — people and mobilities written straight into the
 * database (mobilities through insertMobility, the one writer), independent of the people/mobility APIs.
 */
export type ChecklistWorld = Awaited<ReturnType<typeof checklistWorld>>;

const stamp = () => new Date().toISOString();

export async function unitIdOf(db: Db, code: string): Promise<number> {
  return (await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** A user with one role, sharing the demo password (its hash copied from a demo account: no slow hashing). */
export async function insertUser(
  db: Db,
  u: { email: string; role: Role; unit: string; locale?: Locale; nameZh?: string; nameEn?: string },
): Promise<number> {
  const demo = await db
    .selectFrom('users')
    .select('password_hash')
    .where('email', '=', DEMO.admin)
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('users')
    .values({
      email: u.email,
      password_hash: demo.password_hash,
      name_zh: u.nameZh ?? null,
      name_en: u.nameEn ?? null,
      locale: u.locale ?? 'zh-TW',
      active: 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('user_roles')
    .values({ user_id: id, role: u.role, unit_id: await unitIdOf(db, u.unit) })
    .execute();
  return id;
}

let counter = 0;

export type InboundFixture = {
  nameZh?: string;
  nameEn?: string;
  nationality?: string;
  kind?: MobilityKind;
  status?: string;
  direction?: 'inbound' | 'outbound';
  personCategory?: PersonKind;
  /** Give the person their own login (a student account) with this locale. */
  login?: 'zh-TW' | 'en' | null;
  arcExpiry?: string | null;
  workPermitExpiry?: string | null;
  unit?: string;
};

/** An inbound student (person + mobility, optionally with a login); returns the ids and the login's e-mail. */
export async function insertInbound(db: Db, dialect: Dialect, f: InboundFixture = {}) {
  counter += 1;
  const tag = `${counter}-${randomBytes(3).toString('hex')}`;
  const email = f.login !== null ? `inbound-${tag}@students.example.edu` : null;
  const userId = email
    ? await insertUser(db, { email, role: 'student', unit: f.unit ?? 'CSIE', locale: f.login ?? 'en' })
    : null;
  const nameEn = f.nameEn ?? `Hanako Yamada ${tag}`;
  const { id: personId } = await db
    .insertInto('people')
    .values({
      kind: 'student',
      user_id: userId,
      name_zh: f.nameZh === undefined ? '山田花子' : f.nameZh,
      name_en: nameEn,
      student_no: `IN${tag}`,
      unit_id: await unitIdOf(db, f.unit ?? 'CSIE'),
      nationality: f.nationality ?? 'JP',
      gender: 'female',
      arc_expiry: f.arcExpiry ?? null,
      work_permit_expiry: f.workPermitExpiry ?? null,
      search_text: nameEn.toLowerCase(),
      created_at: stamp(),
      updated_at: stamp(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const partner = await db
    .selectFrom('partners')
    .select('id')
    .where('country', '=', 'JP')
    .orderBy('id')
    .executeTakeFirst();
  const mobilityId = await db.transaction().execute((trx) =>
    insertMobility(
      trx,
      {
        person_id: personId,
        direction: f.direction ?? 'inbound',
        kind: f.kind ?? 'exchange_in',
        person_category: f.personCategory ?? 'student',
        moe_category: 'foreign',
        dual_degree: 0,
        status: f.status ?? 'accepted',
        partner_id: partner?.id ?? null,
        agreement_id: null,
        place_id: null,
        application_id: null,
        host_name_zh: null,
        host_name_en: null,
        country: 'JP',
        city: 'Tokyo',
        start_date: '2026-09-01',
        end_date: '2027-01-31',
        departed_on: null,
        returned_on: null,
        closed_on: null,
        credit_bearing: 1,
        credits: 15,
        purpose: null,
        outputs: null,
        notes: null,
      },
      { dialect, actorId: null, now: stamp() },
    ),
  );
  return { personId, mobilityId, userId, email };
}

export async function checklistWorld(dialect: Dialect, env: Record<string, string> = {}) {
  const t: TestApp = await setupApp(dialect, env);
  const db = t.db.db;
  await insertUser(db, {
    email: 'sa.staff@test.meridian.tw',
    role: 'unit_staff',
    unit: 'SA',
    nameEn: 'Sam Su',
    nameZh: '蘇學務',
  });
  const as = {
    oiaIc: await t.login(DEMO.oia),
    oiaIss: await t.login(DEMO.oiaIss),
    admin: await t.login(DEMO.admin),
    coordEng: await t.login(DEMO.coordEng),
    academic: await t.login(DEMO.unitStaff),
    student: await t.login(DEMO.student),
    sa: await t.login('sa.staff@test.meridian.tw'),
  };
  const inbound = async (f: InboundFixture = {}) => {
    const row = await insertInbound(db, dialect, f);
    return { ...row, client: row.email ? await t.login(row.email) : null };
  };
  return { t, db, as, inbound, today: () => businessDate(t.clock.now()) };
}

export type Item = { id: number; kind: string; status: string; version: number; restricted: boolean } & Record<
  string,
  any
>;

export async function checklistOf(client: Client, mobilityId: number, expected = 200) {
  const res = await client.get(`/api/v1/mobilities/${mobilityId}/checklist`);
  expect(res.statusCode, res.body).toBe(expected);
  return res.json() as { applicable: boolean; direction: string; acceptanceLetter: boolean; items: Item[] };
}

/** A multipart body: the text fields first, then the file (name in raw UTF-8). */
export function multipart(fields: Record<string, string>, file?: { name: string; data: Buffer; type?: string }) {
  const boundary = `----meridian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function upload(
  t: TestApp,
  client: Client,
  itemId: number,
  fields: Record<string, string>,
  file?: { name: string; data: Buffer; type?: string },
) {
  const { payload, contentType } = multipart(fields, file);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/checklist/items/${itemId}/file`,
    headers: {
      cookie: client.cookie as string,
      'x-csrf-token': client.csrf as string,
      'content-type': contentType,
      'x-locale': 'en',
    },
    payload,
  });
}

export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), randomBytes(2048), Buffer.from('\n%%EOF\n')]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(512)]);
