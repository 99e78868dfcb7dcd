import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { streamXlsx } from '#server/lib/xlsx.js';
import { authorizeAny } from '#server/policies/policy.js';
import { recruitmentPolicy } from '#server/policies/recruitment.policy.js';
import { toRocYear } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { Funnel, FunnelQuery, FunnelRow } from '#shared/schemas/recruitment.js';
import { type ApplicantCounts, admissionApplicantCounts } from './applicant-counts.js';
import { countLeads } from './funnel.repository.js';

/**
 * The funnel per academic year and country (or channel): leads → applicants → admitted → enrolled, year
 * on year. Leads and enrolled (leads who became inbound students, matched by e-mail) are ours; applicants
 * and admitted come through `ApplicantCounts` (the admissions module), null while it is not there.
 */
export async function funnel(
  ctx: Ctx,
  q: FunnelQuery,
  applicants: ApplicantCounts = admissionApplicantCounts,
): Promise<Funnel> {
  authorizeAny(recruitmentPolicy, ctx.actor, 'read', ctx.units);
  const available = await applicants.available(ctx.db, ctx.dialect);
  const rows = new Map<string, FunnelRow>();
  const row = (academicYear: number, key: string) => {
    const id = `${academicYear}|${key}`;
    let r = rows.get(id);
    if (!r) {
      r = {
        academicYear,
        key,
        leads: 0,
        applicants: available ? 0 : null,
        admitted: available ? 0 : null,
        enrolled: 0,
      };
      rows.set(id, r);
    }
    return r;
  };
  for (const l of await countLeads(ctx.db, q)) {
    const r = row(Number(l.academic_year), String(l.key));
    r.leads = Number(l.leads);
    r.enrolled = Number(l.enrolled ?? 0);
  }
  if (available)
    for (const a of await applicants.count(ctx.db, q)) {
      const r = row(a.academicYear, a.key);
      r.applicants = a.applicants;
      r.admitted = a.admitted;
    }
  const sorted = [...rows.values()].sort((a, b) => a.key.localeCompare(b.key) || a.academicYear - b.academicYear);
  return { groupBy: q.groupBy, applicantsAvailable: available, rows: sorted };
}

/** The funnel as an xlsx list (headers in the reader's language; 學年度 as the ROC year in Chinese). */
export async function funnelXlsx(ctx: Ctx, q: FunnelQuery, reply: FastifyReply) {
  const data = await funnel(ctx, q);
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.locale, key, params);
  const keyLabel = (key: string) => (q.groupBy === 'channel' ? t(`leadChannels.${key}`) : key);
  return streamXlsx<FunnelRow>(reply, {
    fileName: `${t('recruitmentFunnel.fileName')}.xlsx`,
    sheetName: t('recruitmentFunnel.sheet'),
    columns: [
      {
        header: t('recruitmentFunnel.academicYear'),
        value: (r) => (ctx.locale === 'en' ? r.academicYear : toRocYear(r.academicYear)),
      },
      { header: t(`recruitmentFunnel.by.${q.groupBy}`), value: (r) => keyLabel(r.key) },
      { header: t('recruitmentFunnel.leads'), value: (r) => r.leads },
      { header: t('recruitmentFunnel.applicants'), value: (r) => r.applicants },
      { header: t('recruitmentFunnel.admitted'), value: (r) => r.admitted },
      { header: t('recruitmentFunnel.enrolled'), value: (r) => r.enrolled },
    ],
    pages: (async function* () {
      yield data.rows;
    })(),
  });
}
