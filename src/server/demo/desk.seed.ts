import type { Db } from '#server/db/client.js';
import { referenceOf } from '#server/modules/enquiries/public-desk.service.js';
import { dueDates } from '#server/modules/enquiries/sla.js';
import { addDays, businessDate } from '#shared/calendar.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** The demo's routing: each category to the division that answers it (editable at /enquiries/settings). */
const ROUTING: Record<string, string> = {
  admission: 'OIA-PR',
  visa_residence: 'OIA-ISS',
  exchange: 'OIA-IC',
  partnership: 'OIA-IC',
  mandarin: 'OIA-CLC',
  other: 'OIA-ISS',
};

type DemoEnquiry = {
  category: string;
  locale: 'zh-TW' | 'en';
  name: string;
  email: string;
  subject: string;
  body: string;
  daysAgo: number;
  reply?: string;
  close?: boolean;
};

const ENQUIRIES: DemoEnquiry[] = [
  {
    category: 'visa_residence',
    locale: 'en',
    name: 'Nguyen Van An',
    email: 'an.nguyen@example.com',
    subject: 'Extending my residence permit (ARC)',
    body: 'My ARC expires next month. Which documents do I need from the university to extend it?',
    daysAgo: 6,
    reply:
      'You need a certificate of enrolment from the Office of Academic Affairs and your passport; apply online at the National Immigration Agency at least 30 days before the expiry date.',
    close: true,
  },
  {
    category: 'admission',
    locale: 'zh-TW',
    name: '陳小明',
    email: 'ming.chen@example.com',
    subject: '港澳生申請碩士班的時程',
    body: '請問116學年度港澳生申請碩士班的報名期間與應備文件為何？',
    daysAgo: 3,
    reply: '116學年度港澳生碩士班申請期間為每年11月至翌年1月，應備文件請參考招生簡章第三章。',
  },
  {
    category: 'mandarin',
    locale: 'en',
    name: 'Sophie Martin',
    email: 'sophie.martin@example.com',
    subject: 'Mandarin summer course',
    body: 'Do you offer a four-week Mandarin course in July for beginners, and is housing available?',
    daysAgo: 1,
  },
  {
    category: 'exchange',
    locale: 'zh-TW',
    name: '林同學',
    email: 'lin.student@example.com',
    subject: '交換學生的學分抵免',
    body: '請問到日本姊妹校交換一學期，修習的學分如何抵免？',
    daysAgo: 0,
  },
];

const COURSES = [
  {
    title_zh: '國際合作協議實務',
    title_en: 'International agreements in practice',
    description_zh: '合作備忘錄與交換協議的架構、簽署流程與續約管理。',
    description_en: 'The structure of MOUs and exchange agreements, signing and renewal.',
    mode: 'in_person' as const,
    hours: 3,
    sessions: [
      { days: -30, location: '行政大樓 5樓 會議室' },
      { days: 21, location: '行政大樓 5樓 會議室' },
    ],
  },
  {
    title_zh: '跨文化溝通與境外生輔導',
    title_en: 'Intercultural communication and advising international students',
    description_zh: '線上課程：跨文化溝通、常見情境與轉介資源。',
    description_en: 'Online course: intercultural communication, common situations and where to refer.',
    mode: 'online' as const,
    hours: 2,
    sessions: [{ days: -10, location: 'Microsoft Teams' }],
  },
];

async function userId(trx: Db, email: string) {
  return (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

/** The enquiry desk's and staff training's demo: routing, saved replies, enquiries in both languages, FAQ, courses. */
export async function seedDesk(trx: Db, ctx: SeedContext): Promise<void> {
  const { now } = ctx;
  for (const [code, unitCode] of Object.entries(ROUTING))
    await trx
      .updateTable('enquiry_categories')
      .set({ unit_id: ctx.unit(unitCode) })
      .where('code', '=', code)
      .execute();
  await trx
    .insertInto('enquiry_saved_replies')
    .values([
      {
        title_zh: '居留證展延',
        title_en: 'Extending a residence permit',
        body_zh: '請備妥在學證明與護照，於居留證到期前30日內至移民署線上申請展延。',
        body_en:
          'Bring a certificate of enrolment and your passport, and apply online at the National Immigration Agency within 30 days before the permit expires.',
        category_code: 'visa_residence',
        created_at: now,
        updated_at: now,
      },
      {
        title_zh: '感謝來信',
        title_en: 'Thank you for writing',
        body_zh: '感謝您的來信，我們已將您的問題轉請相關單位協助，將盡快回覆。',
        body_en:
          'Thank you for your message. We have passed your question to the office concerned and will reply soon.',
        category_code: null,
        created_at: now,
        updated_at: now,
      },
    ])
    .execute();
  const iss = await userId(trx, 'oia.iss@demo.meridian.tw');
  for (const q of ENQUIRIES) {
    const received = new Date(Date.parse(now) - q.daysAgo * 86_400_000).toISOString();
    const category = await trx
      .selectFrom('enquiry_categories')
      .selectAll()
      .where('code', '=', q.category)
      .executeTakeFirstOrThrow();
    const replied = q.reply ? new Date(Date.parse(received) + 20 * 3_600_000).toISOString() : null;
    const { id } = await trx
      .insertInto('enquiries')
      .values({
        category_code: q.category,
        unit_id: category.unit_id,
        status: q.close ? 'closed' : q.reply ? 'answered' : 'new',
        source: 'web',
        locale: q.locale,
        name: q.name,
        email: q.email,
        subject: q.subject,
        body: q.body,
        assignee_id: q.reply ? iss : null,
        received_at: received,
        ...dueDates(received, category),
        first_response_at: replied,
        resolved_at: q.close ? replied : null,
        rating: q.close ? 5 : null,
        rated_at: q.close ? replied : null,
        created_at: received,
        updated_at: replied ?? received,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('enquiries')
      .set({ reference: referenceOf(id, businessDate(new Date(received))) })
      .where('id', '=', id)
      .execute();
    if (q.reply && replied)
      await trx
        .insertInto('enquiry_messages')
        .values({ enquiry_id: id, kind: 'reply', body: q.reply, author_id: iss, created_at: replied })
        .execute();
    if (q.close)
      await trx
        .insertInto('faq_entries')
        .values({
          category_code: q.category,
          enquiry_id: id,
          question_zh: '如何展延居留證？',
          question_en: 'How do I extend my residence permit (ARC)?',
          answer_zh: '請備妥在學證明與護照，於居留證到期前30日內至移民署線上申請展延。',
          answer_en: q.reply ?? '',
          published: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
  }
  // An entry whose English translation is still missing: the portal shows it in Chinese and says so.
  await trx
    .insertInto('faq_entries')
    .values({
      category_code: 'mandarin',
      enquiry_id: null,
      question_zh: '華語中心每期課程多長？',
      question_en: '',
      answer_zh: '正規班每期三個月，每週上課15小時；另有暑期四週密集班。',
      answer_en: '',
      published: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await seedTraining(trx, ctx, iss);
}

async function seedTraining(trx: Db, ctx: SeedContext, issStaff: number) {
  const { now } = ctx;
  const today = businessDate(new Date(now));
  const coord = await userId(trx, 'coord.eng@demo.meridian.tw');
  for (const c of COURSES) {
    const { sessions, ...course } = c;
    const { id: courseId } = await trx
      .insertInto('training_courses')
      .values({ ...course, unit_id: ctx.unit('OIA'), created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const s of sessions) {
      const { id: sessionId } = await trx
        .insertInto('training_sessions')
        .values({
          course_id: courseId,
          starts_on: addDays(today, s.days),
          start_time: '14:00',
          location: s.location,
          capacity: 30,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const past = s.days < 0;
      for (const user of [coord, issStaff])
        await trx
          .insertInto('training_enrolments')
          .values({
            session_id: sessionId,
            user_id: user,
            status: past ? 'attended' : 'enrolled',
            hours: past ? course.hours : null,
            created_at: now,
            updated_at: now,
          })
          .execute();
    }
  }
}
