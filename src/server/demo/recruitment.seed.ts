import { randomBytes } from 'node:crypto';
import type { Db } from '#server/db/client.js';
import { hashToken } from '#server/modules/auth/session.hook.js';
import { academicYearOf, addDays } from '#shared/calendar.js';
import type { LeadLevel } from '#shared/recruitment.js';

/**
 * Recruitment and partners' nominations (issue 21, items 3–4): a Vietnam education fair in Ho Chi Minh City
 * and an Indonesia recruitment trip with the leads met there (consent recorded, two withdrawn, one never
 * given), a follow-up template in both languages, and a nomination window open now for next academic year's
 * autumn term with a Korean partner's link and two nominees. Fixed dates in academic year 2025 (114學年度)
 * for the fairs; the window follows the day the demo is loaded.
 */
const FAIR = {
  kind: 'fair' as const,
  name_zh: '2025 越南胡志明市臺灣高等教育展',
  name_en: 'Taiwan Higher Education Fair 2025, Ho Chi Minh City',
  country: 'VN',
  city: 'Ho Chi Minh City',
  start_date: '2025-10-18',
  end_date: '2025-10-19',
  organiser: '財團法人高等教育國際合作基金會 (FICHET)',
  staff_json: JSON.stringify(['林美華', 'Nguyen Thi Lan']),
  cost_minor: 18_500_000,
  currency: 'TWD',
  notes: 'Booth B12; brochures in Vietnamese and English.',
};
const TRIP = {
  kind: 'trip' as const,
  name_zh: '2026 印尼招生訪問（雅加達、泗水）',
  name_en: 'Indonesia recruitment trip 2026 (Jakarta, Surabaya)',
  country: 'ID',
  city: 'Jakarta',
  start_date: '2026-03-09',
  end_date: '2026-03-13',
  organiser: null,
  staff_json: JSON.stringify(['陳志明', '林美華']),
  cost_minor: 26_000_000,
  currency: 'TWD',
  notes: 'Visits to four partner high schools and one university fair.',
};

type LeadSeed = [name: string, email: string, interest: string, level: LeadLevel, consent: 'yes' | 'no' | 'withdrawn'];
const VN_LEADS: LeadSeed[] = [
  ['Nguyễn Thị Mai', 'mai.nguyen@example.vn', 'Electrical Engineering', 'bachelor', 'yes'],
  ['Trần Văn Minh', 'minh.tran@example.vn', 'Business Administration', 'master', 'yes'],
  ['Lê Hoàng Anh', 'anh.le@example.vn', 'Computer Science', 'bachelor', 'withdrawn'],
  ['Phạm Thu Hà', 'ha.pham@example.vn', 'Chinese language', 'non_degree', 'no'],
];
const ID_LEADS: LeadSeed[] = [
  ['Siti Nurhaliza', 'siti.nurhaliza@example.id', 'Mechanical Engineering', 'bachelor', 'yes'],
  ['Budi Santoso', 'budi.santoso@example.id', 'Semiconductor engineering', 'master', 'yes'],
  ['Dewi Lestari', 'dewi.lestari@example.id', 'Hospitality management', 'bachelor', 'withdrawn'],
  ['Agus Pratama', 'agus.pratama@example.id', 'Materials Science', 'doctoral', 'yes'],
];

export async function seedRecruitmentDemo(trx: Db, now: string): Promise<void> {
  const stamps = { created_at: now, updated_at: now };
  for (const [trip, leads] of [
    [FAIR, VN_LEADS],
    [TRIP, ID_LEADS],
  ] as const) {
    const { id } = await trx
      .insertInto('recruitment_trips')
      .values({ ...trip, created_by: null, ...stamps })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('recruitment_leads')
      .values(
        leads.map(([name, email, interest, level, consent], i) => {
          const consentAt = `${trip.start_date}T0${2 + i}:30:00.000Z`;
          return {
            trip_id: id,
            channel: trip.kind,
            name,
            email,
            email_key: email.toLowerCase(),
            country: trip.country,
            program_interest: interest,
            level,
            locale: i % 2 ? ('zh-TW' as const) : ('en' as const),
            collected_on: trip.start_date,
            academic_year: academicYearOf(trip.start_date),
            consent_version: consent === 'no' ? null : `${trip.kind}-2025-v1`,
            consent_at: consent === 'no' ? null : consentAt,
            consent_withdrawn_at: consent === 'withdrawn' ? `${addDays(trip.end_date, 21)}T01:00:00.000Z` : null,
            notes: null,
            created_by: null,
            ...stamps,
          };
        }),
      )
      .execute();
  }
  await trx
    .insertInto('recruitment_templates')
    .values({
      name: 'After the fair',
      subject_zh: '感謝您蒞臨本校攤位',
      subject_en: 'Thank you for visiting our booth',
      body_zh: '{{name}} 您好：\n感謝您蒞臨本校攤位。114學年度秋季入學申請將於3月開放，歡迎參考本校國際學生招生簡章。',
      body_en:
        'Dear {{name}},\nThank you for visiting our booth. Applications for the autumn intake open in March; our admission brochure for international students has the programmes and dates.',
      ...stamps,
    })
    .execute();
  await seedNominations(trx, now);
}

/** An open window (next academic year, autumn) and a Korean partner's link with two nominees. */
async function seedNominations(trx: Db, now: string) {
  const today = now.slice(0, 10);
  const year = academicYearOf(today) + 1;
  const { id: windowId } = await trx
    .insertInto('nomination_windows')
    .values({
      academic_year: year,
      term: 'autumn',
      opens_on: addDays(today, -10),
      closes_on: addDays(today, 20),
      applications_close_on: addDays(today, 60),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A Korean partner with a signed exchange agreement (its inbound places of that year take the nominees).
  const partner = await trx
    .selectFrom('partners as p')
    .innerJoin('agreement_partners as ap', 'ap.partner_id', 'p.id')
    .innerJoin('agreements as a', 'a.id', 'ap.agreement_id')
    .select('p.id')
    .where('p.country', '=', 'KR')
    .where('a.kind', '=', 'student_exchange')
    .where('a.status', '=', 'active')
    .orderBy('p.id', 'desc')
    .executeTakeFirst();
  if (!partner) return;
  const { id: linkId } = await trx
    .insertInto('nomination_links')
    .values({
      partner_id: partner.id,
      contact_name: 'Dr. Kim Min-ji',
      contact_email: 'minji.kim@partner.example.kr',
      locale: 'en',
      // Nobody holds this link's secret: the demo shows the link, staff resend it to get a working address.
      token_hash: hashToken(randomBytes(32).toString('base64url')),
      expires_at: `${addDays(today, 90)}T15:59:59.000Z`,
      sent_at: now,
      created_by: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const nominee = (given: string, family: string, email: string, level: 'bachelor' | 'master') => ({
    partner_id: partner.id,
    link_id: linkId,
    window_id: windowId,
    given_name: given,
    family_name: family,
    email,
    email_key: email,
    level,
    field_of_study: level === 'bachelor' ? 'Industrial Design' : 'Electrical Engineering',
    status: 'submitted' as const,
    created_at: now,
    updated_at: now,
  });
  await trx
    .insertInto('nominations')
    .values([
      nominee('Seo-yeon', 'Lee', 'seoyeon.lee@student.example.kr', 'bachelor'),
      nominee('Jun-ho', 'Choi', 'junho.choi@student.example.kr', 'master'),
    ])
    .execute();
}
