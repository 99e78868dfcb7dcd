import type { Db } from '#server/db/client.js';
import { searchTextOf } from '#server/modules/people/people.columns.js';
import { ASSISTANT_TASK_KINDS } from '#shared/assistants.js';
import { addDays, businessDate, semesterOf, semesterRange, toRocYear } from '#shared/calendar.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** The four colleges the 2023 corps came from (the deck: 25 students from 4 colleges). */
const COLLEGES = ['ENG', 'BUS', 'HSS', 'DD'] as const;
const SKILLS = [
  ['translation', 'en'],
  ['photoshop', 'illustrator'],
  ['event planning'],
  ['tutoring'],
  ['video editing'],
];
const LANGUAGES = [
  ['zh', 'en'],
  ['zh', 'en', 'ja'],
  ['zh', 'en', 'vi'],
  ['zh', 'en', 'ko'],
  ['zh', 'en', 'id'],
];
const TASKS: [zh: string, en: string][] = [
  ['協助新生接機與報到', 'Airport pick-up and check-in for new students'],
  ['國際研討會報到櫃台', 'Registration desk at the international conference'],
  ['翻譯交換生手冊', 'Translate the exchange student handbook'],
  ['華語課後輔導', 'After-class Chinese tutoring'],
  ['設計招生文宣', 'Design the recruitment flyer'],
  ['整理姊妹校資料', 'Tidy up the partner information'],
];

/**
 * The student-assistant corps of the current semester: one recruitment round open to four colleges, 25
 * selected students (the demo assistant account's own record among them) with tasks, hours (approved last
 * weeks, some pending) and feedback, and a few applicants still in the funnel. Returns the assistants'
 * person ids (the buddy demo takes volunteers from them).
 */
export async function seedAssistantsDemo(trx: Db, ctx: SeedContext): Promise<number[]> {
  const today = businessDate(new Date(ctx.now));
  const { academicYear, semester } = semesterOf(today);
  const [first] = semesterRange(academicYear, semester);
  const stamp = { created_at: ctx.now, updated_at: ctx.now };
  const roc = toRocYear(academicYear);
  const { id: roundId } = await trx
    .insertInto('assistant_rounds')
    .values({
      academic_year: academicYear,
      semester,
      title_zh: `${roc}學年度第${semester}學期國際化行政支援學生招募`,
      title_en: `Internationalization support students, ${academicYear}–${academicYear + 1} semester ${semester}`,
      college_ids_json: JSON.stringify(COLLEGES.map(ctx.unit)),
      opens_on: addDays(first, -30),
      closes_on: addDays(first, -10),
      places: 25,
      created_by: null,
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const ownId = await demoAssistantPerson(trx, ctx);
  const picks: number[] = [ownId];
  for (const code of COLLEGES) {
    const units = await trx.selectFrom('units').select('id').where('parent_id', '=', ctx.unit(code)).execute();
    const rows = await trx
      .selectFrom('people')
      .select('id')
      .where('kind', '=', 'student')
      .where('nationality', '=', 'TW')
      .where('user_id', 'is', null)
      .where('unit_id', 'in', [ctx.unit(code), ...units.map((u) => u.id)])
      .orderBy('id')
      .limit(8)
      .execute();
    picks.push(...rows.map((r) => r.id));
  }
  const selected = picks.slice(0, 25);
  const funnel = picks.slice(25, 28);
  const people = await trx.selectFrom('people').select(['id', 'unit_id']).where('id', 'in', picks).execute();
  const unitOf = new Map(people.map((p) => [p.id, p.unit_id]));

  for (const [i, personId] of selected.entries()) {
    const skills = JSON.stringify(SKILLS[i % SKILLS.length]);
    const languages = JSON.stringify(LANGUAGES[i % LANGUAGES.length]);
    const started = first > today ? today : first;
    const { id } = await trx
      .insertInto('assistants')
      .values({
        person_id: personId,
        unit_id: unitOf.get(personId) ?? null,
        round_id: roundId,
        academic_year: academicYear,
        semester,
        skills_json: skills,
        languages_json: languages,
        started_on: started,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('assistant_applications')
      .values({
        round_id: roundId,
        person_id: personId,
        stage: 'selected',
        motivation: null,
        skills_json: skills,
        languages_json: languages,
        interview_on: addDays(first, -5),
        interview_score: 70 + ((i * 7) % 30),
        decision_reason: null,
        assistant_id: id,
        ...stamp,
      })
      .execute();
    await seedWork(trx, { assistantId: id, index: i, today, started, stamp });
  }
  for (const [i, personId] of funnel.entries()) {
    await trx
      .insertInto('assistant_applications')
      .values({
        round_id: roundId,
        person_id: personId,
        stage: (['applied', 'interview', 'rejected'] as const)[i % 3] ?? 'applied',
        motivation: '希望認識來自不同國家的同學。I would like to meet students from other countries.',
        skills_json: '[]',
        languages_json: '["zh","en"]',
        decision_reason: i % 3 === 2 ? '名額已滿 / No places left' : null,
        ...stamp,
      })
      .execute();
  }
  return selected;
}

type Stamp = { created_at: string; updated_at: string };

/** Two tasks, a few hour entries (the older ones approved, the latest pending), feedback for some. */
async function seedWork(
  trx: Db,
  w: { assistantId: number; index: number; today: string; started: string; stamp: Stamp },
) {
  const taskIds: number[] = [];
  for (const k of [0, 1]) {
    const [zh, en] = TASKS[(w.index + k * 3) % TASKS.length] as [string, string];
    const { id } = await trx
      .insertInto('assistant_tasks')
      .values({
        assistant_id: w.assistantId,
        kind: ASSISTANT_TASK_KINDS[(w.index + k * 3) % ASSISTANT_TASK_KINDS.length] ?? 'other',
        title_zh: zh,
        title_en: en,
        due_on: addDays(w.today, k === 0 ? -3 : 14 + w.index),
        status: k === 0 ? 'done' : 'assigned',
        notes: null,
        assigned_by: null,
        ...w.stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    taskIds.push(id);
  }
  for (const [n, back] of [35, 21, 9, 2].entries()) {
    const workedOn = addDays(w.today, -back - (w.index % 3));
    if (workedOn < w.started) continue;
    await trx
      .insertInto('assistant_hours')
      .values({
        assistant_id: w.assistantId,
        task_id: taskIds[n % 2] ?? null,
        worked_on: workedOn,
        minutes: 60 + ((w.index + n) % 4) * 30,
        description: n % 2 === 0 ? '接待境外生／Helping international students' : '文件翻譯／Translating documents',
        status: back > 5 ? 'approved' : 'pending',
        reviewed_at: back > 5 ? w.stamp.created_at : null,
        ...w.stamp,
      })
      .execute();
  }
  if (w.index % 4 === 0) {
    await trx
      .insertInto('assistant_feedback')
      .values({
        assistant_id: w.assistantId,
        author: 'assistant',
        author_id: null,
        rating: null,
        text: '學到如何與不同文化背景的同學溝通。I learned how to work with people from other cultures.',
        ...w.stamp,
      })
      .execute();
  }
}

/** The demo assistant account (assistant@demo.meridian.tw) is a Visual Communication Design student. */
async function demoAssistantPerson(trx: Db, ctx: SeedContext): Promise<number> {
  const user = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'assistant@demo.meridian.tw')
    .executeTakeFirst();
  const row = {
    kind: 'student' as const,
    user_id: user?.id ?? null,
    name_zh: '蔡小助',
    name_en: 'Tina Tsai',
    student_no: `B${toRocYear(Number(businessDate(new Date(ctx.now)).slice(0, 4))) - 2}0701001`,
    unit_id: ctx.unit('VCD'),
    nationality: 'TW',
    gender: 'female' as const,
    email: 'assistant@demo.meridian.tw',
    search_text: searchTextOf({ nameZh: '蔡小助', nameEn: 'Tina Tsai', studentNo: null, staffNo: null }),
    created_at: ctx.now,
    updated_at: ctx.now,
  };
  const { id } = await trx.insertInto('people').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
