import type { Ctx } from '#server/http/context.js';
import { recordAudit } from '#server/lib/audit.js';
import { auditSummary, bilingual } from '#server/lib/audit-summary.js';
import { AppError } from '#server/lib/errors.js';
import { readContent, sha256Of, storeContent } from '#server/lib/stored-files.js';
import { findPeriod, type PeriodRow } from '#server/modules/reporting/submission.repository.js';
import { authorizeAny } from '#server/policies/policy.js';
import { reportingPolicy } from '#server/policies/reporting.policy.js';
import { translate } from '#shared/i18n/index.js';
import type { StatusBuild, StatusBuildCreate } from '#shared/schemas/executive.js';
import * as repo from './status-build.repository.js';
import { gatherStatusReport } from './status-report.data.js';
import { statusReportPdf } from './status-report.pdf.js';
import { statusReportXlsx } from './status-report.xlsx.js';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A build still "running" after this long was cut off (the process stopped): it shows as failed. */
export const STALE_AFTER_MS = 15 * 60_000;

/**
 * Starts a status report build for a period and returns at once (202): the build runs in this process
 * in the background, writing its progress (0–100) and the catalog key of its step to `report_builds`,
 * and stores the file in `stored_files`. Anyone who may build reports (not a coordinator) may start one.
 */
export async function startBuild(ctx: Ctx, input: StatusBuildCreate): Promise<{ id: number }> {
  authorizeAny(reportingPolicy, ctx.actor, 'buildReports', ctx.units);
  const period = await findPeriod(ctx.db, input.periodId);
  if (!period || period.archived_at) throw AppError.field('periodId', 'unknown_period');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await repo.insertBuild(trx, {
      kind: 'status_report',
      format: input.format,
      period_id: period.id,
      locale: ctx.locale,
      status: 'running',
      progress: 0,
      step: 'executive.steps.queued',
      requested_by: ctx.actor.id,
      created_at: ctx.now,
    });
    await recordAudit(trx, {
      at: ctx.now,
      actorId: ctx.actor.id,
      action: 'create',
      entityType: 'report_build',
      entityId: id,
      summary: auditSummary('auditSummaries.statusReport', {
        format: input.format,
        period: bilingual(period.name_zh, period.name_en),
      }),
      ip: ctx.ip,
    });
    return id;
  });
  // Not awaited: the client polls GET …/:id. Failures end up in the row, never as an unhandled rejection.
  // Builds run one after another in this process (a PDF keeps a core busy for seconds): a build
  // started while another runs stays at its "queued" step until its turn.
  queue = queue.then(() => runBuild(ctx, id, period, input.format));
  return { id };
}

let queue: Promise<void> = Promise.resolve();

async function runBuild(ctx: Ctx, id: number, period: PeriodRow, format: StatusBuildCreate['format']) {
  const step = (key: string, progress: number) =>
    repo.updateBuild(ctx.db, id, { step: `executive.steps.${key}`, progress });
  try {
    const data = await gatherStatusReport(ctx, period, step);
    await step(format === 'pdf' ? 'charts' : 'workbook', 75);
    const bytes =
      format === 'pdf' ? await statusReportPdf(data, () => step('document', 85)) : await statusReportXlsx(data);
    await step('store', 95);
    const finishedAt = ctx.clock.now().toISOString();
    const contentType = CONTENT_TYPES[format];
    const fileId = await storeContent(
      ctx.db,
      { sha256: sha256Of(bytes), size: bytes.length, contentType, data: bytes },
      finishedAt,
    );
    await repo.updateBuild(ctx.db, id, {
      status: 'done',
      progress: 100,
      step: 'executive.steps.done',
      file_id: fileId,
      file_name: `${translate('zh-TW', 'executive.report.title')}-${periodLabel(period)}.${format}`,
      finished_at: finishedAt,
    });
  } catch (err) {
    await markFailed(ctx, id, err);
  }
}

async function markFailed(ctx: Ctx, id: number, err: unknown) {
  const locale = ctx.locale;
  const detail = err instanceof Error ? err.message : String(err);
  await repo
    .updateBuild(ctx.db, id, {
      status: 'failed',
      step: null,
      error: translate(locale, 'executive.errors.buildFailed', { detail }),
      finished_at: ctx.clock.now().toISOString(),
    })
    .catch(() => undefined); // the database itself is gone (shut down): nothing left to record it in
}

/** "2026Q4" for a quarterly period, "2026-10" for the Ministry's and the semester windows (month of the window). */
export function periodLabel(p: Pick<PeriodRow, 'year' | 'quarter' | 'opens_on'>): string {
  return p.quarter ? `${p.year}Q${p.quarter}` : `${p.year}-${p.opens_on.slice(5, 7)}`;
}

export async function getBuild(ctx: Ctx, id: number): Promise<StatusBuild> {
  authorizeAny(reportingPolicy, ctx.actor, 'buildReports', ctx.units);
  const row = await repo.findBuild(ctx.db, id);
  if (!row) throw AppError.notFound();
  return present(ctx, row);
}

/** The 20 newest status report builds (anyone's: the reports are the university's, not personal). */
export async function listBuilds(ctx: Ctx): Promise<{ items: StatusBuild[] }> {
  authorizeAny(reportingPolicy, ctx.actor, 'buildReports', ctx.units);
  return { items: (await repo.recentBuilds(ctx.db, 20)).map((r) => present(ctx, r)) };
}

export async function buildFile(ctx: Ctx, id: number) {
  const build = await getBuild(ctx, id);
  const row = await repo.findBuild(ctx.db, id);
  const file = build.status === 'done' && row?.file_id ? await readContent(ctx.db, row.file_id) : undefined;
  if (!file || !build.fileName) throw AppError.notFound();
  return { fileName: build.fileName, contentType: file.contentType, data: file.data };
}

function present(ctx: Ctx, r: repo.BuildRow): StatusBuild {
  const stale = r.status === 'running' && Date.parse(ctx.now) - Date.parse(r.created_at) > STALE_AFTER_MS;
  return {
    id: r.id,
    format: r.format,
    periodId: r.period_id,
    periodNameZh: r.period_name_zh,
    periodNameEn: r.period_name_en,
    status: stale ? 'failed' : r.status,
    progress: r.progress,
    step: stale ? null : r.step,
    fileName: r.file_name,
    error: stale ? translate(ctx.locale, 'executive.errors.interrupted') : r.error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}
