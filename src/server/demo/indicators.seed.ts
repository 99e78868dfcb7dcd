import type { Db } from '#server/db/client.js';
import { takeSnapshot } from '#server/modules/reporting/submission-figures.js';
import type { ActivityKind, ComputedRule, PeriodKind, SproutChapter, SubmissionStatus } from '#shared/reporting.js';
import type { SeedContext } from './mobility-demo.seed.js';

type IndicatorSeed = {
  code: string;
  zh: string;
  en: string;
  defZh: string;
  defEn: string;
  strategy: number;
  chapter: SproutChapter;
  rule?: ComputedRule;
  activity?: ActivityKind;
  /** a college's yearly target (the university's is the colleges' sum plus OIA's own share) */
  target: number;
};

const MOE_ZH = '教育部技專校院校務基本資料庫填報說明';
const MOE_EN = 'Ministry of Education, technical-college database instructions';
const SPROUT_ZH = '高等教育深耕計畫國際化指標';
const SPROUT_EN = 'Higher Education Sprout project, internationalization indicators';

const INDICATORS: IndicatorSeed[] = [
  {
    code: 'OUT-SEM',
    zh: '出國研修一學期以上學生數',
    en: 'Students abroad for at least one semester',
    defZh: '期間內出國修讀學分達一學期以上之本校學生人次（學5）。',
    defEn: 'Students who studied abroad for credit for at least one semester in the period (table 學5).',
    strategy: 3,
    chapter: 'E-4',
    rule: 'outbound_students_semester',
    target: 12,
  },
  {
    code: 'OUT-SHORT',
    zh: '短期出國研修學生數',
    en: 'Students abroad for less than a semester',
    defZh: '期間內出國未滿一學期之研修、營隊、iPBL 學生人次。',
    defEn: 'Students on study trips, camps and iPBL abroad of less than a semester in the period.',
    strategy: 3,
    chapter: 'E-4',
    rule: 'outbound_students_short',
    target: 20,
  },
  {
    code: 'INTL-DEG',
    zh: '境外學位生人數',
    en: 'International degree students',
    defZh: '基準日在學之外國學生、僑生、港澳生及陸生（表 4-2-3）。',
    defEn:
      'Foreign, overseas Chinese, Hong Kong/Macau and mainland degree students enrolled on the reference date (table 4-2-3).',
    strategy: 4,
    chapter: 'E-5',
    rule: 'international_students_on_date',
    target: 40,
  },
  {
    code: 'EXCH-IN',
    zh: '來校交換學生數',
    en: 'Incoming exchange students',
    defZh: '期間內來校交換之境外學生人次。',
    defEn: 'Exchange students who came to the university in the period.',
    strategy: 4,
    chapter: 'E-5',
    rule: 'exchange_students_in',
    target: 8,
  },
  {
    code: 'TEEP',
    zh: 'TEEP 實習生人數',
    en: 'TEEP interns',
    defZh: '期間內來校之 TEEP／IIPP 實習生人次。',
    defEn: 'TEEP / IIPP interns hosted in the period.',
    strategy: 4,
    chapter: '1-6',
    rule: 'teep_interns',
    target: 6,
  },
  {
    code: 'STAFF-OUT',
    zh: '教師出國交流人次',
    en: 'Staff going abroad',
    defZh: '期間內教職員出國研究、訪問、發表之人次。',
    defEn: 'Staff trips abroad for research, visits and presentations in the period.',
    strategy: 2,
    chapter: '3-5',
    rule: 'staff_abroad',
    target: 10,
  },
  {
    code: 'SCHOLAR-IN',
    zh: '來訪學者人數',
    en: 'Visiting scholars',
    defZh: '期間內來校之訪問學者人次。',
    defEn: 'Visiting scholars who came in the period.',
    strategy: 2,
    chapter: '3-5',
    rule: 'scholars_in',
    target: 4,
  },
  {
    code: 'AGR-ACTIVE',
    zh: '生效中合作協議數',
    en: 'Agreements in force',
    defZh: '期末仍有效之學院主責合作協議數。',
    defEn: 'Agreements owned by the college in force at the end of the period.',
    strategy: 2,
    chapter: 'E-3',
    rule: 'active_agreements',
    target: 25,
  },
  {
    code: 'EMI',
    zh: '全英語授課課程數',
    en: 'English-taught courses',
    defZh: '期間內開設之全英語授課課程（逐筆列出）。',
    defEn: 'English-taught courses given in the period (listed one by one).',
    strategy: 1,
    chapter: 'E-3',
    activity: 'english_course',
    target: 15,
  },
  {
    code: 'CONF',
    zh: '舉辦國際研討會場次',
    en: 'International conferences held',
    defZh: '期間內由學院主辦或合辦之國際研討會。',
    defEn: 'International conferences the college held or co-organised in the period.',
    strategy: 1,
    chapter: '1-6',
    activity: 'conference_held',
    target: 2,
  },
  {
    code: 'SCHOLAR-INV',
    zh: '邀請外籍學者人次',
    en: 'Foreign scholars invited',
    defZh: '期間內邀請來校演講或授課之外籍學者。',
    defEn: 'Foreign scholars invited to lecture or teach in the period.',
    strategy: 2,
    chapter: '3-5',
    activity: 'scholar_invited',
    target: 6,
  },
  {
    code: 'PAPER',
    zh: '出國發表論文篇數',
    en: 'Papers presented abroad',
    defZh: '期間內於國外會議發表之論文（題目、會議、國家、城市、日期）。',
    defEn: 'Papers presented at conferences abroad in the period (title, conference, country, city, dates).',
    strategy: 2,
    chapter: '3-5',
    activity: 'paper_abroad',
    target: 10,
  },
  {
    code: 'IND-PROJ',
    zh: '跨國產學合作計畫數',
    en: 'Transnational industry–academia projects',
    defZh: '期間內執行之跨國產學合作計畫（含經費來源）。',
    defEn: 'Transnational industry–academia projects run in the period (with their funding split).',
    strategy: 2,
    chapter: '1-6',
    activity: 'industry_project',
    target: 3,
  },
];

const COLLEGES = ['ENG', 'BUS', 'HSS', 'DD'];

/** Indicator definitions (version 1 each), 2026 targets for each college and the university, five reporting periods and the Q3 reviews. */
export async function seedIndicators(trx: Db, ctx: SeedContext): Promise<void> {
  const { now } = ctx;
  const targets: {
    indicator_id: number;
    unit_id: number;
    year: number;
    quarter: number;
    target: number;
    updated_at: string;
  }[] = [];
  for (const [i, s] of INDICATORS.entries()) {
    const { id } = await trx
      .insertInto('indicators')
      .values({ code: s.code, sort_order: (i + 1) * 10, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const version = await trx
      .insertInto('indicator_versions')
      .values({
        indicator_id: id,
        version_no: 1,
        name_zh: s.zh,
        name_en: s.en,
        definition_zh: s.defZh,
        definition_en: s.defEn,
        unit: 'count',
        strategy: s.strategy,
        chapter: s.chapter,
        method: s.rule ? 'computed' : 'manual',
        rule: s.rule ?? null,
        activity_kind: s.activity ?? null,
        source_zh: s.rule ? MOE_ZH : SPROUT_ZH,
        source_en: s.rule ? MOE_EN : SPROUT_EN,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('indicators').set({ current_version_id: version.id }).where('id', '=', id).execute();
    // A college's year target, a quarter's share of it (rounded up); the university: the colleges plus a fifth.
    const quarterOf = (year: number) => Math.ceil(year / 4);
    const units = [...COLLEGES.map((c) => [c, s.target] as const), ['UNIV', Math.ceil(s.target * 4 * 1.2)] as const];
    for (const [code, year] of units) {
      const unit_id = ctx.unit(code);
      targets.push({ indicator_id: id, unit_id, year: 2026, quarter: 0, target: year, updated_at: now });
      for (const q of [1, 2, 3, 4])
        targets.push({ indicator_id: id, unit_id, year: 2026, quarter: q, target: quarterOf(year), updated_at: now });
    }
  }
  for (let i = 0; i < targets.length; i += 200)
    await trx
      .insertInto('indicator_targets')
      .values(targets.slice(i, i + 200))
      .execute();

  const period = (p: {
    kind: PeriodKind;
    year: number;
    quarter?: number;
    zh: string;
    en: string;
    from: string;
    to: string;
    ref?: string;
    opens: string;
    closes: string;
  }) => ({
    kind: p.kind,
    year: p.year,
    quarter: p.quarter ?? null,
    name_zh: p.zh,
    name_en: p.en,
    covers_from: p.from,
    covers_to: p.to,
    reference_date: p.ref ?? null,
    opens_on: p.opens,
    closes_on: p.closes,
    created_at: now,
    updated_at: now,
  });
  await trx
    .insertInto('reporting_periods')
    .values([
      period({
        kind: 'college_quarterly',
        year: 2026,
        quarter: 3,
        zh: '2026 年第三季學院國際化指標',
        en: '2026 Q3 college indicators',
        from: '2026-07-01',
        to: '2026-09-30',
        opens: '2026-10-01',
        closes: '2026-10-31',
      }),
      period({
        kind: 'college_quarterly',
        year: 2026,
        quarter: 4,
        zh: '2026 年第四季學院國際化指標',
        en: '2026 Q4 college indicators',
        from: '2026-10-01',
        to: '2026-12-31',
        opens: '2026-11-16',
        closes: '2026-12-31',
      }),
      period({
        kind: 'moe_october',
        year: 2026,
        zh: '2026 年十月校務資料庫填報',
        en: "Ministry's October 2026 window",
        from: '2026-02-01',
        to: '2026-07-31',
        ref: '2026-10-15',
        opens: '2026-09-01',
        closes: '2026-10-31',
      }),
      period({
        kind: 'semester_january',
        year: 2027,
        zh: '115 學年度第一學期期末彙整', // 2026-08-01 … 2027-01-31 is 115學年度第1學期
        en: 'Semester-end collection, AY 115 first semester (January 2027)',
        from: '2026-08-01',
        to: '2027-01-31',
        opens: '2027-01-04',
        closes: '2027-01-31',
      }),
      period({
        kind: 'moe_march',
        year: 2027,
        zh: '2027 年三月校務資料庫填報',
        en: "Ministry's March 2027 window",
        from: '2026-08-01',
        to: '2027-01-31',
        ref: '2027-03-15',
        opens: '2027-03-01',
        closes: '2027-04-10',
      }),
    ])
    .execute();
  await seedQ3Reviews(trx, ctx);
}

/**
 * The closed 2026 Q3 report as review left it: Engineering approved (with its locked snapshot, made by
 * the same code as an approval), Business submitted, Humanities returned with a comment; Digital
 * Design's draft appears when someone first opens the period.
 */
async function seedQ3Reviews(trx: Db, ctx: SeedContext): Promise<void> {
  const period = await trx
    .selectFrom('reporting_periods')
    .selectAll()
    .where('kind', '=', 'college_quarterly')
    .where('year', '=', 2026)
    .where('quarter', '=', 3)
    .executeTakeFirstOrThrow();
  const user = async (email: string) =>
    (await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const [coord, bus, oia] = await Promise.all([
    user('coord.eng@demo.meridian.tw'),
    user('coord.bus@demo.meridian.tw'),
    user('oia.ic@demo.meridian.tw'),
  ]);
  const submitted = '2026-10-20T02:00:00.000Z';
  const reviewed = '2026-10-24T06:30:00.000Z';
  const row = (unit: string, status: SubmissionStatus, extra: Record<string, unknown>) => ({
    period_id: period.id,
    unit_id: ctx.unit(unit),
    status,
    created_at: ctx.now,
    updated_at: ctx.now,
    ...extra,
  });
  const snapshot = await takeSnapshot(trx, period, ctx.unit('ENG'), new Map(), { at: reviewed, by: oia });
  await trx
    .insertInto('submissions')
    .values([
      row('ENG', 'approved', {
        submitted_by: coord,
        submitted_at: submitted,
        reviewed_by: oia,
        reviewed_at: reviewed,
        snapshot: JSON.stringify(snapshot),
      }),
      row('BUS', 'submitted', { submitted_by: bus, submitted_at: submitted }),
      row('HSS', 'returned', {
        reviewed_by: oia,
        reviewed_at: reviewed,
        review_comment: '請補上本季邀請外籍學者的紀錄後再送出。',
      }),
    ])
    .execute();
}
