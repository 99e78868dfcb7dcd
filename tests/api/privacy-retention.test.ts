import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from '#server/lib/stored-files.js';
import { retentionJob } from '#server/modules/privacy/retention.job.js';
import { addDays, businessDate } from '#shared/calendar.js';
import { insertStudent, makeMobility, seq } from '#tests/factories.js';
import { type Client, DEMO, DIALECTS, setupApp, type TestApp } from '#tests/setup/app.js';
import { expectSummariesAsData } from '#tests/setup/audit-summaries.js';
import { unitIdOf } from './checklist-fixtures.js';

const stamp = () => new Date().toISOString();

/** Retention: periods per kind kept by administrators, the dry run, the anonymising run and its report. */
describe.each(DIALECTS)('privacy retention (%s)', (dialect) => {
  let t: TestApp;
  let admin: Client;
  let today: string;
  const ids = { oldPerson: 0, recentPerson: 0, oldMobility: 0, unselected: 0, nominated: 0, document: 0 };
  const files = { application: 0, document: 0 };
  let ministryUrl = '';
  let ministryBefore: unknown;

  const storeFile = async (label: string) => {
    const data = Buffer.from(`%PDF-1.4 ${label} ${seq()} ${Math.random()}`);
    const row = await t.db.db
      .insertInto('stored_files')
      .values({ sha256: sha256Of(data), size: data.length, content_type: 'application/pdf', data, created_at: stamp() })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };

  beforeAll(async () => {
    t = await setupApp(dialect);
    admin = await t.login(DEMO.admin);
    today = businessDate(t.clock.now());
    const db = t.db.db;
    const unit = await unitIdOf(db, 'IB');
    // A person archived 12 years ago whose one mobility ended 11 years ago (former_people, 10 years).
    ids.oldPerson = await insertStudent(t, unit, {
      archived_at: `${addDays(today, -12 * 366)}T00:00:00.000Z`,
      email: 'old.person@example.org',
      birth_date: '1990-01-01',
    });
    ids.oldMobility = await makeMobility(t, {
      person_id: ids.oldPerson,
      status: 'closed',
      start_date: addDays(today, -11 * 366 - 200),
      end_date: addDays(today, -11 * 366),
      departed_on: addDays(today, -11 * 366 - 200),
      returned_on: addDays(today, -11 * 366),
    });
    ministryUrl = `/api/v1/reports/ministry/outbound_students?from=${addDays(today, -11 * 366 - 230)}&to=${addDays(today, -11 * 366 + 30)}`;
    await db
      .insertInto('audit_log')
      .values({
        at: stamp(),
        action: 'update',
        entity_type: 'person',
        entity_id: ids.oldPerson,
        after_json: '{"email":"old.person@example.org"}',
      })
      .execute();
    ids.recentPerson = await insertStudent(t, unit, { archived_at: stamp(), email: 'recent@example.org' });
    // An inbound mobility that ended six years ago with a visa document (inbound_documents, 5 years).
    const inbound = await makeMobility(t, {
      unitId: unit,
      direction: 'inbound',
      start_date: addDays(today, -6 * 366 - 150),
      end_date: addDays(today, -6 * 366),
    });
    files.document = await storeFile('visa');
    ids.document = (
      await db
        .insertInto('mobility_documents')
        .values({
          mobility_id: inbound,
          kind: 'visa',
          owning_unit_id: unit,
          status: 'approved',
          file_id: files.document,
          file_name: '簽證.pdf',
          notes: 'passport seen',
          created_at: stamp(),
          updated_at: stamp(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // A call closed four years ago: one applicant not selected (with a document), one nominated.
    const call = await db
      .insertInto('calls')
      .values({
        title_en: `Old call ${seq()}`,
        academic_year: 100,
        term: 'fall',
        opens_at: addDays(today, -4 * 366 - 30),
        deadline: addDays(today, -4 * 366),
        status: 'published',
        created_at: stamp(),
        updated_at: stamp(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const apply = async (status: 'not_selected' | 'nominated') =>
      (
        await db
          .insertInto('applications')
          .values({
            call_id: call.id,
            person_id: await insertStudent(t, unit),
            status,
            form_json: '{"motivation":"I want to go"}',
            gpa: 3.9,
            language_cert: 'TOEFL 100',
            created_at: stamp(),
            updated_at: stamp(),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.unselected = await apply('not_selected');
    ids.nominated = await apply('nominated');
    files.application = await storeFile('transcript');
    await db
      .insertInto('application_documents')
      .values({
        application_id: ids.unselected,
        doc_code: 'transcript',
        file_id: files.application,
        file_name: '成績單.pdf',
        uploaded_at: stamp(),
      })
      .execute();
  });
  afterAll(() => t.close());

  const person = (id: number) =>
    t.db.db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const fileExists = async (id: number) =>
    !!(await t.db.db.selectFrom('stored_files').select('id').where('id', '=', id).executeTakeFirst());

  it('administrators set the periods (versioned); OIA staff read them; others may not', async () => {
    const list = (await admin.get('/api/v1/privacy/retention/policies')).json().items;
    expect(list.map((p: { kind: string }) => p.kind).sort()).toEqual([
      'former_people',
      'inbound_documents',
      'unselected_applications',
    ]);
    expect(list.every((p: { enabled: boolean }) => !p.enabled)).toBe(true); // off until confirmed
    const years = { former_people: 10, inbound_documents: 5, unselected_applications: 3 } as Record<string, number>;
    for (const p of list) {
      const res = await admin.put(`/api/v1/privacy/retention/policies/${p.kind}`, {
        years: years[p.kind],
        enabled: true,
        version: p.version,
      });
      expect(res.statusCode, res.body).toBe(200);
      const stale = await admin.put(`/api/v1/privacy/retention/policies/${p.kind}`, {
        years: 1,
        enabled: true,
        version: p.version,
      });
      expect(stale.statusCode).toBe(409);
    }
    const oia = await t.login(DEMO.oia);
    expect((await oia.get('/api/v1/privacy/retention/policies')).statusCode).toBe(200);
    expect(
      (await oia.put('/api/v1/privacy/retention/policies/former_people', { years: 1, enabled: true, version: 2 }))
        .statusCode,
    ).toBe(403);
    expect((await oia.post('/api/v1/privacy/retention/runs', { dryRun: true })).statusCode).toBe(403);
    const coord = await t.login(DEMO.coordEng);
    expect((await coord.get('/api/v1/privacy/retention/runs')).statusCode).toBe(403);
  });

  it('a dry run reports what it would do and changes nothing', async () => {
    ministryBefore = (await admin.get(ministryUrl)).json();
    expect((ministryBefore as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    const res = await admin.post('/api/v1/privacy/retention/runs', { dryRun: true });
    expect(res.statusCode, res.body).toBe(201);
    const run = res.json();
    expect(run.dryRun).toBe(true);
    const of = (kind: string) => run.outcomes.find((o: { kind: string }) => o.kind === kind);
    expect(of('former_people').ids).toContain(ids.oldPerson);
    expect(of('former_people').ids).not.toContain(ids.recentPerson);
    expect(of('unselected_applications').ids).toContain(ids.unselected);
    expect(of('unselected_applications').ids).not.toContain(ids.nominated);
    expect(of('inbound_documents').ids).toContain(ids.document);
    expect(of('inbound_documents').files).toBeGreaterThanOrEqual(1);
    expect((await person(ids.oldPerson)).email).toBe('old.person@example.org');
    expect(await fileExists(files.application)).toBe(true);
    expect(await fileExists(files.document)).toBe(true);
  });

  it('the run anonymises what is past its period, deletes its files and keeps what is counted', async () => {
    const res = await admin.post('/api/v1/privacy/retention/runs', { dryRun: false });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().dryRun).toBe(false);
    const p = await person(ids.oldPerson);
    expect(p).toMatchObject({
      name_en: `Anonymised #${ids.oldPerson}`,
      email: null,
      birth_date: null,
      student_no: null,
    });
    expect(p.passport_no_enc).toBeNull();
    expect(p.anonymised_at).not.toBeNull();
    expect(p).toMatchObject({ gender: 'female', degree_level: 'bachelor', kind: 'student' }); // counted by the Ministry tables
    expect((await person(ids.recentPerson)).email).toBe('recent@example.org');
    const mobility = await t.db.db
      .selectFrom('mobilities')
      .select('id')
      .where('id', '=', ids.oldMobility)
      .executeTakeFirst();
    expect(mobility).toBeDefined();
    const audit = await t.db.db
      .selectFrom('audit_log')
      .select(['after_json', 'action'])
      .where('entity_type', '=', 'person')
      .where('entity_id', '=', ids.oldPerson)
      .execute();
    expect(audit.every((a) => a.after_json === null)).toBe(true);
    expect(audit.map((a) => a.action)).toContain('anonymise');

    const apps = await t.db.db
      .selectFrom('applications')
      .selectAll()
      .where('id', 'in', [ids.unselected, ids.nominated])
      .execute();
    const unselected = apps.find((a) => a.id === ids.unselected);
    const nominated = apps.find((a) => a.id === ids.nominated);
    expect(unselected).toMatchObject({ status: 'not_selected', form_json: '{}', gpa: null, language_cert: null });
    expect(nominated).toMatchObject({ gpa: 3.9, anonymised_at: null });
    expect(await fileExists(files.application)).toBe(false);
    const doc = await t.db.db
      .selectFrom('mobility_documents')
      .selectAll()
      .where('id', '=', ids.document)
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({ status: 'approved', kind: 'visa', file_id: null, file_name: null, notes: null });
    expect(await fileExists(files.document)).toBe(false);
    // The Ministry's table over the anonymised person's mobility counts the same.
    expect((await admin.get(ministryUrl)).json()).toEqual(ministryBefore);
  });

  it('the daily job runs the same way, finds nothing twice, and every run is listed', async () => {
    await retentionJob.run({ db: t.db.db, env: t.app.deps.env, clock: t.clock }, today);
    const runs = (await admin.get('/api/v1/privacy/retention/runs', { locale: 'en' })).json().items;
    expect(runs.slice(0, 3).map((r: { dryRun: boolean }) => r.dryRun)).toEqual([false, false, true]);
    const byJob = runs[0];
    expect(byJob.actorName).toBeNull();
    const again = byJob.outcomes.flatMap((o: { ids: number[] }) => o.ids);
    expect(again).not.toContain(ids.oldPerson);
    expect(again).not.toContain(ids.unselected);
    expect(runs[1].actorName).not.toBeNull();
  });

  it('writes every audit summary as data, in no one language (ADR 0030)', async () => {
    await expectSummariesAsData(t.db.db, [
      'retention_run',
      'retention_policy',
      'mobility_document',
      'application',
      'person',
    ]);
  });
});
