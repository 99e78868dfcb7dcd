import { expect } from 'vitest';
import { sha256Of } from '#server/lib/stored-files.js';
import { makeMobility, personBody, uniqueTag } from '#tests/factories.js';
import { type Client, DEMO, type TestApp } from '#tests/setup/app.js';

/** The roles the matrix signs in as (one demo account each), and anonymous. */
export const ROLES = ['anon', 'admin', 'oia', 'coord', 'unitStaff', 'exec', 'assistant', 'student'] as const;
export type MatrixRole = (typeof ROLES)[number];
const ACCOUNTS: Record<Exclude<MatrixRole, 'anon'>, string> = {
  admin: DEMO.admin,
  oia: DEMO.oia,
  coord: DEMO.coordEng,
  unitStaff: DEMO.unitStaff,
  exec: DEMO.executive,
  assistant: DEMO.assistant,
  student: DEMO.student,
};

export async function signIn(t: TestApp): Promise<Record<MatrixRole, Client>> {
  const clients = { anon: t.anon } as Record<MatrixRole, Client>;
  for (const [role, email] of Object.entries(ACCOUNTS)) clients[role as MatrixRole] = await t.login(email);
  return clients;
}

const stamp = () => new Date().toISOString();
/** An id no record has: for parts the matrix does not build (the answer must still be a refusal or 404). */
export const MISSING = 987654;

/**
 * Records of another unit and another person: everything belongs to the Business college (the coordinator
 * signs in for Engineering) and to a person who is not the signed-in student. Demo rows are used where the
 * demo has them (agreements, calls, submissions); the person-bound records are made here.
 */
export async function buildFixtures(t: TestApp, oia: Client) {
  const db = t.db.db;
  const unit = async (code: string) =>
    (await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const bus = await unit('BUS');
  const ib = await unit('IB');
  const busUnits = (
    await db
      .selectFrom('units')
      .select('id')
      .where((eb) => eb.or([eb('id', '=', bus), eb('parent_id', '=', bus)]))
      .execute()
  ).map((u) => u.id);
  const first = async <T>(q: Promise<{ id: number } | undefined>) => (await q)?.id ?? MISSING;

  // A name no other record has: no coordinator's or student's answer may contain it.
  const tag = uniqueTag('matrix');
  const person = await oia.post(
    '/api/v1/people',
    personBody({ unitId: ib, nameEn: `Matrix ${tag}`, nameZh: `矩陣${tag}` }),
  );
  expect(person.statusCode, person.body).toBe(201);
  const personId: number = person.json().id;
  const mobility = await makeMobility(t, { person_id: personId });
  const inbound = await makeMobility(t, { person_id: personId, direction: 'inbound' });
  const data = Buffer.from(`%PDF-1.4 matrix ${Math.random()}`);
  const file = await db
    .insertInto('stored_files')
    .values({ sha256: sha256Of(data), size: data.length, content_type: 'application/pdf', data, created_at: stamp() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const checklistItem = await db
    .insertInto('mobility_documents')
    .values({
      mobility_id: inbound,
      kind: 'visa',
      owning_unit_id: await unit('OIA-ISS'),
      status: 'under_review',
      file_id: file.id,
      file_name: 'visa.pdf',
      uploaded_at: stamp(),
      created_at: stamp(),
      updated_at: stamp(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const call = await first(db.selectFrom('calls').select('id').orderBy('id').executeTakeFirst());
  const application = await db
    .insertInto('applications')
    .values({ call_id: call, person_id: personId, status: 'submitted', created_at: stamp(), updated_at: stamp() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const applicationDoc = await db
    .insertInto('application_documents')
    .values({
      application_id: application.id,
      doc_code: 'transcript',
      file_id: file.id,
      file_name: 't.pdf',
      uploaded_at: stamp(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notice = await oia.post('/api/v1/privacy/notices', {
    effectiveOn: '2020-01-01',
    purposeZh: '國際交流',
    purposeEn: 'International exchange',
    textZh: '告知事項',
    textEn: 'Notice',
  });
  const consent = await oia.post(`/api/v1/privacy/people/${personId}/consents`, { noticeId: notice.json().id });
  expect(consent.statusCode, consent.body).toBe(201);
  const coordBus = await first(
    db.selectFrom('users').select('id').where('email', '=', DEMO.coordBus).executeTakeFirst(),
  );
  const agreement = await first(
    db.selectFrom('agreements').select('id').where('owning_unit_id', 'in', busUnits).orderBy('id').executeTakeFirst(),
  );
  // An event and a visit of the Business college (issue 19).
  const dates = { startDate: '2030-01-07', endDate: '2030-01-08' };
  const event = await oia.post('/api/v1/events', { kind: 'seminar', unitId: bus, titleEn: 'Matrix seminar', ...dates });
  expect(event.statusCode, event.body).toBe(201);
  const visit = await oia.post('/api/v1/visits', {
    direction: 'inbound',
    unitId: bus,
    titleEn: 'Matrix visit',
    ...dates,
  });
  expect(visit.statusCode, visit.body).toBe(201);
  return {
    tag,
    event: event.json().id as number,
    visit: visit.json().id as number,
    person: personId,
    mobility,
    inboundMobility: inbound,
    checklistItem: checklistItem.id,
    application: application.id,
    applicationDoc: applicationDoc.id,
    consent: consent.json().id as number,
    call,
    unit: ib,
    user: coordBus,
    agreement,
    place: await first(
      db.selectFrom('exchange_places').select('id').where('agreement_id', '=', agreement).executeTakeFirst(),
    ),
    agreementFile: await first(
      db.selectFrom('agreement_files').select('id').where('agreement_id', '=', agreement).executeTakeFirst(),
    ),
    partner: await first(db.selectFrom('partners').select('id').orderBy('id').executeTakeFirst()),
    activity: await first(db.selectFrom('activities').select('id').where('unit_id', 'in', busUnits).executeTakeFirst()),
    term: await first(db.selectFrom('academic_terms').select('id').executeTakeFirst()),
    indicator: await first(db.selectFrom('indicators').select('id').orderBy('id').executeTakeFirst()),
    program: await first(db.selectFrom('funding_programs').select('id').orderBy('id').executeTakeFirst()),
    fundingYear: await first(db.selectFrom('funding_years').select('id').orderBy('id').executeTakeFirst()),
    period: await first(db.selectFrom('reporting_periods').select('id').orderBy('id').executeTakeFirst()),
    submission: await first(
      db.selectFrom('submissions').select('id').where('unit_id', 'in', busUnits).executeTakeFirst(),
    ),
    notification: await first(
      db.selectFrom('notifications').select('id').where('user_id', '=', coordBus).executeTakeFirst(),
    ),
    outbox: await first(db.selectFrom('mail_outbox').select('id').executeTakeFirst()),
    savedReport: await first(db.selectFrom('saved_reports').select('id').executeTakeFirst()),
    // The enquiry desk: an enquiry of another division (International Students & Scholars; the matrix's
    // OIA staff are International Cooperation), and a training enrolment of another person.
    enquiry: await first(
      db
        .selectFrom('enquiries')
        .select('id')
        .where('unit_id', '=', await unit('OIA-ISS'))
        .orderBy('id')
        .executeTakeFirst(),
    ),
    faqEntry: await first(db.selectFrom('faq_entries').select('id').orderBy('id').executeTakeFirst()),
    trainingSession: await first(db.selectFrom('training_sessions').select('id').orderBy('id').executeTakeFirst()),
    trainingEnrolment: await first(
      db
        .selectFrom('training_enrolments as e')
        .innerJoin('users as u', 'u.id', 'e.user_id')
        .select('e.id')
        .where('u.email', '=', DEMO.oiaIss)
        .where('e.status', '=', 'attended')
        .executeTakeFirst(),
    ),
    // The demo's cohort program (run by OIA-IC), one of its participants and a certificate's code.
    cohortProgram: await first(db.selectFrom('cohort_programs').select('id').orderBy('id').executeTakeFirst()),
    openCohortProgram: await first(
      db.selectFrom('cohort_programs').select('id').where('applications_open', '=', 1).executeTakeFirst(),
    ),
    cohortParticipant: await first(db.selectFrom('cohort_participants').select('id').orderBy('id').executeTakeFirst()),
    certificateCode:
      (await db.selectFrom('cohort_certificates').select('code').orderBy('id').executeTakeFirst())?.code ?? 'NONE',
  };
}
export type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;

/** The path with each parameter replaced by the matching fixture (the record of another unit / person). */
export function fillPath(url: string, f: Fixtures): string {
  const resource: [RegExp, number][] = [
    [/^\/api\/v1\/(people|privacy\/people)\/:id/, f.person],
    [/^\/api\/v1\/mobilities\/:id/, f.mobility],
    [/^\/api\/v1\/checklist\/items\/:id/, f.checklistItem],
    [/^\/api\/v1\/applications\/:id/, f.application],
    [/^\/api\/v1\/calls\/:id/, f.call],
    [/^\/api\/v1\/units\/:id/, f.unit],
    [/^\/api\/v1\/users\/:id/, f.user],
    [/^\/api\/v1\/agreements\/:id/, f.agreement],
    [/^\/api\/v1\/partners\/:id/, f.partner],
    [/^\/api\/v1\/portal\/partners\/:id/, f.partner],
    [/^\/api\/v1\/activities\/:id/, f.activity],
    [/^\/api\/v1\/events\/:id/, f.event],
    [/^\/api\/v1\/visits\/:id/, f.visit],
    [/^\/api\/v1\/academic-terms\/:id/, f.term],
    [/^\/api\/v1\/indicators\/:id/, f.indicator],
    [/^\/api\/v1\/funding\/programs\/:id/, f.program],
    [/^\/api\/v1\/reporting\/periods\/:id/, f.period],
    [/^\/api\/v1\/reporting\/submissions\/:id/, f.submission],
    [/^\/api\/v1\/notifications\/:id/, f.notification],
    [/^\/api\/v1\/mail\/outbox\/:id/, f.outbox],
    [/^\/api\/v1\/reports\/saved\/:id/, f.savedReport],
    [/^\/api\/v1\/enquiries\/:id/, f.enquiry],
    [/^\/api\/v1\/faq\/:id/, f.faqEntry],
    [/^\/api\/v1\/training\/(courses|sessions)\/:id/, f.trainingSession],
    [/^\/api\/v1\/training\/enrolments\/:id/, f.trainingEnrolment],
    [/^\/api\/v1\/cohorts\/:id/, f.cohortProgram],
    [/^\/api\/v1\/public\/cohorts\/:id/, f.openCohortProgram],
  ];
  const id = resource.find(([re]) => re.test(url))?.[1] ?? MISSING;
  const parts: Record<string, string | number> = {
    id,
    placeId: f.place,
    fileId: f.agreementFile,
    docId: f.applicationDoc,
    consentId: f.consent,
    awardId: MISSING,
    yearId: f.fundingYear,
    indicatorId: f.indicator,
    childId: f.cohortParticipant,
    // :code is a certificate's code on the public check, an enquiry category's code elsewhere.
    code: url.includes('/certificates/') ? f.certificateCode : 'visa_residence',
    table: 'outbound_students',
    kind: 'former_people',
    lang: 'en',
  };
  return url.replace(/:(\w+)/g, (_, name: string) => String(parts[name] ?? MISSING));
}
