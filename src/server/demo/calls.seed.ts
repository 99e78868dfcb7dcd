import type { Insertable } from 'kysely';
import type { Db } from '#server/db/client.js';
import type { ApplicationsTable, CallsTable } from '#server/db/schema.js';
import type { SeedContext } from './mobility-demo.seed.js';

const DAY = 86_400_000;
const at = (now: string, days: number) => new Date(Date.parse(now) + days * DAY).toISOString();

const DOCUMENTS = [
  { code: 'transcript', labelZh: '歷年成績單', labelEn: 'Transcript of records', required: true },
  { code: 'language', labelZh: '語言能力證明', labelEn: 'Language certificate', required: true },
  { code: 'study_plan', labelZh: '讀書計畫', labelEn: 'Study plan', required: false },
];
const CRITERIA = [
  { code: 'academic', labelZh: '學業成績', labelEn: 'Academic record', weight: 40, max: 100 },
  { code: 'language', labelZh: '語言能力', labelEn: 'Language proficiency', weight: 30, max: 100 },
  { code: 'plan', labelZh: '讀書計畫', labelEn: 'Study plan', weight: 30, max: 100 },
];
const ELIGIBILITY = {
  levels: ['bachelor', 'master'],
  minGpa: 3,
  languageCertRequired: true,
  languageTextZh: '英語 CEFR B2（TOEFL iBT 72、IELTS 6.0）以上',
  languageTextEn: 'English at CEFR B2 (TOEFL iBT 72, IELTS 6.0) or above',
};

/** Outbound study places of a year on active agreements, one per place × first partner. */
function placesOf(trx: Db, year: number) {
  return trx
    .selectFrom('exchange_places as ep')
    .innerJoin('agreements as a', 'a.id', 'ep.agreement_id')
    .innerJoin('agreement_partners as ap', 'ap.agreement_id', 'a.id')
    .leftJoin(
      trx
        .selectFrom('place_usages')
        .select(['place_id', (e) => e.fn.sum<number>('count').as('used')])
        .groupBy('place_id')
        .as('u'),
      'u.place_id',
      'ep.id',
    )
    .select(['ep.id', 'ep.places', 'u.used', 'ap.partner_id'])
    .where('ep.academic_year', '=', year)
    .where('ep.direction', '=', 'outbound')
    .where('ep.mobility_kind', '=', 'study')
    .where('a.status', '=', 'active')
    .orderBy('ep.id')
    .limit(60)
    .execute()
    .then((rows) => rows.filter((r, i) => rows.findIndex((x) => x.id === r.id) === i));
}

async function insertCall(trx: Db, ctx: SeedContext, row: Record<string, unknown>) {
  const { id } = await trx
    .insertInto('calls')
    .values({
      eligibility_json: JSON.stringify(ELIGIBILITY),
      documents_json: JSON.stringify(DOCUMENTS),
      criteria_json: JSON.stringify(CRITERIA),
      max_preferences: 3,
      created_at: ctx.now,
      updated_at: ctx.now,
      ...(row as {
        title_en: string;
        academic_year: number;
        term: CallsTable['term'];
        opens_at: string;
        deadline: string;
        status: CallsTable['status'];
      }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

async function insertOffers(
  trx: Db,
  callId: number,
  offers: { place_id: number; partner_id: number; places: number }[],
) {
  if (!offers.length) return [];
  return trx
    .insertInto('call_offers')
    .values(offers.map((o, i) => ({ call_id: callId, ...o, sort_order: i })))
    .returning(['id', 'places'])
    .execute();
}

/**
 * Demo calls: last spring's call, published with its results, and the open "Spring 2027 Exchange" call
 * (deadline 30 days after the seed time) with a few drafts and submitted applications. The demo student
 * keeps a published result in the past call and has not applied to the open one (so they can).
 */
export async function seedCalls(trx: Db, ctx: SeedContext): Promise<void> {
  const students = await trx
    .selectFrom('people')
    .select(['id', 'user_id', 'gpa'])
    .where('kind', '=', 'student')
    .where('archived_at', 'is', null)
    .orderBy('id')
    .limit(12)
    .execute();

  // Past call (academic year 2025, spring 2026): published.
  const pastPlaces = await placesOf(trx, 2025);
  const pastId = await insertCall(trx, ctx, {
    title_zh: '2026 春季交換生甄選',
    title_en: 'Spring 2026 Exchange',
    description_zh: '115 學年度第 2 學期赴姊妹校交換學生甄選。',
    description_en: 'Selection of exchange students for the spring semester 2026 at partner universities.',
    academic_year: 2025,
    term: 'spring',
    opens_at: at(ctx.now, -330),
    deadline: at(ctx.now, -300),
    status: 'published',
    allocated_at: at(ctx.now, -280),
    published_at: at(ctx.now, -275),
  });
  const pastOffers = await insertOffers(
    trx,
    pastId,
    pastPlaces.slice(0, 4).map((p) => ({ place_id: p.id, partner_id: p.partner_id, places: 1 })),
  );

  // Open call (academic year 2026, spring 2027).
  const openPlaces = (await placesOf(trx, 2026)).filter((p) => p.places - Number(p.used ?? 0) > 0);
  const openId = await insertCall(trx, ctx, {
    title_zh: '2027 春季交換生甄選',
    title_en: 'Spring 2027 Exchange',
    description_zh: '116 學年度第 2 學期（2027 年春季）赴姊妹校交換學生甄選，請於截止前線上申請並上傳文件。',
    description_en:
      'Exchange places at partner universities for spring 2027. Apply online and upload your documents before the deadline.',
    academic_year: 2026,
    term: 'spring',
    opens_at: at(ctx.now, -5),
    deadline: at(ctx.now, 30),
    status: 'open',
  });
  const openOffers = await insertOffers(
    trx,
    openId,
    openPlaces.slice(0, 6).map((p) => ({
      place_id: p.id,
      partner_id: p.partner_id,
      places: Math.min(2, p.places - Number(p.used ?? 0)),
    })),
  );
  if (!students.length) return;

  // Past call: everyone applied; the first ones got places, the rest waitlisted.
  const pastApps = students.slice(0, 6).map((s, i): Insertable<ApplicationsTable> => {
    const offer = pastOffers[i];
    return {
      call_id: pastId,
      person_id: s.id,
      status: offer ? 'selected' : 'waitlisted',
      gpa: s.gpa ?? 3.5,
      language_cert: 'IELTS 6.5',
      submitted_at: at(ctx.now, -305 - i),
      total_score: 90 - i * 3,
      rank: i + 1,
      allocated_offer_id: offer?.id ?? null,
      waitlist_position: offer ? null : i + 1 - pastOffers.length,
      created_at: at(ctx.now, -320),
      updated_at: at(ctx.now, -275),
    };
  });
  const inserted = await trx
    .insertInto('applications')
    .values(pastApps)
    .returning(['id', 'allocated_offer_id'])
    .execute();
  const prefs = inserted.flatMap((a) =>
    a.allocated_offer_id ? [{ application_id: a.id, rank: 1, offer_id: a.allocated_offer_id }] : [],
  );
  if (prefs.length) await trx.insertInto('application_preferences').values(prefs).execute();

  // Open call: a few drafts and submitted applications from students other than the demo login.
  const applicants = students.filter((s) => !s.user_id).slice(0, 5);
  if (!openOffers.length || !applicants.length) return;
  const openApps = await trx
    .insertInto('applications')
    .values(
      applicants.map((s, i) => ({
        call_id: openId,
        person_id: s.id,
        status: i % 2 === 0 ? 'submitted' : 'draft',
        gpa: s.gpa ?? 3.4,
        language_cert: i % 2 === 0 ? 'TOEFL iBT 85' : null,
        submitted_at: i % 2 === 0 ? at(ctx.now, -2 + i * 0.1) : null,
        created_at: at(ctx.now, -4),
        updated_at: at(ctx.now, -2),
      })),
    )
    .returning('id')
    .execute();
  await trx
    .insertInto('application_preferences')
    .values(
      openApps.flatMap((a, i) =>
        (openOffers.length > 1 ? [0, 1] : [0]).map((k) => ({
          application_id: a.id,
          rank: k + 1,
          offer_id: (openOffers[(i + k) % openOffers.length] as { id: number }).id,
        })),
      ),
    )
    .execute();
}
