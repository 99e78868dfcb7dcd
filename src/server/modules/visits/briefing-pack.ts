import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Db } from '#server/db/client.js';
import type { Ctx } from '#server/http/context.js';
import { renderPdf } from '#server/pdf/render.js';
import { academicYearLabelParams, addDays, businessDate } from '#shared/calendar.js';
import { defaultCountryName } from '#shared/country-names.js';
import { translate } from '#shared/i18n/index.js';
import type { Visit } from '#shared/schemas/visits.js';
import * as data from './briefing.repository.js';
import { getVisit } from './visit.service.js';

/**
 * A delegation's briefing pack (issue 19): one PDF in both languages (Chinese above English on every
 * label, Noto Sans TC), the delegation itself (members, itinerary, topics, budget) and, per partner
 * visited, its profile, agreements, exchange places, mobility of the last three years, earlier visits
 * both ways and the gifts already given. Whoever may read the visit may print it.
 */
export async function briefingPack(ctx: Ctx, visitId: number) {
  const visit = await getVisit(ctx, visitId);
  const today = businessDate(new Date(ctx.now));
  const sections: Content[] = [];
  for (const p of visit.partners) sections.push(...(await partnerSection(ctx.db, p.id, visit.id, today)));
  const doc = await renderPdf({
    info: { title: `${visit.titleZh ?? ''} ${visit.titleEn ?? ''}`.trim() },
    pageMargins: [40, 40, 40, 40],
    // Each partner starts a page, unless the page has just begun (a fixed page break after a page that
    // ended on its last table left an empty page).
    pageBreakBefore: (node) => String(node.id ?? '').startsWith('partner-') && node.startPosition.top > 41,
    content: [...delegationSection(visit), ...sections],
    styles: { h1: { fontSize: 16, bold: true }, h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 4] } },
  });
  return { data: doc, fileName: `briefing-${visit.id}-${visit.startDate}.pdf` };
}

/** "中文 / English" for a catalog key. */
const both = (key: string, params?: Record<string, unknown>) =>
  `${translate('zh-TW', `briefing.${key}`, params)} / ${translate('en', `briefing.${key}`, params)}`;
const enumBoth = (group: string, value: string) =>
  `${translate('zh-TW', `${group}.${value}`)} / ${translate('en', `${group}.${value}`)}`;
const namesOf = (zh: string | null, en: string | null) => [zh, en].filter(Boolean).join(' / ') || '—';

function table(headers: string[], rows: TableCell[][]): Content {
  if (!rows.length) return { text: both('none'), italics: true, margin: [0, 0, 0, 6] };
  return {
    table: {
      headerRows: 1,
      widths: headers.map(() => '*'),
      body: [headers.map((h) => ({ text: h, bold: true })), ...rows],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 0, 0, 6],
  };
}

function delegationSection(v: Visit): Content[] {
  const members = v.people.filter((p) => p.side === 'ours');
  const money = v.budget === null ? '—' : `NT$ ${v.budget.toLocaleString('en')}`;
  return [
    { text: both('title'), style: 'h1' },
    { text: namesOf(v.titleZh, v.titleEn), fontSize: 13, margin: [0, 4, 0, 8] },
    { text: `${both('dates')}：${v.startDate} – ${v.endDate}` },
    { text: `${both('topics')}：${v.topics ?? '—'}` },
    { text: `${both('budget')}：${money}（${v.fundingSource ?? '—'}）` },
    { text: both('members'), style: 'h2' },
    table(
      [both('name'), both('personTitle'), both('role')],
      members.map((m) => [m.name, m.title ?? '', enumBoth('engagementRoles', m.role)]),
    ),
    { text: both('itinerary'), style: 'h2' },
    table(
      [both('date'), both('time'), both('activity'), both('host')],
      v.itinerary.map((s) => [s.date, [s.start, s.end].filter(Boolean).join('–'), s.activity, s.host ?? '']),
    ),
    { text: both('counterparts'), style: 'h2' },
    table(
      [both('name'), both('personTitle')],
      v.people.filter((p) => p.side === 'theirs').map((m) => [m.name, m.title ?? '']),
    ),
  ];
}

async function partnerSection(db: Db, partnerId: number, visitId: number, today: string): Promise<Content[]> {
  const p = await data.findPartner(db, partnerId);
  if (!p) return [];
  const since = addDays(today, -3 * 365);
  const [agreements, places, mobility, visits, gifts] = await Promise.all([
    data.findAgreements(db, partnerId),
    data.findPlaces(db, partnerId),
    data.countMobility(db, partnerId, since),
    data.findPastVisits(db, partnerId, visitId),
    data.findPartnerGifts(db, partnerId),
  ]);
  const count = (d: string) => Number(mobility.find((m) => m.direction === d)?.n ?? 0);
  const country = `${defaultCountryName(p.country, 'zh-TW')} / ${defaultCountryName(p.country, 'en')}`;
  return [
    { text: namesOf(p.name_zh, p.name_en), style: 'h1', id: `partner-${p.id}` },
    { text: `${both('country')}：${country}　${namesOf(p.city_zh, p.city)}` },
    { text: `${both('website')}：${p.website ?? '—'}` },
    { text: `${both('partnerType')}：${enumBoth('partnerTypes', p.type)}` },
    { text: both('agreements'), style: 'h2' },
    table(
      [both('agreement'), both('kind'), both('period')],
      agreements.map((a) => [
        namesOf(a.title_zh, a.title_en),
        enumBoth('agreementKinds', a.kind),
        `${a.start_date ?? '—'} – ${a.end_date ?? '—'}`,
      ]),
    ),
    { text: both('places'), style: 'h2' },
    table(
      [both('academicYear'), both('direction'), both('level'), both('placeCount')],
      places.map((r) => [
        both('yearLabel', academicYearLabelParams(r.academic_year)),
        enumBoth('directions', r.direction),
        enumBoth('studyLevels', r.level),
        String(r.places),
      ]),
    ),
    { text: both('mobility'), style: 'h2' },
    { text: both('mobilityCounts', { inbound: count('inbound'), outbound: count('outbound'), since }) },
    { text: both('pastVisits'), style: 'h2' },
    table(
      [both('date'), both('direction'), both('visit')],
      visits.map((v) => [v.start_date, enumBoth('visitDirections', v.direction), namesOf(v.title_zh, v.title_en)]),
    ),
    { text: both('gifts'), style: 'h2' },
    table(
      [both('date'), both('recipient'), both('gift')],
      gifts.map((g) => [g.given_on, g.recipient, g.gift]),
    ),
  ];
}
