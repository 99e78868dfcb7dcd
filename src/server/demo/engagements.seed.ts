import type { Db } from '#server/db/client.js';
import { type ChecklistEntry, checklistFrom } from '#shared/engagements.js';
import type { SeedContext } from './mobility-demo.seed.js';

/**
 * Events, visits and delegations of the demo (issue 19), in both languages: the vice president's
 * 11-member administrative delegation to three Korean universities (after the news item in
 * /work/shared/seeds; names here are made up), the return visit it led to, a public education fair,
 * and one international conference — linked to the demo's counted college record, not a second entry.
 */
export async function seedEngagements(trx: Db, ctx: SeedContext): Promise<void> {
  const { now, unit } = ctx;
  const partner = async (nameEn: string) =>
    (await trx.selectFrom('partners').select('id').where('name_en', '=', nameEn).executeTakeFirst())?.id;
  const korean = (
    await Promise.all(['Hanyang University', 'Sungkyunkwan University', 'Chung-Ang University'].map(partner))
  ).filter((id): id is number => id !== undefined);
  if (korean.length < 3) return;
  const [hanyang, skku, cau] = korean as [number, number, number];
  const user = async (email: string) =>
    (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst())?.id ?? null;
  const vp = await user('vp@demo.meridian.tw');
  const oia = await user('oia.ic@demo.meridian.tw');
  const stamps = { created_by: oia, created_at: now, updated_at: now };
  const ticked = (items: ChecklistEntry[], done: string[]) => items.map((i) => ({ ...i, done: done.includes(i.key) }));

  const delegation = await insertVisit(trx, {
    direction: 'outbound',
    unit_id: unit('UNIV'),
    title_zh: '吳副校長率行政團隊訪問韓國三所大學',
    title_en: 'Vice President Wu’s administrative delegation to three Korean universities',
    purpose: '標竿學習與行政交流 / Benchmarking and administrative exchange',
    start_date: '2026-10-31',
    end_date: '2026-11-04',
    size: 11,
    status: 'completed',
    topics:
      '校園國際化、延攬優秀師資、國際學術研究合作、大學行政經驗、友善資訊系統 / Campus internationalisation, recruiting qualified faculty, international research collaboration, university administration, user-friendly information systems',
    budget: 1_250_000,
    funding_source: '高等教育深耕計畫 / Higher Education Sprout Project',
    itinerary_json: JSON.stringify([
      slot('2026-10-31', null, null, '啟程，抵達首爾 / Depart, arrive in Seoul', null, null, null),
      slot(
        '2026-11-01',
        '10:00',
        '12:00',
        '漢陽大學副校長會談 / Meeting the Vice President of Hanyang University',
        'Hanyang University',
        'Vice President Park',
        hanyang,
      ),
      slot(
        '2026-11-02',
        '10:00',
        '12:00',
        '成均館大學副校長會談 / Meeting the Vice President of Sungkyunkwan University',
        'Sungkyunkwan University',
        'Vice President Lee',
        skku,
      ),
      slot(
        '2026-11-03',
        '14:00',
        '16:00',
        '中央大學副校長會談 / Meeting the Vice President of Chung-Ang University',
        'Chung-Ang University',
        'Vice President Choi',
        cau,
      ),
      slot('2026-11-04', null, null, '返國 / Return', null, null, null),
    ]),
    checklist_json: JSON.stringify(
      ticked(checklistFrom('visit_outbound'), ['travel_approval', 'itinerary', 'briefing_pack', 'gifts', 'insurance']),
    ),
    ...stamps,
  });
  await trx
    .insertInto('visit_partners')
    .values([hanyang, skku, cau].map((id, i) => ({ visit_id: delegation, partner_id: id, sort_order: i })))
    .execute();
  const members: [string, string, number | null][] = [
    ['吳副校長 Vice President Wu', '副校長 Vice President', vp],
    ['陳國合 Grace Chen', '國際合作組組長 Head, International Cooperation', oia],
    ['林副國際長 Lin Mei-Hua', '副國際長 Associate Vice President for International Affairs', null],
    ['張主任秘書 Chang Chih-Ming', '主任秘書 Chief Secretary', null],
    ['王教務長 Wang Ya-Ting', '教務長 Dean of Academic Affairs', null],
    ['李學務長 Li Kuo-Hsiung', '學務長 Dean of Student Affairs', null],
    ['黃總務長 Huang Shu-Fen', '總務長 Dean of General Affairs', null],
    ['劉研發長 Liu Chien-Hung', '研發長 Dean of Research and Development', null],
    ['蔡圖書館館長 Tsai Pei-Ling', '圖書館館長 University Librarian', null],
    ['鄭資訊長 Cheng Wei-Lun', '資訊長 Chief Information Officer', null],
    ['許人事室主任 Hsu Li-Chun', '人事室主任 Director of Personnel', null],
  ];
  await insertPeople(trx, 'visit', delegation, [
    ...members.map(([name, title, userId], i) => ({
      side: 'ours',
      role: i === 0 ? 'leader' : 'member',
      name,
      title,
      user_id: userId,
    })),
    {
      side: 'theirs',
      role: 'counterpart',
      name: 'Vice President Park',
      title: 'Vice President, Hanyang University',
      partner_id: hanyang,
    },
    {
      side: 'theirs',
      role: 'counterpart',
      name: 'Vice President Lee',
      title: 'Vice President, Sungkyunkwan University',
      partner_id: skku,
    },
    {
      side: 'theirs',
      role: 'counterpart',
      name: 'Vice President Choi',
      title: 'Vice President, Chung-Ang University',
      partner_id: cau,
    },
  ]);
  await trx
    .insertInto('visit_gifts')
    .values([
      {
        visit_id: delegation,
        partner_id: hanyang,
        recipient: 'Vice President Park',
        gift: '阿里山茶禮盒 / Alishan tea gift box',
        given_on: '2026-11-01',
        created_by: oia,
        created_at: now,
      },
      {
        visit_id: delegation,
        partner_id: skku,
        recipient: 'Vice President Lee',
        gift: '交趾陶 / Koji pottery',
        given_on: '2026-11-02',
        created_by: oia,
        created_at: now,
      },
      {
        visit_id: delegation,
        partner_id: cau,
        recipient: 'Vice President Choi',
        gift: '阿里山茶禮盒 / Alishan tea gift box',
        given_on: '2026-11-03',
        created_by: oia,
        created_at: now,
      },
    ])
    .execute();
  if (oia)
    await trx
      .insertInto('followups')
      .values([
        {
          owner_kind: 'visit',
          owner_id: delegation,
          partner_id: hanyang,
          kind: 'draft_agreement',
          title: '擬訂與漢陽大學之行政人員交流協議 / Draft a staff exchange agreement with Hanyang',
          assignee_id: oia,
          due_on: '2027-01-29',
          created_by: oia,
          created_at: now,
        },
        {
          owner_kind: 'visit',
          owner_id: delegation,
          partner_id: cau,
          kind: 'add_contact',
          title: '新增中央大學國際處聯絡人 / Add Chung-Ang’s international office contact',
          assignee_id: oia,
          due_on: '2026-12-18',
          created_by: oia,
          created_at: now,
        },
      ])
      .execute();

  // The return visit the delegation led to: an inbound visit under the SOP, half prepared.
  const visit = await insertVisit(trx, {
    direction: 'inbound',
    unit_id: unit('OIA-IC'),
    title_zh: '漢陽大學國際處長回訪',
    title_en: 'Return visit of Hanyang University’s Dean of International Affairs',
    purpose: '洽談行政人員交流與雙聯學位 / Staff exchange and dual degree talks',
    start_date: '2027-01-12',
    end_date: '2027-01-13',
    size: 4,
    status: 'confirmed',
    topics: null,
    budget: 60_000,
    funding_source: null,
    itinerary_json: JSON.stringify([
      slot(
        '2027-01-12',
        '10:00',
        '11:00',
        '校長接見 / Courtesy call on the President',
        '行政大樓第一會議室 Admin Building Room 1',
        '校長 The President',
        hanyang,
      ),
      slot(
        '2027-01-12',
        '12:00',
        '13:30',
        '午宴（清真餐點一份）/ Lunch (one halal meal)',
        '國際會館 International House',
        '吳副校長 Vice President Wu',
        null,
      ),
      slot(
        '2027-01-13',
        '09:30',
        '11:30',
        '參訪工學院實驗室 / Engineering labs tour',
        '工學院 College of Engineering',
        '工學院院長 Dean of Engineering',
        null,
      ),
    ]),
    checklist_json: JSON.stringify(
      ticked(checklistFrom('visit_inbound'), ['invitation_letter', 'itinerary', 'rooms', 'flags']),
    ),
    ...stamps,
  });
  await trx.insertInto('visit_partners').values({ visit_id: visit, partner_id: hanyang, sort_order: 0 }).execute();
  await insertPeople(trx, 'visit', visit, [
    {
      side: 'theirs',
      role: 'guest',
      name: 'Dean Kim',
      title: 'Dean of International Affairs, Hanyang University',
      partner_id: hanyang,
    },
    {
      side: 'theirs',
      role: 'guest',
      name: 'Ms. Jung',
      title: 'Manager, Office of International Affairs',
      partner_id: hanyang,
    },
    { side: 'ours', role: 'host', name: '吳副校長 Vice President Wu', title: '副校長 Vice President', user_id: vp },
    {
      side: 'ours',
      role: 'staff_on_duty',
      name: '陳國合 Grace Chen',
      title: '國際合作組組長 Head, International Cooperation',
      user_id: oia,
    },
    {
      side: 'ours',
      role: 'assistant_on_duty',
      name: '林同學 Lin (student assistant)',
      title: '國際事務學生助理 International affairs student assistant',
    },
  ]);

  // The conference: the demo's first counted conference record, now with its event (one entry, not two).
  const activity = await trx
    .selectFrom('activities')
    .selectAll()
    .where('kind', '=', 'conference_held')
    .orderBy('id')
    .executeTakeFirst();
  if (activity) {
    const conference = await insertEvent(trx, {
      kind: 'international_conference',
      unit_id: activity.unit_id,
      title_zh: activity.title_zh,
      title_en: activity.title_en,
      start_date: activity.start_date,
      end_date: activity.end_date ?? activity.start_date,
      venue: '國際會議廳 International Conference Hall',
      language: 'en',
      budget: 800_000,
      is_public: 0,
      participants: activity.participants,
      foreign_participants: activity.foreign_participants,
      programme_json: JSON.stringify([
        slot(
          activity.start_date,
          '09:00',
          '09:30',
          '開幕 / Opening',
          '國際會議廳 International Conference Hall',
          '校長 The President',
          null,
        ),
        slot(
          activity.start_date,
          '09:30',
          '10:30',
          '專題演講 / Keynote',
          '國際會議廳 International Conference Hall',
          '院長 The Dean',
          null,
        ),
      ]),
      checklist_json: JSON.stringify(
        ticked(checklistFrom('event'), [
          'venue',
          'programme',
          'invitations',
          'registration',
          'staff_on_duty',
          'photos',
          'news',
        ]),
      ),
      photos_url: null,
      news_zh: '本校順利舉辦國際研討會，吸引多國學者與會。',
      news_en: 'The university held its international conference, with scholars from several countries.',
      activity_id: activity.id,
      ...stamps,
    });
    await insertPeople(trx, 'event', conference, [
      {
        side: 'theirs',
        role: 'speaker',
        name: 'Prof. Sato',
        title: 'Keynote speaker',
        partner_id: activity.partner_id,
      },
      {
        side: 'ours',
        role: 'staff_on_duty',
        name: '陳國合 Grace Chen',
        title: '國際合作組 International Cooperation',
        user_id: oia,
      },
    ]);
  }

  // A public education fair: in the public feed, open to registration from the public form.
  const fair = await insertEvent(trx, {
    kind: 'education_fair',
    unit_id: unit('OIA'),
    title_zh: '2027 海外留學與交換說明會',
    title_en: 'Study Abroad and Exchange Fair 2027',
    start_date: '2027-03-10',
    end_date: '2027-03-10',
    venue: '學生活動中心 Student Activity Centre',
    language: 'zh-TW / en',
    budget: 120_000,
    is_public: 1,
    participants: null,
    foreign_participants: null,
    programme_json: JSON.stringify([
      slot(
        '2027-03-10',
        '13:00',
        '17:00',
        '姊妹校攤位 / Partner university booths',
        '學生活動中心 Student Activity Centre',
        '國際合作組 International Cooperation',
        null,
      ),
    ]),
    checklist_json: JSON.stringify(ticked(checklistFrom('event'), ['venue'])),
    photos_url: null,
    news_zh: null,
    news_en: null,
    activity_id: null,
    ...stamps,
  });
  await insertPeople(trx, 'event', fair, [
    {
      side: 'theirs',
      role: 'guest',
      name: 'Hanyang University booth',
      title: 'Partner university',
      partner_id: hanyang,
    },
    {
      side: 'ours',
      role: 'assistant_on_duty',
      name: '林同學 Lin (student assistant)',
      title: '國際事務學生助理 International affairs student assistant',
    },
  ]);
}

const slot = (
  date: string,
  start: string | null,
  end: string | null,
  activity: string,
  place: string | null,
  host: string | null,
  partnerId: number | null,
) => ({ date, start, end, activity, place, host, partnerId });

async function insertVisit(trx: Db, row: Record<string, unknown>) {
  return (
    await trx
      .insertInto('visits')
      .values(row as never)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

async function insertEvent(trx: Db, row: Record<string, unknown>) {
  return (
    await trx
      .insertInto('events')
      .values(row as never)
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

type SeedPerson = {
  side: string;
  role: string;
  name: string;
  title: string;
  partner_id?: number | null;
  user_id?: number | null;
};
async function insertPeople(trx: Db, kind: 'event' | 'visit', ownerId: number, people: SeedPerson[]) {
  await trx
    .insertInto('engagement_people')
    .values(
      people.map((p, i) => ({
        owner_kind: kind,
        owner_id: ownerId,
        side: p.side as 'ours' | 'theirs',
        role: p.role as never,
        name: p.name,
        title: p.title,
        partner_id: p.partner_id ?? null,
        person_id: null,
        user_id: p.user_id ?? null,
        sort_order: i,
      })),
    )
    .execute();
}
