import { PostgresAdapter } from 'kysely';
import type { Db, Dialect } from '#server/db/client.js';
import { insertMobilities, insertMobility, type MobilityWrite } from '#server/modules/mobility/mobility.writer.js';
import { academicYearDate, academicYearOf, addDays, addMonths, businessDate, termDates } from '#shared/calendar.js';
import { insertChunked } from './agreement-places.seed.js';
import type { SeedContext } from './mobility-demo.seed.js';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

type Person = { id: number; kind: string; nationality: string | null };
type Partner = { id: number; country: string };

const BLANK = {
  moe_category: null,
  dual_degree: 0,
  partner_id: null,
  agreement_id: null,
  place_id: null,
  application_id: null,
  host_name_zh: null,
  host_name_en: null,
  city: null,
  departed_on: null,
  returned_on: null,
  closed_on: null,
  credit_bearing: 0,
  credits: null,
  purpose: null,
  outputs: null,
  notes: null,
  la_status: null,
} satisfies Partial<MobilityWrite>;

/** Outbound status from the dates: planned before, abroad during, returned/closed after (a few overdue). */
function outboundState(start: string, end: string, today: string, i: number) {
  if (start > today)
    return { status: i % 3 === 0 ? 'accepted' : 'planned', departed_on: null, returned_on: null, closed_on: null };
  if (end >= today) return { status: 'abroad', departed_on: start, returned_on: null, closed_on: null };
  const closed = i % 6 !== 0;
  return {
    status: closed ? 'closed' : 'returned',
    departed_on: start,
    returned_on: end,
    closed_on: closed ? end : null,
  };
}

const SHORT_KINDS = [
  ['short_term', 21, 1],
  ['ipbl', 14, 1],
  ['camp', 10, 0],
  ['internship', 60, 0],
  ['competition', 5, 0],
] as const;
const INBOUND_SHORT = [
  'exchange_in',
  'teep',
  'chinese_language',
  'short_term_in',
  'mainland_visiting',
  'iipp',
] as const;
/** Where overseas Chinese degree students of the demo come from (Southeast Asia). */
const OVERSEAS_CHINESE_FROM = new Set(['MY', 'ID', 'MM', 'TH', 'VN', 'PH', 'SG']);

/**
 * The Ministry category that fits who the person is (docs/decisions/0021): Hong Kong / Macau and
 * mainland residents by their area; overseas Chinese only for degree study, from Southeast Asia (every
 * other such student); everyone else foreign.
 */
function categoryOf(nationality: string | null, kind: string, i: number) {
  const n = (nationality ?? '').toUpperCase();
  if (n === 'HK' || n === 'MO') return 'hk_macau' as const;
  if (n === 'CN') return 'mainland' as const;
  if ((kind === 'degree' || kind === 'foundation') && OVERSEAS_CHINESE_FROM.has(n) && i % 2 === 0)
    return 'overseas_chinese' as const;
  return 'foreign' as const;
}
const CONFERENCES = [
  ['IEEE International Conference on Robotics and Automation', 'US', 'Atlanta'],
  ['International Conference on Management and Information Systems', 'JP', 'Tokyo'],
  ['Asia Design Forum', 'KR', 'Seoul'],
  ['European Conference on Educational Research', 'DE', 'Berlin'],
] as const;

/**
 * About 350 demo mobility records over the demo people, spread over the last three academic years and this
 * one: outbound exchanges on the agreements' exchange places (booked through insertMobility, never beyond
 * what remains), short-term study, iPBL, camps, internships, competitions and a dual degree; inbound
 * degree students by Ministry category (some dual degree, some on leave, withdrawn or deferred), exchange
 * students, TEEP interns and Chinese-language students; staff conference trips with papers; visiting
 * scholars. Skipped when the people seed made nobody.
 */
export async function seedMobilities(trx: Db, ctx: SeedContext): Promise<void> {
  const people = await trx.selectFrom('people').select(['id', 'kind', 'nationality']).orderBy('id').execute();
  if (!people.length) return;
  const partners: Partner[] = await trx
    .selectFrom('partners')
    .select(['id', 'country'])
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const today = businessDate(new Date(ctx.now));
  // Learning agreements in the demo were approved by the International Cooperation Division.
  const approver = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'oia.ic@demo.meridian.tw')
    .executeTakeFirst();
  const approvedBy = approver?.id ?? null;
  const year = academicYearOf(today);
  const years = [year - 3, year - 2, year - 1, year];
  const local = people.filter((p) => p.kind === 'student' && (!p.nationality || p.nationality === 'TW'));
  const foreign = people.filter((p) => p.kind === 'student' && p.nationality && p.nationality !== 'TW');
  const staff = people.filter((p) => p.kind === 'staff');
  const scholars = people.filter((p) => p.kind === 'scholar');
  const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
  const rows: MobilityWrite[] = [];
  const dialect = trx.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  const opts = { dialect, actorId: null, now: ctx.now } as const;

  // Outbound exchanges on places that still have room (one seat each).
  if (local.length) await seedExchanges(trx, local, today, { ...opts, approvedBy });

  // Other outbound kinds, recorded directly: four per month of the four years, cycling through students.
  if (local.length && partners.length)
    for (let i = 0; i < 150; i++) {
      const [kind, days, credit] = SHORT_KINDS[i % SHORT_KINDS.length] as (typeof SHORT_KINDS)[number];
      const y = pick(years, i);
      const month = [7, 8, 1, 2, 12, 6][i % 6] as number;
      const start = academicYearDate(y, month, 1 + (i % 20));
      const end = addDays(start, days + (i % 7));
      if (start > addDays(today, 200)) continue;
      const partner = pick(partners, i * 7);
      rows.push({
        ...BLANK,
        ...outboundState(start, end, today, i),
        person_id: pick(local, i * 3).id,
        direction: 'outbound',
        kind,
        person_category: 'student',
        partner_id: kind === 'internship' || kind === 'competition' ? null : partner.id,
        host_name_en:
          kind === 'internship'
            ? 'Advantest Corporation'
            : kind === 'competition'
              ? 'iCAN International Contest'
              : null,
        host_name_zh: kind === 'internship' ? '愛德萬測試' : kind === 'competition' ? 'iCAN 國際創新發明競賽' : null,
        country: kind === 'internship' ? 'JP' : kind === 'competition' ? 'CA' : partner.country,
        start_date: start,
        end_date: end,
        credit_bearing: credit,
        credits: credit ? 2 : null,
      });
    }
  // A dual-degree student.
  if (local.length && partners.length) {
    const start = termDates(year - 1, 'full_year').start;
    const end = termDates(year, 'full_year').end; // a two-year degree
    rows.push({
      ...BLANK,
      ...outboundState(start, end, today, 1),
      person_id: pick(local, 5).id,
      direction: 'outbound',
      kind: 'dual_degree',
      person_category: 'student',
      dual_degree: 1,
      partner_id: pick(partners, 3).id,
      country: pick(partners, 3).country,
      start_date: start,
      end_date: end,
      credit_bearing: 1,
      credits: 30,
      la_status: 'approved',
    });
  }

  // Inbound degree students by Ministry category; a few on leave, withdrawn or deferred.
  foreign.forEach((p, i) => {
    if (i % 4 === 3) return;
    const y = pick(years, i);
    const status =
      i % 17 === 1
        ? 'on_leave'
        : i % 19 === 2
          ? 'withdrawn'
          : i % 23 === 4
            ? 'deferred'
            : i % 13 === 5
              ? 'graduated'
              : 'enrolled';
    const kind = i % 11 === 7 ? 'foundation' : 'degree';
    rows.push({
      ...BLANK,
      person_id: p.id,
      direction: 'inbound',
      kind,
      person_category: 'student',
      moe_category: categoryOf(p.nationality, kind, i),
      dual_degree: i % 9 === 0 ? 1 : 0,
      country: p.nationality,
      // A dual-degree student comes through a partner of their own country (when the demo has one).
      partner_id: i % 9 === 0 ? (partners.find((x) => x.country === p.nationality)?.id ?? null) : null,
      start_date: termDates(y, 'full_year').start,
      end_date: status === 'graduated' || status === 'withdrawn' ? termDates(y, 'full_year').end : null,
      status,
    });
  });
  // Non-degree inbound: exchange students, TEEP interns, Chinese-language students, …
  if (foreign.length)
    for (let i = 0; i < 70; i++) {
      const student = pick(foreign, i * 2 + 1);
      const drawn = pick([...INBOUND_SHORT], i);
      // 大陸研修生 are mainland students; anyone else on such a visit is a short-term student
      const kind = drawn === 'mainland_visiting' && student.nationality !== 'CN' ? 'short_term_in' : drawn;
      const y = pick(years, i + 1);
      const start = academicYearDate(y, i % 2 ? 9 : 2, 10);
      const months = kind === 'teep' ? 3 : kind === 'exchange_in' ? 5 : 2;
      const end = addDays(addMonths(start, months), 10);
      const partner = partners.length ? pick(partners, i * 5) : null;
      const enrolled = kind === 'chinese_language';
      rows.push({
        ...BLANK,
        person_id: student.id,
        direction: 'inbound',
        kind,
        person_category: 'student',
        moe_category: categoryOf(student.nationality, kind, i + 1),
        partner_id: kind === 'exchange_in' ? (partner?.id ?? null) : null,
        country: kind === 'exchange_in' ? (partner?.country ?? null) : pick(foreign, i * 2 + 1).nationality,
        start_date: start,
        end_date: end,
        status: enrolled
          ? end < today
            ? 'graduated'
            : 'enrolled'
          : end < today
            ? 'completed'
            : start <= today
              ? 'arrived'
              : 'accepted',
        credit_bearing: kind === 'exchange_in' ? 1 : 0,
        credits: kind === 'exchange_in' ? 12 : null,
      });
    }
  // Staff conference trips with the paper presented; research visits.
  staff.forEach((p, i) => {
    for (let k = 0; k < 2; k++) {
      const [conference, country, city] = pick([...CONFERENCES], i + k);
      const start = academicYearDate(pick(years, i + k), k ? 5 : 10, 3 + (i % 20));
      rows.push({
        ...BLANK,
        person_id: p.id,
        direction: 'outbound',
        kind: k && i % 3 === 0 ? 'research' : 'conference',
        person_category: 'staff',
        host_name_en: conference,
        country,
        city,
        start_date: start,
        end_date: addDays(start, 4 + (i % 3)),
        purpose: 'Paper presentation',
        outputs: `Paper: “Case study ${i + 1}.${k + 1}” — ${conference}`,
        status: start < today ? 'completed' : 'planned',
      });
    }
  });
  // Visiting scholars: guest lectures and research stays.
  scholars.forEach((p, i) => {
    const start = day(pick(years, i), 3 + (i % 8), 1);
    const partner = partners.length ? pick(partners, i * 11) : null;
    rows.push({
      ...BLANK,
      person_id: p.id,
      direction: 'inbound',
      kind: pick(['guest_lecture', 'research_stay', 'seminar'], i),
      person_category: 'scholar',
      partner_id: partner?.id ?? null,
      country: partner?.country ?? p.nationality,
      start_date: start,
      end_date: addDays(start, 19),
      purpose: 'Guest lectures and joint research',
      status: start < today ? 'completed' : 'planned',
    });
  });
  const ids = await insertMobilities(trx, rows, opts);
  // Learning agreements for the credit-bearing outbound records.
  const lines = rows.flatMap((r, i) =>
    r.direction === 'outbound' && r.credit_bearing ? courseLines(ids[i] as number, r.status) : [],
  );
  await insertChunked(lines, (chunk) => trx.insertInto('learning_agreement_courses').values(chunk).execute());
  const withLa = rows
    .map((r, i) => [r, ids[i] as number] as const)
    .filter(([r]) => r.direction === 'outbound' && r.credit_bearing);
  const approved = withLa.filter(([r]) => r.status !== 'planned').map(([, id]) => id);
  const drafts = withLa.filter(([r]) => r.status === 'planned').map(([, id]) => id);
  if (approved.length)
    await insertChunked(approved, (chunk) =>
      trx
        .updateTable('mobilities')
        .set({ la_status: 'approved', la_approved_by: approvedBy, la_approved_at: ctx.now })
        .where('id', 'in', chunk)
        .execute(),
    );
  if (drafts.length)
    await insertChunked(drafts, (chunk) =>
      trx.updateTable('mobilities').set({ la_status: 'draft' }).where('id', 'in', chunk).execute(),
    );
}

function courseLines(mobilityId: number, status: string) {
  const done = status === 'closed' || status === 'returned';
  return [
    ['Intercultural Communication', '跨文化溝通', 2],
    ['Project Studio', '專題實作', 3],
  ].map(([en, zh, credits], i) => ({
    mobility_id: mobilityId,
    abroad_code: `INT${100 + i}`,
    abroad_title: en as string,
    abroad_credits: credits as number,
    home_code: `GE${2000 + i}`,
    home_title: zh as string,
    home_credits: credits as number,
    grade: done ? 'A' : null,
    recognized_credits: done ? (credits as number) : null,
    sort_order: i,
  }));
}

/** Outbound exchanges on the places with room left: through insertMobility, which books the seat. */
async function seedExchanges(
  trx: Db,
  students: Person[],
  today: string,
  opts: { dialect: Dialect; actorId: null; now: string; approvedBy: number | null },
) {
  const places = await trx
    .selectFrom('exchange_places as ep')
    .innerJoin('agreement_partners as ap', (j) =>
      j.onRef('ap.agreement_id', '=', 'ep.agreement_id').on('ap.sort_order', '=', 0),
    )
    .innerJoin('partners as pa', 'pa.id', 'ap.partner_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('place_usages')
          .select(['place_id', (e) => e.fn.sum<number>('count').as('used')])
          .groupBy('place_id')
          .as('u'),
      (j) => j.onRef('u.place_id', '=', 'ep.id'),
    )
    .select([
      'ep.id',
      'ep.agreement_id',
      'ep.academic_year',
      'ep.places',
      'ep.level',
      'u.used',
      'pa.id as partner_id',
      'pa.country',
    ])
    .where('ep.direction', '=', 'outbound')
    .where('ep.mobility_kind', '=', 'study')
    .orderBy('ep.id')
    .execute();
  let n = 0;
  for (const p of places) {
    if (n >= 40) break;
    if (Number(p.used ?? 0) >= p.places) continue;
    const { start, end } = termDates(p.academic_year, p.level === 'master' ? 'full_year' : 'fall');
    const row: MobilityWrite = {
      ...BLANK,
      ...outboundState(start, end, today, n),
      person_id: (students[(n * 5) % students.length] as Person).id,
      direction: 'outbound',
      kind: 'exchange',
      person_category: 'student',
      partner_id: p.partner_id,
      agreement_id: p.agreement_id,
      place_id: p.id,
      country: p.country,
      start_date: start,
      end_date: end,
      credit_bearing: 1,
      credits: 15,
    };
    const id = await insertMobility(trx, row, opts);
    const lines = courseLines(id, row.status);
    await trx.insertInto('learning_agreement_courses').values(lines).execute();
    await trx
      .updateTable('mobilities')
      .set(
        row.status === 'planned'
          ? { la_status: 'draft' }
          : { la_status: 'approved', la_approved_by: opts.approvedBy, la_approved_at: opts.now },
      )
      .where('id', '=', id)
      .execute();
    n += 1;
  }
}
