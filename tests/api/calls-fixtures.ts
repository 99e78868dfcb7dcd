import { randomBytes } from 'node:crypto';
import type { Dialect } from '#server/db/client.js';
import type { DegreeLevel } from '#shared/mobility.js';
import { type Client, DEMO, setupApp, type TestApp } from '#tests/setup/app.js';

/** Minimal files by content. */
export const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

/** A multipart body: the `code` field, then one file. */
export function multipart(code: string | undefined, file?: { name: string; data: Buffer; type?: string }) {
  const boundary = `----meridian${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  if (code !== undefined)
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="code"\r\n\r\n${code}\r\n`));
  if (file) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

let seq = 0;

/** A test file's app: staff signed in, unit ids, and helpers that insert agreements, places and students. */
export async function callWorld(dialect: Dialect) {
  const t: TestApp = await setupApp(dialect);
  const as = {
    oia: await t.login(DEMO.oia),
    admin: await t.login(DEMO.admin),
    oiaIss: await t.login(DEMO.oiaIss),
    coordEng: await t.login(DEMO.coordEng),
    coordBus: await t.login(DEMO.coordBus),
  };
  const units = (await as.oia.get('/api/v1/units')).json().items as { id: number; code: string }[];
  const unit = Object.fromEntries(units.map((u) => [u.code, u.id])) as Record<string, number>;
  const db = t.db.db;
  const now = () => t.clock.now().toISOString();

  /** An active agreement with these partners and outbound bachelor study places for a year. */
  async function agreementWithPlaces(partnerIds: number[], year: number, places: number[]) {
    seq += 1;
    const { id } = await db
      .insertInto('agreements')
      .values({
        kind: 'student_exchange',
        title_en: `Calls test agreement ${seq}`,
        title_zh: `甄選測試協議 ${seq}`,
        search_text: `calls test agreement ${seq}`,
        status: 'active',
        open_ended: 1,
        auto_renew: 0,
        generation: 1,
        owning_unit_id: unit['OIA-IC'] ?? null,
        created_at: now(),
        updated_at: now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('agreement_partners')
      .values(partnerIds.map((partner_id, i) => ({ agreement_id: id, partner_id, sort_order: i })))
      .execute();
    const placeIds: number[] = [];
    for (const [i, n] of places.entries()) {
      const row = await db
        .insertInto('exchange_places')
        .values({
          agreement_id: id,
          academic_year: year,
          direction: 'outbound',
          level: i === 0 ? 'bachelor' : 'master',
          mobility_kind: 'study',
          places: n,
          duration: 5,
          duration_unit: 'months',
          languages_json: '[]',
          isced_json: '[]',
          notes: null,
          created_at: now(),
          updated_at: now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      placeIds.push(row.id);
    }
    return { agreementId: id, placeIds };
  }

  /** A student login with a linked person record. */
  async function student(opts: {
    unitCode: string;
    locale: 'en' | 'zh-TW';
    gpa?: number;
    level?: DegreeLevel;
    nameEn?: string;
    nameZh?: string;
  }) {
    seq += 1;
    const email = `student${seq}-${randomBytes(3).toString('hex')}@test.meridian.tw`;
    const password = 'student-password-123';
    const res = await as.admin.post('/api/v1/users', {
      email,
      nameEn: opts.nameEn ?? `Student ${seq}`,
      nameZh: opts.nameZh ?? `學生${seq}`,
      locale: opts.locale,
      roles: [{ role: 'student', unitId: unit[opts.unitCode] }],
      password,
    });
    if (res.statusCode !== 201) throw new Error(`user: ${res.statusCode} ${res.body}`);
    const userId = res.json().id as number;
    const { id: personId } = await db
      .insertInto('people')
      .values({
        kind: 'student',
        user_id: userId,
        name_en: opts.nameEn ?? `Student ${seq}`,
        name_zh: opts.nameZh ?? `學生${seq}`,
        student_no: `T${Date.now() % 1_000_000}${seq}`,
        unit_id: unit[opts.unitCode] ?? null,
        degree_level: opts.level ?? 'bachelor',
        email,
        gpa: opts.gpa ?? 3.5,
        passport_no_enc: 'secret-ciphertext',
        passport_no_hint: '1234',
        search_text: `${(opts.nameEn ?? `student ${seq}`).toLowerCase()} ${email}`,
        created_at: now(),
        updated_at: now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const client = await t.login(email, password);
    return { client, personId, userId, email };
  }

  async function partners(n: number) {
    return db.selectFrom('partners').select(['id', 'name_en', 'country']).orderBy('id').limit(n).execute();
  }

  const upload = (
    client: Client,
    applicationId: number,
    code: string | undefined,
    file?: Parameters<typeof multipart>[1],
    locale = 'en',
  ) => {
    const { payload, contentType } = multipart(code, file);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/documents`,
      headers: {
        cookie: client.cookie as string,
        'x-csrf-token': client.csrf as string,
        'content-type': contentType,
        'x-locale': locale,
      },
      payload,
    });
  };

  return { t, as, unit, db, now, agreementWithPlaces, student, partners, upload };
}
export type CallWorld = Awaited<ReturnType<typeof callWorld>>;

/** A call body: opens now, deadline in 10 days, two documents (one required), two criteria. */
export function callBody(
  now: string,
  year: number,
  offers: { placeId: number; partnerId: number; places: number }[],
  extra: Record<string, unknown> = {},
) {
  seq += 1;
  return {
    titleEn: `Test Call ${seq}`,
    titleZh: `測試甄選 ${seq}`,
    academicYear: year,
    term: 'spring',
    opensAt: new Date(Date.parse(now) - 60_000).toISOString(),
    deadline: new Date(Date.parse(now) + 10 * 86_400_000).toISOString(),
    maxPreferences: 2,
    eligibility: { levels: ['bachelor', 'master'], minGpa: 2.5, languageCertRequired: true },
    documents: [
      { code: 'transcript', labelZh: '成績單', labelEn: 'Transcript', required: true },
      { code: 'plan', labelZh: '讀書計畫', labelEn: 'Study plan', required: false },
    ],
    criteria: [
      { code: 'academic', labelZh: '學業', labelEn: 'Academic', weight: 2, max: 100 },
      { code: 'interview', labelZh: '面試', labelEn: 'Interview', weight: 1, max: 100 },
    ],
    offers,
    ...extra,
  };
}
