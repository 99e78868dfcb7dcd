import type { CohortStage } from '#shared/cohorts.js';
import { Weighted } from '../random.js';
import type { DataModule, GenContext } from './types.js';

/** The size: "21 selected from over 6,000 applicants" — the funnel the list must page and filter. */
export const COHORT_APPLICATIONS = 6_000;
const STAGES = new Weighted<CohortStage>([
  ['submitted', 55],
  ['screening', 20],
  ['rejected', 20],
  ['interview', 3],
  ['withdrawn', 1],
  ['offered', 1],
]);

/** One cohort program, its 6,000 applications spread over the funnel's stages, at every scale. */
export const cohortsModule: DataModule = {
  name: 'cohorts',
  tables: [
    { name: 'cohort_programs', key: ['id'] },
    { name: 'cohort_applications', key: ['id'] },
  ],
  async generate(ctx: GenContext) {
    const now = `${ctx.asOf}T00:00:00.000Z`;
    const ids = await ctx.writer.insertReturning(
      'cohort_programs',
      [
        {
          unit_id: ctx.units.get('OIA-IC'),
          name_zh: '國際人才培育專班（效能測試）',
          name_en: 'International Talent Training Program (bench)',
          start_date: ctx.asOf,
          end_date: ctx.asOf,
          places: 21,
          applications_open: 1,
          min_attendance: 80,
          created_at: now,
          updated_at: now,
        },
      ],
      ['name_en'],
      (r) => String(r.name_en),
    );
    const programId = [...ids.values()][0];
    const rows = Array.from({ length: COHORT_APPLICATIONS }, (_, i) => {
      const stage = STAGES.draw(ctx.random);
      const name = `${ctx.names.person('ours')} ${i + 1}`;
      const email = `applicant${i + 1}@example.mx`;
      return {
        program_id: programId,
        name,
        email,
        email_key: email,
        nationality: 'MX',
        institution: 'Universidad de Sonora',
        field_of_study: null,
        motivation: null,
        source: i % 5 === 0 ? 'import' : 'form',
        stage,
        score: stage === 'submitted' ? null : ctx.random.int(30, 99),
        reason: stage === 'rejected' ? 'Below the screening threshold' : null,
        interview_on: null,
        created_at: now,
        updated_at: now,
      };
    });
    await ctx.writer.insert('cohort_applications', rows);
  },
};
