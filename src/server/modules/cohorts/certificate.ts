import { randomBytes } from 'node:crypto';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Ctx } from '#server/http/context.js';
import { changeEntry, recordAudit } from '#server/lib/audit.js';
import { auditSummary } from '#server/lib/audit-summary.js';
import { uniqueAsFieldError } from '#server/lib/db-errors.js';
import { AppError } from '#server/lib/errors.js';
import { letterDate } from '#server/modules/checklist/acceptance-letter.js';
import { loadLetterhead } from '#server/modules/university/letterhead.js';
import { letterheadContent } from '#server/pdf/letterhead.js';
import { renderPdf } from '#server/pdf/render.js';
import { businessDate } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import * as repo from './participant.repository.js';
import { completionOf, ENTITY } from './participant.service.js';
import { programFor } from './program-access.js';

/** No 0/O or 1/I: a code read aloud or typed from paper is not mistaken. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export function newCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/**
 * Issues the participant's certificate (once; issuing again returns the same code). Refused with a
 * clear message for someone who has not met the completion rule.
 */
export async function issueCertificate(ctx: Ctx, programId: number, participantId: number) {
  const program = await programFor(ctx, programId, 'write');
  const done = await completionOf(ctx, program, participantId);
  const existing = await repo.findCertificate(ctx.db, participantId);
  if (existing) return { code: existing.code, issuedOn: existing.issued_on };
  if (!done.completed)
    throw new AppError('INVALID_TRANSITION', {
      messageKey: 'cohort_not_completed',
      fields: [
        {
          path: 'participant',
          key: 'cohort_completion_missing',
          params: { pct: done.attendancePct, min: program.min_attendance, missed: done.missedRequired },
        },
      ],
    });
  const issuedOn = businessDate(new Date(ctx.now));
  const code = newCode();
  await ctx.db.transaction().execute(async (trx) => {
    await uniqueAsFieldError('participant', 'cohort_certificate_exists', () =>
      trx
        .insertInto('cohort_certificates')
        .values({ participant_id: participantId, code, issued_on: issuedOn, issued_by: ctx.actor.id })
        .execute(),
    );
    await recordAudit(
      trx,
      changeEntry(ctx, 'create', ENTITY, participantId, auditSummary('auditSummaries.certificate', { code }), null, {
        code,
        issuedOn,
      }),
    );
  });
  return { code, issuedOn };
}

const zh = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);
const en = (key: string, params?: Record<string, unknown>) => translate('en', key, params);

/** The certificate as a PDF: both languages, the letterhead, the verification code and where to check it. */
export async function certificatePdf(ctx: Ctx, programId: number, participantId: number) {
  const program = await programFor(ctx, programId, 'readApplicants');
  const participant = await repo.findParticipant(ctx.db, programId, participantId);
  if (!participant) throw AppError.notFound();
  const cert = await repo.findCertificate(ctx.db, participantId);
  if (!cert) throw new AppError('INVALID_TRANSITION', { messageKey: 'cohort_certificate_not_issued' });
  const letterhead = await loadLetterhead(ctx.db);
  const verifyUrl = `${ctx.env.APP_URL.replace(/\/$/, '')}/verify/${cert.code}`;
  const vars = {
    name: participant.name,
    programZh: program.name_zh,
    programEn: program.name_en,
    fromZh: letterDate(program.start_date, 'zh-TW'),
    toZh: letterDate(program.end_date, 'zh-TW'),
    fromEn: letterDate(program.start_date, 'en'),
    toEn: letterDate(program.end_date, 'en'),
  };
  const content: Content[] = [
    ...letterheadContent(letterhead),
    { text: zh('cohorts.certificate.title'), fontSize: 24, bold: true, alignment: 'center', margin: [0, 30, 0, 0] },
    { text: en('cohorts.certificate.title'), fontSize: 16, alignment: 'center', margin: [0, 0, 0, 30] },
    { text: participant.name, fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 20] },
    { text: zh('cohorts.certificate.body', vars), alignment: 'center', margin: [30, 0, 30, 10] },
    { text: en('cohorts.certificate.body', vars), alignment: 'center', margin: [30, 0, 30, 40] },
    {
      text: `${letterDate(cert.issued_on, 'zh-TW')}　${letterDate(cert.issued_on, 'en')}`,
      alignment: 'center',
      margin: [0, 0, 0, 40],
    },
    {
      text: [
        `${zh('cohorts.certificate.code')}／${en('cohorts.certificate.code')}：`,
        { text: cert.code, bold: true },
        `\n${zh('cohorts.certificate.verifyAt')}／${en('cohorts.certificate.verifyAt')}：${verifyUrl}`,
      ],
      fontSize: 9,
      alignment: 'center',
    },
  ];
  const doc: TDocumentDefinitions = {
    pageOrientation: 'portrait',
    info: {
      title: `${en('cohorts.certificate.title')} — ${participant.name}`,
      author: letterhead.nameEn,
      subject: cert.code,
    },
    content,
  };
  const safe = participant.name.replace(/[^\p{L}\p{N} _-]/gu, '').trim() || String(participant.id);
  return { data: await renderPdf(doc), fileName: `certificate-${safe}.pdf` };
}

/** The public check of a code: the name, the program and the date, nothing more. */
export async function verifyCode(db: Ctx['db'], code: string) {
  const found = await repo.findCertificateByCode(db, code.trim().toUpperCase());
  if (!found) throw new AppError('NOT_FOUND', { messageKey: 'cohort_code_unknown' });
  return { name: found.name, programZh: found.name_zh, programEn: found.name_en, issuedOn: found.issued_on };
}
