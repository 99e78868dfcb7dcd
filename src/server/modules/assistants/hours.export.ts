import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { translate } from '#shared/i18n/index.js';
import * as repo from './assistant.repository.js';
import { getAssistant } from './assistant.service.js';

type Line = {
  date: Date | null;
  kind: string;
  description: string;
  hours: number | null;
  status: string;
  note: string;
};

/** 2031-09-14 → a date cell (midnight UTC, which the spreadsheet shows as that calendar day). */
const dateCell = (date: string) => new Date(`${date}T00:00:00Z`);
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * One assistant's hours of one month as xlsx, for payment: every entry with its date (a real date
 * cell), task, hours and review status, then the approved total, which is what is paid. Staff, the
 * college's coordinator and the assistant themself may download it (read permission on the record).
 */
export async function exportMonthlyHours(ctx: Ctx, reply: FastifyReply, assistantId: number, month: string) {
  const a = await getAssistant(ctx, assistantId);
  const rows = await repo.findHours(ctx.db, assistantId, month);
  if (!a) throw AppError.notFound();
  const t = (key: string, params?: Record<string, unknown>) => translate(ctx.locale, key, params);
  const taskKind = new Map(a.tasks.map((task) => [task.id, t(`assistantTaskKinds.${task.kind}`)]));
  const lines: Line[] = rows.map((h) => ({
    date: dateCell(h.worked_on),
    kind: h.task_id === null ? '' : (taskKind.get(h.task_id) ?? ''),
    description: h.description,
    hours: hoursOf(h.minutes),
    status: t(`assistantHoursStatuses.${h.status}`),
    note: h.review_note ?? '',
  }));
  const approved = rows.filter((h) => h.status === 'approved').reduce((s, h) => s + h.minutes, 0);
  lines.push({
    date: null,
    kind: '',
    description: t('assistantExport.approvedTotal'),
    hours: hoursOf(approved),
    status: '',
    note: '',
  });
  const columns: XlsxColumn<Line>[] = [
    { header: t('assistantExport.date'), width: 12, numFmt: 'yyyy-mm-dd', value: (l) => l.date },
    { header: t('assistantExport.task'), width: 18, value: (l) => l.kind },
    { header: t('assistantExport.description'), width: 48, value: (l) => l.description },
    { header: t('assistantExport.hours'), width: 10, numFmt: '0.00', value: (l) => l.hours },
    { header: t('assistantExport.status'), width: 12, value: (l) => l.status },
    { header: t('assistantExport.note'), width: 30, value: (l) => l.note },
  ];
  const who = (a.studentNo ?? String(a.id)).replace(/[^\p{L}\p{N}_-]/gu, '');
  return streamXlsx(reply, {
    fileName: `assistant-hours-${who}-${month}.xlsx`,
    sheetName: month,
    columns,
    pages: (async function* () {
      yield lines;
    })(),
  });
}
