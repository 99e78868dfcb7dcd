import type { Db } from '#server/db/client.js';
import { matchBuddies } from '#server/modules/buddy/buddy-matching.js';
import { pairScore } from '#server/modules/buddy/buddy-score.js';
import { businessDate, semesterOf, toRocYear } from '#shared/calendar.js';
import type { SeedContext } from './mobility-demo.seed.js';

const LANGUAGES: Record<string, string[]> = {
  VN: ['vi', 'en'],
  ID: ['id', 'en'],
  JP: ['ja', 'en'],
  KR: ['ko', 'en'],
  TH: ['th', 'en'],
  MY: ['ms', 'en', 'zh'],
};
const INTERESTS = [
  ['hiking', 'food'],
  ['music', 'games'],
  ['football', 'food'],
  ['photography'],
  ['night markets', 'music'],
];

/**
 * A buddy round of the current semester: eight international students from the inbound records, eight
 * local volunteers (assistants and the demo student account, Kevin Liu), pairs proposed by the matching
 * and published (no notifications are sent for demo data).
 */
export async function seedBuddyDemo(trx: Db, ctx: SeedContext, assistantPeople: number[]): Promise<void> {
  const today = businessDate(new Date(ctx.now));
  const { academicYear, semester } = semesterOf(today);
  const stamp = { created_at: ctx.now, updated_at: ctx.now };
  const { id: roundId } = await trx
    .insertInto('buddy_rounds')
    .values({
      academic_year: academicYear,
      semester,
      title_zh: `${toRocYear(academicYear)}學年度第${semester}學期學伴計畫`,
      title_en: `Buddy program, ${academicYear}–${academicYear + 1} semester ${semester}`,
      status: 'published',
      published_at: ctx.now,
      ...stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const inbound = await trx
    .selectFrom('mobilities as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.id', 'm.person_id', 'm.start_date', 'm.unit_id', 'p.nationality'])
    .where('m.direction', '=', 'inbound')
    .where('m.status', 'not in', ['withdrawn', 'deferred', 'cancelled'])
    .where('p.kind', '=', 'student')
    .where('m.archived_at', 'is', null)
    .orderBy('m.start_date', 'desc')
    .orderBy('m.id')
    .limit(8)
    .execute();
  const kevin = await trx
    .selectFrom('people')
    .select('id')
    .where('email', '=', 'student@demo.meridian.tw')
    .executeTakeFirst();
  const locals = [...(kevin ? [kevin.id] : []), ...assistantPeople.slice(0, 7)];

  const profileIds: { id: number; side: 'international' | 'local' }[] = [];
  for (const [i, m] of inbound.entries()) {
    const { id } = await trx
      .insertInto('buddy_profiles')
      .values({
        round_id: roundId,
        person_id: m.person_id,
        side: 'international',
        mobility_id: m.id,
        languages_json: JSON.stringify(LANGUAGES[m.nationality ?? ''] ?? ['en']),
        interests_json: JSON.stringify(INTERESTS[i % INTERESTS.length]),
        gender_preference: i % 4 === 1 ? 'same' : 'any',
        unit_id: m.unit_id,
        arrival_on: m.start_date,
        capacity: 1,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    profileIds.push({ id, side: 'international' });
  }
  const people = await trx
    .selectFrom('people')
    .select(['id', 'unit_id'])
    .where('id', 'in', locals.length ? locals : [0])
    .execute();
  for (const [i, personId] of locals.entries()) {
    const { id } = await trx
      .insertInto('buddy_profiles')
      .values({
        round_id: roundId,
        person_id: personId,
        side: 'local',
        mobility_id: null,
        languages_json: JSON.stringify(i % 3 === 0 ? ['zh', 'en', 'ja'] : ['zh', 'en']),
        interests_json: JSON.stringify(INTERESTS[(i + 2) % INTERESTS.length]),
        gender_preference: 'any',
        unit_id: people.find((p) => p.id === personId)?.unit_id ?? null,
        arrival_on: null,
        capacity: i === 0 ? 2 : 1,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    profileIds.push({ id, side: 'local' });
  }

  const profiles = await trx
    .selectFrom('buddy_profiles as b')
    .innerJoin('people as p', 'p.id', 'b.person_id')
    .select([
      'b.id',
      'b.side',
      'b.capacity',
      'b.languages_json',
      'b.interests_json',
      'b.gender_preference',
      'b.unit_id',
      'b.arrival_on',
      'p.gender',
    ])
    .where('b.round_id', '=', roundId)
    .execute();
  const forScore = new Map(
    profiles.map((p) => [
      p.id,
      {
        languages: JSON.parse(p.languages_json) as string[],
        interests: JSON.parse(p.interests_json) as string[],
        gender: p.gender,
        genderPreference: p.gender_preference,
        unitId: p.unit_id,
        arrivalOn: p.arrival_on,
      },
    ]),
  );
  const firstArrival =
    profiles
      .map((p) => p.arrival_on)
      .filter((d): d is string => !!d)
      .sort()[0] ?? null;
  const side = (s: string) => profiles.filter((p) => p.side === s).map((p) => ({ id: p.id, capacity: p.capacity }));
  const pairs = matchBuddies(side('international'), side('local'), (i, l) => {
    const a = forScore.get(i);
    const b = forScore.get(l);
    return a && b ? pairScore(a, b, firstArrival) : null;
  });
  for (const [n, p] of pairs.entries()) {
    await trx
      .insertInto('buddy_pairs')
      .values({
        round_id: roundId,
        international_id: p.internationalId,
        local_id: p.localId,
        score: p.score,
        origin: 'proposed',
        notified_at: ctx.now,
        first_contact_on: n % 2 === 0 ? today : null,
        ...stamp,
      })
      .execute();
  }
}
