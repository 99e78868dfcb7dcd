import type { Content } from 'pdfmake/interfaces';
import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { letterDate } from '#server/modules/checklist/acceptance-letter.js';
import { loadLetterhead } from '#server/modules/university/letterhead.js';
import { letterheadContent } from '#server/pdf/letterhead.js';
import { renderPdf } from '#server/pdf/render.js';
import { authorize } from '#server/policies/policy.js';
import { trainingPolicy } from '#server/policies/training.policy.js';
import { translate } from '#shared/i18n/index.js';
import { findCertificateData } from './training.repository.js';

const zh = (key: string, p?: Record<string, unknown>) => translate('zh-TW', key, p);
const en = (key: string, p?: Record<string, unknown>) => translate('en', key, p);

/**
 * The bilingual certificate of attendance (研習證明 / Certificate of Attendance) for an attended session:
 * on the university's letterhead, Traditional Chinese first and English below, in Noto Sans TC. The
 * holder downloads their own; OIA staff issue anyone's. Not attended → 409.
 */
export async function trainingCertificate(ctx: Ctx, enrolmentId: number) {
  const d = await findCertificateData(ctx.db, enrolmentId);
  if (!d) throw AppError.notFound();
  authorize(trainingPolicy, ctx.actor, 'certificate', d, ctx.units);
  if (d.status !== 'attended') throw new AppError('INVALID_TRANSITION', { messageKey: 'not_attended' });
  const letterhead = await loadLetterhead(ctx.db);
  const oia = { zh: zh('trainingCertificate.office'), en: en('trainingCertificate.office') };
  const number = `OIA-TRN-${d.starts_on.slice(0, 4)}-${String(d.id).padStart(5, '0')}`;
  const hours = Number(d.hours ?? 0);
  const params = {
    name: d.name_zh || d.name_en,
    nameEn: d.name_en || d.name_zh,
    course: d.title_zh,
    courseEn: d.title_en,
    date: letterDate(d.starts_on, 'zh-TW'),
    dateEn: letterDate(d.starts_on, 'en'),
    hours,
    mode: zh(`trainingModes.${d.mode}`),
    modeEn: en(`trainingModes.${d.mode}`),
  };
  const content: Content[] = [
    ...letterheadContent(letterhead, oia),
    { text: zh('trainingCertificate.title'), fontSize: 22, bold: true, alignment: 'center', margin: [0, 24, 0, 2] },
    { text: en('trainingCertificate.title'), fontSize: 14, alignment: 'center', margin: [0, 0, 0, 24] },
    { text: zh('trainingCertificate.body', params), fontSize: 13, lineHeight: 1.5, margin: [0, 0, 0, 12] },
    { text: en('trainingCertificate.body', params), fontSize: 11, lineHeight: 1.4, margin: [0, 0, 0, 36] },
    { text: `${zh('trainingCertificate.number')}${number}`, fontSize: 9, color: '#444' },
    { text: `${en('trainingCertificate.number')} ${number}`, fontSize: 9, color: '#444' },
  ];
  const data = await renderPdf({ content, pageSize: 'A4', pageMargins: [40, 40, 40, 40] });
  return { data, fileName: `certificate-${number}.pdf` };
}
