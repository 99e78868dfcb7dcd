import type { Db } from '#server/db/client.js';
import type { ActivityKind } from '#shared/reporting.js';
import type { ReportDefinition } from '#shared/schemas/report-builder.js';
import type { SeedContext } from './mobility-demo.seed.js';

/** Where the demo records sit: colleges and departments (a coordinator sees their college's subtree). */
const UNITS = ['ENG', 'CSIE', 'EE', 'BUS', 'IB', 'HSS', 'AE', 'DD', 'VCD'] as const;
const PLACES: [country: string, city: string][] = [
  ['JP', 'Tokyo'],
  ['US', 'San Francisco'],
  ['DE', 'Munich'],
  ['KR', 'Seoul'],
  ['TH', 'Bangkok'],
  ['FR', 'Lyon'],
  ['VN', 'Ho Chi Minh City'],
];
const TOPICS: [zh: string, en: string][] = [
  ['智慧製造', 'Smart Manufacturing'],
  ['半導體封裝', 'Semiconductor Packaging'],
  ['電動車電池', 'Electric Vehicle Batteries'],
  ['跨文化行銷', 'Cross-cultural Marketing'],
  ['永續金融', 'Sustainable Finance'],
  ['應用語言學', 'Applied Linguistics'],
  ['互動設計', 'Interaction Design'],
];

type Row = Record<string, unknown>;

/** Every optional column, so the rows of one multi-row insert share their columns (SQLite has no DEFAULT there). */
const EMPTY: Row = Object.fromEntries(
  [
    'title_zh',
    'title_en',
    'counterpart_zh',
    'counterpart_en',
    'person_name',
    'country',
    'city',
    'end_date',
    'participants',
    'foreign_participants',
    'credits',
    'amount_government',
    'amount_industry',
    'amount_other',
    'amount_university',
    'commissioning',
  ].map((c) => [c, null]),
);

/** One record of a kind, the n-th of seven: its bilingual texts and the fields the kind asks for. */
function record(kind: ActivityKind, n: number): Row {
  const [zh, en] = TOPICS[n % TOPICS.length] as [string, string];
  const [country, city] = PLACES[(n + kind.length) % PLACES.length] as [string, string];
  const month = String(1 + ((n * 2 + kind.length) % 11)).padStart(2, '0');
  const day = String(3 + n * 3).padStart(2, '0');
  const start = `2026-${month}-${day}`;
  switch (kind) {
    case 'english_course':
      return {
        title_zh: `${zh}（全英語授課）`,
        title_en: en,
        person_name: `Prof. Lee ${n + 1}`,
        credits: 2 + (n % 2),
        participants: 30 + n * 4,
        foreign_participants: 5 + n,
        start_date: start,
        end_date: `2026-${month}-28`,
      };
    case 'conference_held':
      return {
        title_zh: `${zh}國際研討會`,
        title_en: `International Conference on ${en}`,
        country: 'TW',
        city: 'Taipei',
        participants: 120 + n * 15,
        foreign_participants: 30 + n * 5,
        start_date: start,
        end_date: start,
      };
    case 'scholar_invited':
      return {
        title_zh: `${zh}專題演講`,
        title_en: `Lecture on ${en}`,
        person_name: `Dr. Scholar ${n + 1}`,
        counterpart_zh: null,
        counterpart_en: `University of ${city}`,
        country,
        city,
        start_date: start,
      };
    case 'paper_abroad':
      return {
        title_zh: `${zh}之研究`,
        title_en: `A study of ${en}`,
        person_name: `Prof. Chen ${n + 1}`,
        counterpart_en: `${en} Symposium 2026`,
        counterpart_zh: `${zh}研討會 2026`,
        country,
        city,
        start_date: start,
        end_date: start,
      };
    case 'transnational_contract':
      return {
        title_zh: `${zh}合作備忘錄`,
        title_en: `${en} cooperation agreement`,
        counterpart_en: `${city} Institute of Technology`,
        country,
        start_date: start,
        amount_other: n % 3 === 0 ? 200_000 : null,
      };
    case 'industry_project':
      return {
        title_zh: `${zh}產學合作計畫`,
        title_en: `${en} industry project`,
        counterpart_en: `${city} Electronics Co.`,
        person_name: `Prof. Wang ${n + 1}`,
        country,
        start_date: start,
        end_date: '2026-12-31',
        commissioning: n % 2 ? 'foreign' : 'domestic',
        amount_government: 500_000 + n * 100_000,
        amount_industry: 800_000 + n * 50_000,
        amount_other: 0,
        amount_university: 100_000,
      };
  }
}

const KINDS: ActivityKind[] = [
  'english_course',
  'conference_held',
  'scholar_invited',
  'paper_abroad',
  'transnational_contract',
  'industry_project',
];

/** Two report definitions: OIA's shared count of activities by kind and college, and a private partner count. */
const SAVED: { name: string; shared: boolean; definition: ReportDefinition }[] = [
  {
    name: '2026 學院交流活動：依類別與學院 / Activities by kind and college',
    shared: true,
    definition: {
      entity: 'activities',
      filters: [{ field: 'startDate', op: 'between', from: '2026-01-01', to: '2026-12-31' }],
      columns: ['kind', 'unit', 'titleZh', 'titleEn', 'country', 'startDate'],
      groupBy: ['kind', 'unit'],
    },
  },
  {
    name: '合作學校：依教育部地區 / Partners by MoE region',
    shared: false,
    definition: {
      entity: 'partners',
      filters: [],
      columns: ['nameZh', 'nameEn', 'country', 'type'],
      groupBy: ['region'],
    },
  },
];

/** About 40 college exchange records in 2026 over the colleges and kinds, and two saved report definitions. */
export async function seedActivities(trx: Db, ctx: SeedContext): Promise<void> {
  const oia = await trx
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'oia.ic@demo.meridian.tw')
    .executeTakeFirst();
  const partners = await trx.selectFrom('partners').select(['id', 'country']).orderBy('id').limit(40).execute();
  const rows = KINDS.flatMap((kind, k) =>
    Array.from({ length: 7 }, (_, n) => {
      const r = record(kind, n);
      const partner =
        kind === 'transnational_contract' || kind === 'conference_held'
          ? partners[(n * 5 + k) % partners.length]
          : undefined;
      return {
        unit_id: ctx.unit(UNITS[(n + k) % UNITS.length] as string),
        kind,
        ...EMPTY,
        ...r,
        partner_id: partner?.id ?? null,
        created_by: oia?.id ?? null,
        created_at: ctx.now,
        updated_at: ctx.now,
      };
    }),
  );
  await trx
    .insertInto('activities')
    .values(rows as never)
    .execute();
  if (!oia) return;
  await trx
    .insertInto('saved_reports')
    .values(
      SAVED.map((s) => ({
        owner_id: oia.id,
        name: s.name,
        entity: s.definition.entity,
        definition: JSON.stringify(s.definition),
        shared: s.shared ? 1 : 0,
        created_at: ctx.now,
        updated_at: ctx.now,
      })),
    )
    .execute();
}
