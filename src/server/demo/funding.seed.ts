import type { Db } from '#server/db/client.js';
import { awardRuleProblems, proratedStipend, requiredMatching } from '#server/modules/funding/funding-rules.js';
import { academicYearOf } from '#shared/calendar.js';
import type { FundingKind } from '#shared/mobility.js';
import type { SeedContext } from './mobility-demo.seed.js';

type ProgramSeed = {
  code: string;
  kind: FundingKind;
  zh: string;
  en: string;
  sponsorZh: string;
  sponsorEn: string;
  pct: number | null;
  stipend: number | null;
  rulesZh: string;
  rulesEn: string;
  /** Grant per academic year (2025, 2026) and what one award is worth. */
  grants: [number, number];
  award: number;
  /** Outbound kinds this program funds in the demo (besides its rules). */
  fits?: (m: { direction: string; person_category: string; credit_bearing: number; country: string | null }) => boolean;
};

const MOE_ZH = '教育部';
const MOE_EN = 'Ministry of Education';
const XUEHAI_RULES_ZH = '學校配合款至少為教育部補助款的 20%；受補助學生須於次年 10 月 31 日前出國。';
const XUEHAI_RULES_EN =
  "The university adds at least 20% of the Ministry's grant; recipients must leave by 31 October of the following year.";
const outboundStudent = (m: { direction: string; person_category: string }) =>
  m.direction === 'outbound' && m.person_category === 'student';

const PROGRAMS: ProgramSeed[] = [
  {
    code: 'XH-FEIYANG',
    kind: 'xuehai_feiyang',
    zh: '學海飛颺計畫',
    en: 'Xuehai Feiyang Program',
    sponsorZh: MOE_ZH,
    sponsorEn: MOE_EN,
    pct: 20,
    stipend: null,
    rulesZh: `個別學生出國修讀學分，不含中國大陸、香港、澳門。${XUEHAI_RULES_ZH}`,
    rulesEn: `Individual students studying abroad for credit, not in mainland China, Hong Kong or Macau. ${XUEHAI_RULES_EN}`,
    grants: [2_400_000, 2_600_000],
    award: 120_000,
  },
  {
    code: 'XH-XIZHU',
    kind: 'xuehai_xizhu',
    zh: '學海惜珠計畫',
    en: 'Xuehai Xizhu Program',
    sponsorZh: MOE_ZH,
    sponsorEn: MOE_EN,
    pct: 20,
    stipend: null,
    rulesZh: `經濟弱勢學生出國修讀學分，不含中國大陸、香港、澳門。${XUEHAI_RULES_ZH}`,
    rulesEn: `Students from low-income families studying abroad for credit, not in mainland China, Hong Kong or Macau. ${XUEHAI_RULES_EN}`,
    grants: [800_000, 900_000],
    award: 150_000,
  },
  {
    code: 'XH-ZHUMENG',
    kind: 'xuehai_zhumeng',
    zh: '學海築夢計畫',
    en: 'Xuehai Zhumeng Program',
    sponsorZh: MOE_ZH,
    sponsorEn: MOE_EN,
    pct: 20,
    stipend: null,
    rulesZh: `教師帶領學生赴海外實習，至少四週（以當年度公告為準）。${XUEHAI_RULES_ZH}`,
    rulesEn: `Internships abroad led by a faculty member, at least four weeks (the year's notice says exactly). ${XUEHAI_RULES_EN}`,
    grants: [1_200_000, 1_300_000],
    award: 90_000,
  },
  {
    code: 'NSB-ZHUMENG',
    kind: 'nsb_zhumeng',
    zh: '新南向學海築夢計畫',
    en: 'New Southbound Xuehai Zhumeng Program',
    sponsorZh: MOE_ZH,
    sponsorEn: MOE_EN,
    pct: 20,
    stipend: null,
    rulesZh: `赴新南向國家實習，至少四週。${XUEHAI_RULES_ZH}`,
    rulesEn: `Internships in New Southbound countries, at least four weeks. ${XUEHAI_RULES_EN}`,
    grants: [1_000_000, 1_100_000],
    award: 70_000,
    fits: (m) => m.country !== null && NEW_SOUTHBOUND.has(m.country),
  },
  {
    code: 'TEEP',
    kind: 'teep',
    zh: 'TEEP 臺灣經驗實習計畫',
    en: 'Taiwan Experience Education Program (TEEP)',
    sponsorZh: MOE_ZH,
    sponsorEn: MOE_EN,
    pct: null,
    stipend: 15_000,
    rulesZh: '每位實習生每月新臺幣 15,000 元，依在臺天數按月比例計算。',
    rulesEn: 'NT$15,000 per intern per month, prorated by the days in Taiwan.',
    grants: [1_500_000, 1_800_000],
    award: 45_000,
  },
  {
    code: 'SPROUT-E3',
    kind: 'sprout',
    zh: '高教深耕計畫 E-3 國際移動力',
    en: 'Higher Education Sprout Project E-3: International Mobility',
    sponsorZh: MOE_ZH,
    sponsorEn: MOE_EN,
    pct: null,
    stipend: null,
    rulesZh: '補助學生短期研修、iPBL、海外營隊及競賽之機票與生活費。',
    rulesEn: 'Travel and living costs of short-term study, iPBL, camps and competitions abroad.',
    grants: [3_000_000, 3_200_000],
    award: 30_000,
    fits: outboundStudent,
  },
  {
    code: 'UNIV-OUTBOUND',
    kind: 'university',
    zh: '本校學生出國研修獎學金',
    en: 'University Outbound Study Scholarship',
    sponsorZh: '本校',
    sponsorEn: 'The university',
    pct: null,
    stipend: null,
    rulesZh: '一學期至少修習 6 學分、一學年至少 12 學分；於 180／365 日內返國，返國後 15 日內完成結案手續。',
    rulesEn:
      'At least 6 credits for a semester, 12 for a year; return within 180/365 days and complete the closing formalities within 15 days of return.',
    grants: [1_000_000, 1_000_000],
    award: 40_000,
    fits: (m) => outboundStudent(m) && m.credit_bearing === 1,
  },
  {
    code: 'HY-FOUNDATION',
    kind: 'partner',
    zh: '宏遠科技文教基金會國際移動獎助',
    en: 'Hongyuan Technology Education Foundation Mobility Grant',
    sponsorZh: '宏遠科技文教基金會',
    sponsorEn: 'Hongyuan Technology Education Foundation',
    pct: null,
    stipend: null,
    rulesZh: '補助本校學生赴合作企業之海外據點實習或研修。',
    rulesEn: "Students interning or studying at the partner companies' sites abroad.",
    grants: [500_000, 600_000],
    award: 50_000,
    fits: outboundStudent,
  },
];

/** A student gets one of 飛颺/惜珠 and one of 築夢/新南向築夢, never both of a pair. */
const FAMILY: Partial<Record<FundingKind, string>> = {
  xuehai_feiyang: 'xuehai_study',
  xuehai_xizhu: 'xuehai_study',
  xuehai_zhumeng: 'xuehai_internship',
  nsb_zhumeng: 'xuehai_internship',
};
/** New Southbound countries (ASEAN, South Asia, Australia, New Zealand) for the 新南向 demo awards. */
const NEW_SOUTHBOUND = new Set([
  'VN',
  'TH',
  'ID',
  'MY',
  'PH',
  'SG',
  'MM',
  'KH',
  'LA',
  'BN',
  'IN',
  'NP',
  'BD',
  'LK',
  'PK',
  'BT',
  'AU',
  'NZ',
]);

const YEARS = [2025, 2026] as const;
/** At most this many demo awards per program-year, and per mobility. */
const PER_YEAR = 4;
const PER_MOBILITY = 2;

/**
 * Demo funding: the programs with 2025 and 2026 grants (學海 matched at 25% — above the 20% minimum),
 * then awards to seeded mobilities that fit each program's rules (none when no mobility fits).
 */
export async function seedFunding(trx: Db, ctx: SeedContext): Promise<void> {
  const { now } = ctx;
  const programIds = await trx
    .insertInto('funding_programs')
    .values(
      PROGRAMS.map((p) => ({
        code: p.code,
        kind: p.kind,
        name_zh: p.zh,
        name_en: p.en,
        sponsor_zh: p.sponsorZh,
        sponsor_en: p.sponsorEn,
        matching_min_pct: p.pct,
        monthly_stipend: p.stipend,
        rules_zh: p.rulesZh,
        rules_en: p.rulesEn,
        created_at: now,
        updated_at: now,
      })),
    )
    .returning('id')
    .execute();
  const yearRows = PROGRAMS.flatMap((p, i) =>
    YEARS.map((year, j) => {
      const granted = p.grants[j] as number;
      const min = requiredMatching(granted, p.pct);
      return {
        program_id: programIds[i]?.id as number,
        year,
        granted_amount: granted,
        matching_amount: min === null ? 0 : Math.round(granted * 0.25),
        notes: null,
        updated_at: now,
      };
    }),
  );
  const years = await trx
    .insertInto('funding_years')
    .values(yearRows)
    .returning(['id', 'program_id', 'year'])
    .execute();
  await seedAwards(
    trx,
    now,
    years,
    programIds.map((r) => r.id),
  );
}

async function seedAwards(
  trx: Db,
  now: string,
  years: { id: number; program_id: number; year: number }[],
  programIds: number[],
) {
  const mobilities = await trx
    .selectFrom('mobilities')
    .select([
      'id',
      'direction',
      'kind',
      'person_category',
      'country',
      'credit_bearing',
      'start_date',
      'end_date',
      'status',
    ])
    .where('archived_at', 'is', null)
    .where('status', 'not in', ['cancelled', 'withdrawn'])
    .orderBy('id')
    .limit(2000)
    .execute();
  if (!mobilities.length) return;
  const today = now.slice(0, 10);
  const awardsPer = new Map<number, number>();
  const rows: {
    mobility_id: number;
    funding_year_id: number;
    amount: number;
    spent_amount: number;
    notes: null;
    created_at: string;
    updated_at: string;
  }[] = [];
  const families = new Map<number, Set<string>>();
  PROGRAMS.forEach((p, i) => {
    const mine = years.filter((y) => y.program_id === programIds[i]);
    const taken = new Map<number, number>();
    for (const m of mobilities) {
      if ((awardsPer.get(m.id) ?? 0) >= PER_MOBILITY || families.get(m.id)?.has(FAMILY[p.kind] ?? p.kind)) continue;
      if (awardRuleProblems(p.kind, m).length || (p.fits && !p.fits(m))) continue;
      const ay = m.start_date ? academicYearOf(m.start_date) : 2026;
      const year = mine.find((y) => y.year === ay);
      if (!year || (taken.get(year.id) ?? 0) >= PER_YEAR) continue;
      const amount = (p.stipend && proratedStipend(p.stipend, m.start_date, m.end_date)) || p.award;
      rows.push({
        mobility_id: m.id,
        funding_year_id: year.id,
        amount,
        spent_amount: m.start_date && m.start_date <= today ? amount : 0,
        notes: null,
        created_at: now,
        updated_at: now,
      });
      taken.set(year.id, (taken.get(year.id) ?? 0) + 1);
      awardsPer.set(m.id, (awardsPer.get(m.id) ?? 0) + 1);
      families.set(m.id, new Set([...(families.get(m.id) ?? []), FAMILY[p.kind] ?? p.kind]));
    }
  });
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto('mobility_funding')
      .values(rows.slice(i, i + 200))
      .execute();
}
