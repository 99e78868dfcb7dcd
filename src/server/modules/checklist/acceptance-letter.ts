import type { Content } from 'pdfmake/interfaces';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { AppError } from '#server/lib/errors.js';
import { loadLetterhead } from '#server/modules/university/letterhead.js';
import { type Letterhead, letterheadContent } from '#server/pdf/letterhead.js';
import { renderPdf } from '#server/pdf/render.js';
import { checklistPolicy } from '#server/policies/checklist.policy.js';
import { authorizeAny } from '#server/policies/policy.js';
import { businessDate } from '#shared/calendar.js';
import { defaultCountryName } from '#shared/country-names.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { findMobility, type MobilityRow } from './checklist.repository.js';
import { letterAvailable, mayDownloadLetter } from './checklist-access.js';

/**
 * The bilingual acceptance letter (入學許可 / Letter of Acceptance) of an inbound exchange or other
 * non-degree student, accepted or later (else 409): Traditional Chinese first, English below, in
 * Noto Sans TC. OIA staff issue it; the student downloads their own. Texts: `checklist.letter.*`.
 */
export async function acceptanceLetter(ctx: Ctx, mobilityId: number) {
  const tree = ctx.units;
  authorizeAny(checklistPolicy, ctx.actor, 'acceptanceLetter', tree);
  const m = await findMobility(ctx.db, mobilityId);
  if (!m) throw AppError.notFound();
  if (!mayDownloadLetter(ctx.actor, m, tree)) throw AppError.forbidden();
  if (!letterAvailable(m)) throw new AppError('INVALID_TRANSITION', { messageKey: 'letterUnavailable' });
  const issuer = await issuerOf(ctx.db);
  const today = businessDate(new Date(ctx.now));
  const data = await renderPdf(letterDocument(m, issuer, today));
  // No spaces in the file name: mail clients and some browsers cut a name at the first one.
  const name = (m.name_en || m.name_zh || `${m.id}`)
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
  return { data, fileName: `acceptance-letter-${name}.pdf` };
}

type Issuer = Letterhead & { officeZh: string; officeEn: string };

/** The letterhead (the university's details) and the issuing office, the OIA unit. */
async function issuerOf(db: Db): Promise<Issuer> {
  const letterhead = await loadLetterhead(db);
  const oia = await db.selectFrom('units').select(['name_zh', 'name_en']).where('code', '=', 'OIA').executeTakeFirst();
  return { ...letterhead, officeZh: oia?.name_zh ?? '', officeEn: oia?.name_en ?? '' };
}

const zh = (key: string, params?: Record<string, unknown>) => translate('zh-TW', key, params);
const en = (key: string, params?: Record<string, unknown>) => translate('en', key, params);

function country(code: string | null, locale: Locale): string {
  if (!code) return '—';
  try {
    return defaultCountryName(code, locale === 'en' ? 'en' : 'zh-TW');
  } catch {
    return code;
  }
}

/** 2026-09-01 → 2026年9月1日 / 1 September 2026. */
export function letterDate(date: string | null, locale: Locale): string {
  if (!date) return '—';
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  if (locale === 'zh-TW') return `${y}年${mo}月${d}日`;
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, d));
  return `${d} ${month} ${y}`;
}

/** "1 September 2025 – 31 January 2026", or "starting 1 September 2025" while the end is open (never "– —"). */
function period(m: MobilityRow, locale: Locale): string {
  const t = locale === 'en' ? en : zh;
  const start = letterDate(m.start_date, locale);
  if (!m.end_date) return t('checklist.letter.periodFrom', { start });
  return t('checklist.letter.periodRange', { start, end: letterDate(m.end_date, locale) });
}

export function letterDocument(m: MobilityRow, issuer: Issuer, today: string) {
  const nameZh = m.name_zh || m.name_en || '—';
  const nameEn = m.name_en || m.name_zh || '—';
  const sendingZh = m.partner_name_zh || m.host_name_zh || m.partner_name_en || m.host_name_en || '—';
  const sendingEn = m.partner_name_en || m.host_name_en || m.partner_name_zh || m.host_name_zh || '—';
  const deptZh = m.unit_name_zh || m.unit_name_en || issuer.nameZh;
  const deptEn = m.unit_name_en || m.unit_name_zh || issuer.nameEn;
  const periodZh = period(m, 'zh-TW');
  const periodEn = period(m, 'en');
  const role = { zh: zh(`checklist.letter.role.${m.kind}`), en: en(`checklist.letter.role.${m.kind}`) };
  const status = { zh: zh(`checklist.letter.status.${m.kind}`), en: en(`checklist.letter.status.${m.kind}`) };
  const ref = `OIA-ACC-${today.slice(0, 4)}-${String(m.id).padStart(5, '0')}`;
  const row = (key: string, valueZh: string, valueEn: string): Content[] => [
    { text: [zh(key), '\n', { text: en(key), color: '#555', fontSize: 9 }] },
    { text: [valueZh, '\n', { text: valueEn, color: '#333' }] },
  ];
  const vars = {
    nameZh,
    nameEn,
    university: issuer.nameZh,
    universityEn: issuer.nameEn,
    department: deptZh,
    departmentEn: deptEn,
    sending: sendingZh,
    sendingEn,
    period: periodZh,
    periodEn,
    role: role.zh,
    roleEn: role.en,
  };
  const content: Content[] = [
    ...letterheadContent(issuer, { zh: issuer.officeZh, en: issuer.officeEn }),
    { text: zh('checklist.letter.title'), style: 'title' },
    { text: en('checklist.letter.title'), style: 'titleEn' },
    {
      columns: [
        { text: `${zh('checklist.letter.reference')}／${en('checklist.letter.reference')}：${ref}`, fontSize: 9 },
        { text: `${letterDate(today, 'zh-TW')}　${letterDate(today, 'en')}`, alignment: 'right', fontSize: 9 },
      ],
      margin: [0, 8, 0, 12],
    },
    { text: zh('checklist.letter.body', vars), margin: [0, 0, 0, 8] },
    { text: en('checklist.letter.body', vars), margin: [0, 0, 0, 12] },
    {
      table: {
        widths: [130, '*'],
        body: [
          row('checklist.letter.name', nameZh, nameEn),
          row('checklist.letter.nationality', country(m.nationality, 'zh-TW'), country(m.nationality, 'en')),
          row('checklist.letter.sendingInstitution', sendingZh, sendingEn),
          row('checklist.letter.hostDepartment', deptZh, deptEn),
          row('checklist.letter.program', status.zh, status.en),
          row('checklist.letter.period', periodZh, periodEn),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    { text: zh('checklist.letter.closing'), margin: [0, 0, 0, 2] },
    { text: en('checklist.letter.closing'), margin: [0, 0, 0, 36] },
    {
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 200, y2: 0, lineWidth: 0.6 }], margin: [0, 0, 0, 4] },
        { text: zh('checklist.letter.signatory', { office: issuer.officeZh }), bold: true },
        { text: en('checklist.letter.signatory', { office: issuer.officeEn }) },
        { text: `${issuer.nameZh}\n${issuer.nameEn}`, fontSize: 9, color: '#333' },
      ],
      margin: [300, 0, 0, 0],
    },
  ];
  return {
    info: {
      title: `${zh('checklist.letter.title')} ${en('checklist.letter.title')} — ${nameEn}`,
      author: issuer.nameEn,
      subject: ref,
    },
    content,
    styles: {
      title: { fontSize: 18, bold: true, alignment: 'center' as const },
      titleEn: { fontSize: 13, bold: true, alignment: 'center' as const },
    },
  };
}
