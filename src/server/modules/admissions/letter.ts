import type { Content } from 'pdfmake/interfaces';
import type { Db } from '#server/db/client.js';
import { AppError } from '#server/lib/errors.js';
import { letterDate } from '#server/modules/checklist/acceptance-letter.js';
import { loadLetterhead } from '#server/modules/university/letterhead.js';
import { letterheadContent } from '#server/pdf/letterhead.js';
import { renderPdf } from '#server/pdf/render.js';
import { businessDate, toRocYear } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { ApplicationRow } from './application.repository.js';
import * as rounds from './round.repository.js';

/** Decisions that have a letter: admission (and what follows it). */
const LETTER_STATUSES = new Set(['admitted', 'accepted', 'declined', 'enrolled']);

const zh = (key: string, p?: Record<string, unknown>) => translate('zh-TW', key, p);
const en = (key: string, p?: Record<string, unknown>) => translate('en', key, p);

/**
 * The bilingual admission letter (入學許可 / Letter of Admission), Traditional Chinese first and English
 * below, Noto Sans TC, on the university's letterhead — for an admitted application only (else 409).
 * Both the applicant (portal) and the office (staff page) download the same document. Texts: admissionLetter.*.
 */
export async function admissionLetterPdf(db: Db, app: ApplicationRow, now: Date) {
  if (!LETTER_STATUSES.has(app.status)) throw new AppError('INVALID_TRANSITION', { messageKey: 'admission_no_letter' });
  const round = await rounds.findRound(db, app.round_id);
  const program = app.program_id ? await rounds.findProgram(db, app.program_id) : undefined;
  const unit =
    program &&
    (await db.selectFrom('units').select(['name_zh', 'name_en']).where('id', '=', program.unit_id).executeTakeFirst());
  if (!round || !program) throw AppError.notFound();
  const letterhead = await loadLetterhead(db);
  const today = businessDate(now);
  const nameEn = [app.given_name, app.family_name].filter(Boolean).join(' ');
  const vars = {
    nameZh: app.name_zh || nameEn,
    nameEn,
    university: letterhead.nameZh,
    universityEn: letterhead.nameEn,
    program: `${unit?.name_zh ?? ''} ${program.name_zh}`.trim(),
    programEn: `${program.name_en}, ${unit?.name_en ?? ''}`.replace(/, $/, ''),
    roc: toRocYear(round.academic_year),
    year: `${round.academic_year}–${round.academic_year + 1}`,
    semesterZh: zh(round.semester === 1 ? 'admissionLetter.semester1' : 'admissionLetter.semester2'),
    semesterEn: en(round.semester === 1 ? 'admissionLetter.semester1' : 'admissionLetter.semester2'),
  };
  const ref = `OIA-ADM-${today.slice(0, 4)}-${String(app.id).padStart(5, '0')}`;
  const content: Content[] = [
    ...letterheadContent(letterhead),
    { text: zh('admissionLetter.title'), style: 'title' },
    { text: en('admissionLetter.title'), style: 'titleEn' },
    {
      columns: [
        { text: `${zh('admissionLetter.reference')}／${en('admissionLetter.reference')}：${ref}`, fontSize: 9 },
        { text: `${letterDate(today, 'zh-TW')}　${letterDate(today, 'en')}`, alignment: 'right', fontSize: 9 },
      ],
      margin: [0, 8, 0, 12],
    },
    { text: zh('admissionLetter.body', vars), margin: [0, 0, 0, 8] },
    { text: en('admissionLetter.body', vars), margin: [0, 0, 0, 12] },
    { text: zh('admissionLetter.next'), margin: [0, 0, 0, 4] },
    { text: en('admissionLetter.next'), margin: [0, 0, 0, 36] },
    { text: `${letterhead.nameZh}\n${letterhead.nameEn}`, margin: [300, 0, 0, 0], bold: true },
  ];
  const data = await renderPdf({
    info: { title: `${zh('admissionLetter.title')} ${en('admissionLetter.title')} — ${nameEn}`, subject: ref },
    content,
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center' as const },
      titleEn: { fontSize: 13, bold: true, alignment: 'center' as const },
    },
  });
  return { data, fileName: `admission-letter-${app.id}.pdf` };
}
