import type { Db } from '#server/db/client.js';
import { newCode } from '#server/modules/cohorts/certificate.js';
import type { CohortSessionKind, CohortStage } from '#shared/cohorts.js';
import type { SeedContext } from './mobility-demo.seed.js';

/**
 * The Sonora State Government International Talent Training Program (shared/seeds 003): 21 students
 * selected from over 6,000 applicants, a year (2024–25) of semiconductor, electric-vehicle and
 * smart-manufacturing courses with Chinese, cultural activities and company visits, mentors, and a
 * graduation ceremony on 20 June 2025 where every one of the 21 received a certificate. The demo keeps
 * a sample of the applicant funnel (the 6,000 figure is in the description, not in rows).
 */
const FIRST = ['Ana', 'Luis', 'María', 'José', 'Sofía', 'Diego', 'Valeria', 'Carlos', 'Daniela', 'Jorge', 'Fernanda'];
const LAST = ['García', 'Hernández', 'López', 'Martínez', 'Ramírez', 'Valenzuela', 'Moreno', 'Soto', 'Romero', 'Ruiz'];
const SCHOOLS = ['Universidad de Sonora', 'Instituto Tecnológico de Hermosillo', 'Instituto Tecnológico de Sonora'];
const FIELDS = ['Mechatronics', 'Electronic Engineering', 'Industrial Engineering', 'Materials Science'];

const SESSIONS: [CohortSessionKind, string, string, string, number, boolean][] = [
  ['course', '半導體製程導論', 'Introduction to semiconductor processes', '2024-09-10', 3, true],
  ['chinese', '華語（一）', 'Chinese language I', '2024-09-12', 3, false],
  ['course', '電動車動力系統', 'Electric-vehicle power systems', '2024-10-08', 3, true],
  ['cultural', '臺灣傳統節慶與手工藝', 'Taiwan’s traditional festivals and handicrafts', '2024-10-19', 4, false],
  ['company_visit', '科學園區半導體廠參訪', 'Visit to a semiconductor fab in the science park', '2024-11-15', 6, false],
  ['chinese', '華語（二）', 'Chinese language II', '2024-12-05', 3, false],
  ['course', '智慧製造與工業物聯網', 'Smart manufacturing and the industrial IoT', '2025-02-18', 3, true],
  ['cultural', '臺南古蹟文化導覽', 'Guided tour of Tainan’s historic landmarks', '2025-03-08', 4, false],
  ['company_visit', '傳統產業工廠參訪', 'Visit to a traditional manufacturer', '2025-04-11', 6, false],
  ['chinese', '華語（三）', 'Chinese language III', '2025-05-06', 3, false],
  ['ceremony', '結業典禮', 'Graduation ceremony', '2025-06-20', 2, true],
];

export async function seedCohortsDemo(trx: Db, ctx: SeedContext): Promise<void> {
  const { now } = ctx;
  const { id: programId } = await trx
    .insertInto('cohort_programs')
    .values({
      unit_id: ctx.unit('OIA-IC'),
      name_zh: '墨西哥索諾拉州政府國際人才培育專班',
      name_en: 'Sonora State Government International Talent Training Program',
      start_date: '2024-08-26',
      end_date: '2025-06-30',
      places: 21,
      applications_open: 0,
      min_attendance: 80,
      description_zh:
        '與墨西哥索諾拉州政府及工業技術研究院合作，自逾六千名申請者中遴選21名學生來臺研習一年：半導體、電動車與智慧製造專業課程，結合華語、多元文化活動及企業參訪，並設導師與輔導制度。',
      description_en:
        'With the Sonora State Government and the Industrial Technology Research Institute: 21 students selected from over 6,000 applicants for a year of semiconductor, electric-vehicle and smart-manufacturing courses with Chinese language, cultural activities and company visits, supported by mentors and counselling.',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('cohort_organisations')
    .values([
      {
        program_id: programId,
        role: 'government',
        partner_id: null,
        name_zh: '墨西哥索諾拉州政府',
        name_en: 'Sonora State Government',
        funding_ntd: null,
      },
      {
        program_id: programId,
        role: 'research',
        partner_id: null,
        name_zh: '工業技術研究院',
        name_en: 'Industrial Technology Research Institute',
        funding_ntd: null,
      },
    ])
    .execute();
  const sessionIds: number[] = [];
  for (const [kind, zh, en, heldOn, hours, required] of SESSIONS) {
    const { id } = await trx
      .insertInto('cohort_sessions')
      .values({
        program_id: programId,
        kind,
        title_zh: zh,
        title_en: en,
        held_on: heldOn,
        hours,
        required: required ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionIds.push(id);
  }
  // 21 accepted (all graduated) and a sample of the rest of the funnel.
  const stages: CohortStage[] = [
    ...Array<CohortStage>(21).fill('accepted'),
    ...Array<CohortStage>(30).fill('rejected'),
    ...Array<CohortStage>(6).fill('withdrawn'),
  ];
  const mentor = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'oia.ic@demo.meridian.tw')
    .executeTakeFirst();
  const certificates: { participant_id: number; code: string; issued_on: string; issued_by: null }[] = [];
  const attendance: { session_id: number; participant_id: number; present: number }[] = [];
  for (const [i, stage] of stages.entries()) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${LAST[(i * 3 + 1) % LAST.length]}`;
    const email = `sonora.${i + 1}@example.mx`;
    const { id: appId } = await trx
      .insertInto('cohort_applications')
      .values({
        program_id: programId,
        name,
        email,
        email_key: email,
        nationality: 'MX',
        institution: SCHOOLS[i % SCHOOLS.length] as string,
        field_of_study: FIELDS[i % FIELDS.length] as string,
        motivation: null,
        source: i % 4 === 0 ? 'import' : 'form',
        stage,
        score: stage === 'accepted' ? 85 + (i % 12) : 50 + (i % 30),
        reason: stage === 'rejected' ? 'Below the screening threshold 低於書審門檻' : null,
        interview_on: stage === 'accepted' ? '2024-06-15' : null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (stage !== 'accepted') continue;
    const { id: participantId } = await trx
      .insertInto('cohort_participants')
      .values({
        program_id: programId,
        application_id: appId,
        name,
        mentor_id: mentor?.id ?? null,
        withdrawn_on: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Every graduate met the rule; a few missed one optional session.
    for (const [s, sessionId] of sessionIds.entries()) {
      const optional = !SESSIONS[s]?.[5];
      attendance.push({
        session_id: sessionId,
        participant_id: participantId,
        present: optional && (i + s) % 9 === 4 ? 0 : 1,
      });
    }
    certificates.push({ participant_id: participantId, code: newCode(), issued_on: '2025-06-20', issued_by: null });
  }
  await trx.insertInto('cohort_attendance').values(attendance).execute();
  await trx.insertInto('cohort_certificates').values(certificates).execute();
  await seedSecondCohort(trx, ctx);
}

/** The next intake, open for applications on the public form (the demo's form has a program to show). */
async function seedSecondCohort(trx: Db, { now, unit }: SeedContext) {
  const { id } = await trx
    .insertInto('cohort_programs')
    .values({
      unit_id: unit('OIA-IC'),
      name_zh: '墨西哥索諾拉州政府國際人才培育專班（第二期）',
      name_en: 'Sonora State Government International Talent Training Program (2nd cohort)',
      start_date: '2026-09-01',
      end_date: '2027-06-30',
      places: 25,
      applications_open: 1,
      min_attendance: 80,
      description_zh: null,
      description_en: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('cohort_organisations')
    .values({
      program_id: id,
      role: 'government',
      partner_id: null,
      name_zh: '墨西哥索諾拉州政府',
      name_en: 'Sonora State Government',
      funding_ntd: null,
    })
    .execute();
  const stages: CohortStage[] = [
    'submitted',
    'submitted',
    'submitted',
    'screening',
    'screening',
    'interview',
    'offered',
  ];
  await trx
    .insertInto('cohort_applications')
    .values(
      stages.map((stage, i) => ({
        program_id: id,
        name: `${FIRST[(i + 3) % FIRST.length]} ${LAST[(i + 5) % LAST.length]}`,
        email: `sonora2.${i + 1}@example.mx`,
        email_key: `sonora2.${i + 1}@example.mx`,
        nationality: 'MX',
        institution: SCHOOLS[i % SCHOOLS.length] as string,
        field_of_study: FIELDS[i % FIELDS.length] as string,
        motivation: null,
        source: 'form' as const,
        stage,
        score: stage === 'submitted' ? null : 70 + i,
        reason: null,
        interview_on: stage === 'interview' || stage === 'offered' ? '2026-06-10' : null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}
