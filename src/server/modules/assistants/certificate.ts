import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { letterDate } from '#server/modules/checklist/acceptance-letter.js';
import { loadLetterhead } from '#server/modules/university/letterhead.js';
import { type Letterhead, letterheadContent } from '#server/pdf/letterhead.js';
import { renderPdf } from '#server/pdf/render.js';
import { businessDate, toRocYear } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { Assistant } from '#shared/schemas/assistants.js';
import { findOfficeNames } from './assistant.repository.js';
import { getAssistant } from './assistant.service.js';

const zh = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);
const en = (key: string, params?: Record<string, unknown>) => translate('en', key, params);

/**
 * The bilingual certificate of service (服務證明書) of one assistant's term: Traditional Chinese first,
 * English below, on the letterhead, in Noto Sans TC. Only approved hours count; with none there is
 * nothing to certify (409). Staff, the coordinator of the student's college and the assistant may
 * download it.
 */
export async function serviceCertificate(ctx: Ctx, assistantId: number) {
  const a = await getAssistant(ctx, assistantId);
  if (!a.permissions.certificate)
    throw new AppError('INVALID_TRANSITION', { messageKey: 'assistant_certificate_unavailable' });
  const office = await findOfficeNames(ctx.db);
  const letterhead = await loadLetterhead(ctx.db);
  const today = businessDate(new Date(ctx.now));
  const data = await renderPdf(
    certificateDocument(a, letterhead, { zh: office?.name_zh ?? '', en: office?.name_en ?? '' }, today),
  );
  return { data, fileName: `service-certificate-${a.studentNo ?? a.id}-${a.academicYear}-${a.semester}.pdf` };
}

/** Approved hours per task kind, in the order the kinds are listed; time not tied to a task is 'other'. */
function hoursByKind(a: Assistant): [string, number][] {
  const kindOf = new Map(a.tasks.map((t) => [t.id, t.kind]));
  const minutes = new Map<string, number>();
  for (const h of a.hours) {
    if (h.status !== 'approved') continue;
    const kind = (h.taskId !== null && kindOf.get(h.taskId)) || 'other';
    minutes.set(kind, (minutes.get(kind) ?? 0) + h.minutes);
  }
  return [...minutes.entries()].map(([k, m]) => [k, Math.round((m / 60) * 100) / 100]);
}

export function certificateDocument(
  a: Assistant,
  letterhead: Letterhead,
  office: { zh: string; en: string },
  today: string,
): TDocumentDefinitions {
  const nameZh = a.nameZh || a.nameEn || '—';
  const nameEn = a.nameEn || a.nameZh || '—';
  const until = a.endedOn ?? today;
  const total = Math.round((a.approvedMinutes / 60) * 100) / 100;
  const kinds = hoursByKind(a);
  const vars = {
    nameZh,
    nameEn,
    studentNo: a.studentNo ?? '—',
    roc: toRocYear(a.academicYear),
    year: `${a.academicYear}–${a.academicYear + 1}`,
    semester: a.semester,
    from: letterDate(a.startedOn, 'zh-TW'),
    to: letterDate(until, 'zh-TW'),
    fromEn: letterDate(a.startedOn, 'en'),
    toEn: letterDate(until, 'en'),
    hours: total,
    kinds: kinds.map(([k]) => zh(`assistantTaskKinds.${k}`)).join('、') || '—',
    kindsEn: kinds.map(([k]) => en(`assistantTaskKinds.${k}`).toLowerCase()).join(', ') || '—',
  };
  const ref = `OIA-SVC-${a.academicYear}${a.semester}-${String(a.id).padStart(5, '0')}`;
  const rows: Content[][] = kinds.map(([k, h]) => [
    { text: [zh(`assistantTaskKinds.${k}`), '　', { text: en(`assistantTaskKinds.${k}`), color: '#555' }] },
    { text: String(h), alignment: 'right' },
  ]);
  return {
    info: {
      title: `${zh('assistantCertificate.title')} ${en('assistantCertificate.title')} — ${nameEn}`,
      subject: ref,
    },
    content: [
      ...letterheadContent(letterhead, office),
      { text: zh('assistantCertificate.title'), fontSize: 20, bold: true, alignment: 'center' },
      { text: en('assistantCertificate.title'), fontSize: 13, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      {
        text: `${zh('assistantCertificate.reference')}／${en('assistantCertificate.reference')}：${ref}`,
        fontSize: 9,
        margin: [0, 0, 0, 12],
      },
      { text: zh('assistantCertificate.body', vars), margin: [0, 0, 0, 8], lineHeight: 1.4 },
      { text: en('assistantCertificate.body', vars), margin: [0, 0, 0, 12] },
      {
        table: {
          widths: ['*', 80],
          body: [
            [
              { text: `${zh('assistantCertificate.kind')} ${en('assistantCertificate.kind')}`, bold: true },
              {
                text: `${zh('assistantCertificate.hours')} ${en('assistantCertificate.hours')}`,
                bold: true,
                alignment: 'right',
              },
            ],
            ...rows,
          ],
        },
        layout: 'lightHorizontalLines',
        margin: [0, 0, 0, 36],
      },
      { text: `${letterDate(today, 'zh-TW')}　${letterDate(today, 'en')}`, alignment: 'right', margin: [0, 0, 0, 24] },
      {
        stack: [
          { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.6 }], margin: [0, 0, 0, 4] },
          { text: office.zh, bold: true },
          { text: office.en },
        ],
        margin: [300, 0, 0, 0],
      },
    ],
  };
}
