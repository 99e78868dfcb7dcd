import type { Db } from '#server/db/client.js';
import { storeUpload } from '#server/lib/stored-files.js';
import { demoSignedPdf } from './demo-pdf.js';

/**
 * International admissions' demo (issue 21): the 116學年度秋季 degree round (open now), three programs with
 * the college coordinators as reviewers, and six applicants from the funnel's countries in the statuses an
 * office sees — a draft, one submitted, one under review with a score, one admitted, one waitlisted and one
 * withdrawn — with bilingual names and their documents (a stand-in PDF).
 */
const DAY = 86_400_000;
const DOCUMENTS = [
  { code: 'passport', labelZh: '護照影本', labelEn: 'Passport copy', required: true },
  { code: 'transcript', labelZh: '歷年成績單', labelEn: 'Transcript of records', required: true },
];
const CRITERIA = [
  { code: 'academic', labelZh: '學業成績', labelEn: 'Academic record', weight: 60, max: 100 },
  { code: 'plan', labelZh: '讀書計畫', labelEn: 'Study plan', weight: 40, max: 100 },
];
const PROGRAMS = [
  {
    unit: 'CSIE',
    level: 'master',
    zh: '資訊工程學系碩士班',
    en: 'Master in Computer Science',
    places: 3,
    reviewer: 'ENG',
  },
  {
    unit: 'CSIE',
    level: 'bachelor',
    zh: '資訊工程學系學士班',
    en: 'Bachelor in Computer Science',
    places: 5,
    reviewer: 'ENG',
  },
  {
    unit: 'BA',
    level: 'master',
    zh: '企業管理學系碩士班',
    en: 'Master of Business Administration',
    places: 2,
    reviewer: 'BUS',
  },
] as const;
type Seed = { given: string; family: string; zh: string; country: string; program: number; status: string };
const APPLICANTS: Seed[] = [
  { given: 'Nguyen Thi', family: 'Lan', zh: '阮氏蘭', country: 'VN', program: 0, status: 'under_review' },
  { given: 'Siti', family: 'Rahmawati', zh: '希蒂', country: 'ID', program: 0, status: 'admitted' },
  { given: 'Arjun', family: 'Mehta', zh: '梅塔', country: 'IN', program: 1, status: 'submitted' },
  { given: 'Kenji', family: 'Sato', zh: '佐藤健二', country: 'JP', program: 2, status: 'waitlisted' },
  { given: 'Camille', family: 'Dubois', zh: '杜卡蜜', country: 'FR', program: 2, status: 'withdrawn' },
  { given: 'Somchai', family: 'Wongsakul', zh: '宋猜', country: 'TH', program: 1, status: 'draft' },
];

export async function seedAdmissionsDemo(db: Db, o: { now: string; unit: (code: string) => number }) {
  const at = (days: number) => new Date(new Date(o.now).getTime() + days * DAY).toISOString();
  const { id: roundId } = await db
    .insertInto('admission_rounds')
    .values({
      kind: 'degree',
      academic_year: 2027,
      semester: 1,
      name_zh: '116學年度秋季外國學生學位生招生',
      name_en: 'International degree admissions, fall 2027',
      opens_at: at(-30),
      closes_at: at(60),
      decisions_by: at(90).slice(0, 10),
      fee_ntd: 1600,
      documents: JSON.stringify(DOCUMENTS),
      criteria: JSON.stringify(CRITERIA),
      notes_zh: null,
      notes_en: null,
      created_at: at(-30),
      updated_at: at(-30),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const coordinators = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'in', ['coord.eng@demo.meridian.tw', 'coord.bus@demo.meridian.tw'])
    .execute();
  const reviewer = (college: string) =>
    coordinators.find((c) => c.email === `coord.${college.toLowerCase()}@demo.meridian.tw`)?.id;
  const programIds: number[] = [];
  for (const p of PROGRAMS) {
    const { id } = await db
      .insertInto('admission_programs')
      .values({
        round_id: roundId,
        unit_id: o.unit(p.unit),
        degree_level: p.level,
        name_zh: p.zh,
        name_en: p.en,
        places: p.places,
        language_framework: 'CEFR',
        language_level: 'B2',
        min_gpa: 3,
        requirements_zh: null,
        requirements_en: null,
        created_at: at(-30),
        updated_at: at(-30),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    programIds.push(id);
    const userId = reviewer(p.reviewer);
    if (userId) await db.insertInto('admission_reviewers').values({ program_id: id, user_id: userId }).execute();
  }
  const pdf = await storeUpload(db, demoSignedPdf(), ['pdf'], o.now);
  for (const [i, a] of APPLICANTS.entries()) {
    const submitted = a.status !== 'draft';
    const decided = ['admitted', 'waitlisted'].includes(a.status);
    const { id } = await db
      .insertInto('admission_applications')
      .values({
        round_id: roundId,
        program_id: programIds[a.program] as number,
        email: `${a.given.split(' ')[0]?.toLowerCase()}.${a.family.toLowerCase()}@example.com`,
        locale: 'en',
        given_name: a.given,
        family_name: a.family,
        name_zh: a.zh,
        country_code: a.country,
        identity: 'foreign',
        birth_date: `200${i % 4}-0${(i % 9) + 1}-1${i}`,
        gender: i % 2 ? 'female' : 'male',
        phone: null,
        previous_school: null,
        gpa: 3.4 + (i % 3) / 10,
        language_framework: 'CEFR',
        language_level: 'C1',
        statement: null,
        channel: i % 2 ? 'fair' : 'web',
        partner_id: null,
        nomination_id: null,
        status: a.status,
        fee_status: submitted ? 'paid' : 'unpaid',
        score: ['under_review', 'admitted', 'waitlisted'].includes(a.status) ? 70 + i * 3 : null,
        decision_reason: decided ? (a.status === 'admitted' ? '書面審查成績優異。' : '名額已滿，列備取。') : null,
        created_at: at(-20 + i),
        updated_at: at(-10 + i),
        submitted_at: submitted ? at(-12 + i) : null,
        decided_at: decided ? at(-5) : null,
        responded_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const d of DOCUMENTS)
      await db
        .insertInto('admission_documents')
        .values({
          application_id: id,
          doc_code: d.code,
          file_id: pdf.fileId,
          file_name: `${d.code}.pdf`,
          uploaded_at: at(-15),
        })
        .execute();
  }
}
