import { Weighted } from '../random.js';
import type { DataModule, GenContext } from './types.js';

/** The size: "5,000 applications in a round list and filter as fast as the mobility list". */
export const ADMISSION_APPLICATIONS = 5_000;
const STATUSES = new Weighted<string>([
  ['submitted', 40],
  ['under_review', 25],
  ['draft', 15],
  ['admitted', 6],
  ['waitlisted', 4],
  ['rejected', 8],
  ['accepted', 2],
]);
const COUNTRIES = new Weighted<string>([
  ['VN', 25],
  ['ID', 20],
  ['IN', 12],
  ['MY', 10],
  ['JP', 8],
  ['US', 5],
  ['DE', 5],
  ['TH', 8],
  ['PH', 7],
]);
const CHANNELS = new Weighted<string>([
  ['web', 50],
  ['fair', 25],
  ['agent', 10],
  ['partner', 10],
  ['alumni', 5],
]);
const DEPARTMENTS = ['CSIE', 'EE', 'ME', 'IB', 'BA'] as const;

/** One degree round (116學年度秋季 at the dataset's date), five programs, 5,000 applications, at every scale. */
export const admissionsModule: DataModule = {
  name: 'admissions',
  tables: [
    { name: 'admission_rounds', key: ['id'] },
    { name: 'admission_programs', key: ['id'] },
    { name: 'admission_applications', key: ['id'] },
  ],
  async generate(ctx: GenContext) {
    const now = `${ctx.asOf}T00:00:00.000Z`;
    const year = Number(ctx.asOf.slice(0, 4)) + 1;
    const rounds = await ctx.writer.insertReturning(
      'admission_rounds',
      [
        {
          kind: 'degree',
          academic_year: year,
          semester: 1,
          name_zh: `${year - 1911}學年度秋季國際學位生招生（效能測試）`,
          name_en: `International degree admissions, fall ${year} (bench)`,
          opens_at: now,
          closes_at: `${year}-03-31T15:59:59.000Z`,
          fee_ntd: 1600,
          documents: JSON.stringify([
            { code: 'passport', labelZh: '護照影本', labelEn: 'Passport copy', required: true },
          ]),
          criteria: JSON.stringify([
            { code: 'academic', labelZh: '學業成績', labelEn: 'Academic record', weight: 100, max: 100 },
          ]),
          created_at: now,
          updated_at: now,
        },
      ],
      ['name_en'],
      (r) => String(r.name_en),
    );
    const roundId = [...rounds.values()][0];
    const programs = await ctx.writer.insertReturning(
      'admission_programs',
      DEPARTMENTS.map((code) => ({
        round_id: roundId,
        unit_id: ctx.units.get(code),
        degree_level: 'master',
        name_zh: `${code} 碩士班`,
        name_en: `Master program (${code})`,
        places: 20,
        language_framework: 'CEFR',
        language_level: 'B2',
        min_gpa: 3,
        created_at: now,
        updated_at: now,
      })),
      ['name_en'],
      (r) => String(r.name_en),
    );
    const programIds = [...programs.values()];
    const rows = Array.from({ length: ADMISSION_APPLICATIONS }, (_, i) => {
      const status = STATUSES.draw(ctx.random);
      const [given, family] = ctx.names.person('ours').split(' ');
      return {
        round_id: roundId,
        program_id: programIds[i % programIds.length],
        email: `applicant${i + 1}@example.org`,
        locale: i % 3 === 0 ? 'zh-TW' : 'en',
        given_name: given ?? `Given${i}`,
        family_name: family ?? `Family${i}`,
        country_code: COUNTRIES.draw(ctx.random),
        identity: 'foreign',
        channel: CHANNELS.draw(ctx.random),
        status,
        fee_status: status === 'draft' ? 'unpaid' : 'paid',
        score: ['submitted', 'draft'].includes(status) ? null : ctx.random.int(40, 99),
        created_at: now,
        updated_at: now,
        submitted_at: status === 'draft' ? null : now,
      };
    });
    await ctx.writer.insert('admission_applications', rows);
  },
};
