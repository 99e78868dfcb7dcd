import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { streamXlsx } from '#server/lib/xlsx.js';
import { authorizeAny } from '#server/policies/policy.js';
import { trainingPolicy } from '#server/policies/training.policy.js';
import { translate } from '#shared/i18n/index.js';
import type { HoursReport } from '#shared/schemas/training.js';
import { findHours } from './training.repository.js';

/** Training hours per person in a calendar year: sessions attended and hours credited (by session date). */
export async function hoursReport(ctx: Ctx, year: number): Promise<HoursReport> {
  authorizeAny(trainingPolicy, ctx.actor, 'report', ctx.units);
  const rows = await findHours(ctx.db, `${year}-01-01`, `${year}-12-31`);
  return {
    year,
    items: rows.map((r) => ({
      userId: r.id,
      name: (ctx.locale === 'en' ? r.name_en || r.name_zh : r.name_zh || r.name_en) || r.email,
      sessions: Number(r.sessions),
      hours: Number(r.hours ?? 0),
    })),
  };
}

/** The same report as an xlsx, headers in the reader's language. */
export async function exportHours(ctx: Ctx, reply: FastifyReply, year: number) {
  const report = await hoursReport(ctx, year);
  const t = (key: string) => translate(ctx.locale, key);
  type Row = HoursReport['items'][number];
  return streamXlsx<Row>(reply, {
    fileName: `training-hours-${year}.xlsx`,
    sheetName: String(year),
    columns: [
      { header: t('trainingHours.name'), width: 28, value: (r) => r.name },
      { header: t('trainingHours.sessions'), width: 12, value: (r) => r.sessions },
      { header: t('trainingHours.hours'), width: 12, value: (r) => r.hours },
    ],
    pages: (async function* () {
      yield report.items;
    })(),
  });
}
