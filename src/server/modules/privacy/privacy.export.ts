import type { FastifyReply } from 'fastify';
import type { Ctx } from '#server/http/context.js';
import { pagesOf, streamXlsx, type XlsxColumn } from '#server/lib/xlsx.js';
import { authorizeAny } from '#server/policies/policy.js';
import { privacyPolicy } from '#server/policies/privacy.policy.js';
import { businessDate } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { AccessEntry, AccessReportQuery, Consent } from '#shared/schemas/privacy.js';
import * as accessRepo from './access.repository.js';
import { accessReport, subjectAccess, toAccess } from './access.service.js';
import * as consentRepo from './consent.repository.js';
import { toConsent } from './consent.service.js';

const fileDate = (ctx: Ctx) => businessDate(new Date(ctx.now));

function accessColumns(ctx: Ctx): XlsxColumn<AccessEntry>[] {
  const t = (key: string) => translate(ctx.locale, `privacyExport.${key}`);
  return [
    { header: t('at'), value: (a) => a.at, width: 24 },
    { header: t('user'), value: (a) => a.userName, width: 18 },
    { header: t('email'), value: (a) => a.userEmail, width: 26 },
    { header: t('person'), value: (a) => a.personName, width: 18 },
    { header: t('personId'), value: (a) => a.personId, width: 10 },
    { header: t('action'), value: (a) => a.action, width: 10 },
    { header: t('field'), value: (a) => a.field, width: 14 },
    { header: t('detail'), value: (a) => a.detail, width: 30 },
    { header: t('ip'), value: (a) => a.ip, width: 16 },
  ];
}

/** Every consent recorded (who, which notice version, purpose, dates), in the user's language. */
export async function exportConsents(ctx: Ctx, reply: FastifyReply) {
  authorizeAny(privacyPolicy, ctx.actor, 'exportConsents', ctx.units);
  const t = (key: string) => translate(ctx.locale, `privacyExport.${key}`);
  type Row = Consent & { personName: string; personNo: string | null };
  const columns: XlsxColumn<Row>[] = [
    { header: t('personId'), value: (c) => c.personId, width: 10 },
    { header: t('person'), value: (c) => c.personName, width: 20 },
    { header: t('personNo'), value: (c) => c.personNo, width: 14 },
    { header: t('noticeVersion'), value: (c) => c.noticeVersion, width: 10 },
    { header: t('purpose'), value: (c) => c.purpose, width: 40 },
    { header: t('agreedOn'), value: (c) => c.agreedOn, width: 12 },
    { header: t('method'), value: (c) => translate(ctx.locale, `consentMethods.${c.method}`), width: 12 },
    { header: t('recordedBy'), value: (c) => c.recordedByName, width: 18 },
    { header: t('withdrawnOn'), value: (c) => c.withdrawnOn, width: 12 },
  ];
  return streamXlsx(reply, {
    fileName: `${t('consentsFile')}-${fileDate(ctx)}.xlsx`,
    sheetName: t('consentsSheet'),
    columns,
    pages: (async function* () {
      for await (const rows of pagesOf((limit, offset) => consentRepo.findAllConsents(ctx.db, limit, offset)))
        yield rows.map((r) => ({
          ...toConsent(ctx, r),
          personName: (ctx.locale === 'en' ? r.person_en || r.person_zh : r.person_zh || r.person_en) ?? '',
          personNo: r.student_no ?? r.staff_no,
        }));
    })(),
  });
}

type SubjectRow = { section: string; date: string | null; what: string; who: string | null; detail: string | null };

/** The subject-access report as one sheet: records, then accesses, then changes. */
export async function exportSubjectAccess(ctx: Ctx, reply: FastifyReply, personId: number) {
  const report = await subjectAccess(ctx, personId, 'xlsx');
  const t = (key: string) => translate(ctx.locale, key);
  const rows: SubjectRow[] = [
    ...report.records.map((r) => ({
      section: t('privacyExport.record'),
      date: r.date,
      what: `${t(`entityTypes.${r.entity}`)} #${r.id}`,
      who: null,
      detail: r.label,
    })),
    ...report.accesses.map((a) => ({
      section: t('privacyExport.access'),
      date: a.at,
      what: `${a.action} · ${a.field}`,
      who: a.userName ?? a.userEmail,
      detail: [a.detail, a.ip].filter(Boolean).join(' · ') || null,
    })),
    ...report.changes.map((c) => ({
      section: t('privacyExport.change'),
      date: c.at,
      what: `${t(`entityTypes.${c.entity}`)} · ${t(`auditActions.${c.action}`)}`,
      who: c.actorName,
      detail: null,
    })),
  ];
  const h = (key: string) => t(`privacyExport.${key}`);
  return streamXlsx(reply, {
    fileName: `${h('subjectFile')}-${personId}-${fileDate(ctx)}.xlsx`,
    sheetName: h('subjectSheet'),
    columns: [
      { header: h('section'), value: (r: SubjectRow) => r.section, width: 12 },
      { header: h('at'), value: (r: SubjectRow) => r.date, width: 24 },
      { header: h('what'), value: (r: SubjectRow) => r.what, width: 30 },
      { header: h('user'), value: (r: SubjectRow) => r.who, width: 20 },
      { header: h('detail'), value: (r: SubjectRow) => r.detail, width: 40 },
    ],
    pages: (async function* () {
      yield rows;
    })(),
  });
}

/** Every access in the range, all of them, for a breach inquiry. */
export async function exportAccessReport(ctx: Ctx, reply: FastifyReply, q: AccessReportQuery) {
  const { from, to } = await accessReport(ctx, q, 'xlsx');
  const t = (key: string) => translate(ctx.locale, `privacyExport.${key}`);
  return streamXlsx(reply, {
    fileName: `${t('accessFile')}-${q.from}-${q.to}.xlsx`,
    sheetName: t('accessSheet'),
    columns: accessColumns(ctx),
    pages: (async function* () {
      for await (const rows of pagesOf((limit, offset) =>
        accessRepo.findAccessesBetween(ctx.db, from, to, limit, offset),
      ))
        yield rows.map((r) => toAccess(ctx, r));
    })(),
  });
}
