import { CEFR_LEVELS, STUDY_LEVELS } from '#shared/enums.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import type { Locale } from '#shared/roles.js';
import type { PortalPartnerQuery } from '#shared/schemas/portal.js';
import type { PartnerResult, PlaceOffer } from './partner-search.js';
import type { PartnerPage } from './portal.service.js';
import { type Html, html, paragraphs, teaser } from './portal-html.js';
import { portalUrl } from './portal-layout.js';
import { partnerMap } from './portal-map.js';
import type { PortalText } from './portal-text.js';

type Page = { title: string; description: string; body: Html };

function offerLine(x: PortalText, o: PlaceOffer) {
  const langs = o.languages.map((l) => `${x.language(l.language)} ${l.cefr}`).join('、');
  return html`<li>${x.t(`studyLevels.${o.level}`)} · ${x.t('portal.partners.placesN', { n: o.places })}${
    langs ? ` · ${langs}` : ''
  }${o.isced.length ? html` · <span class="muted">ISCED ${o.isced.join(', ')}</span>` : ''}</li>`;
}

function select(name: string, label: string, value: string | undefined, options: [string, string][]) {
  return html`<label>${label}<select name="${name}"><option value="">${'—'}</option>${options.map(
    ([v, text]) => html`<option value="${v}"${v === value ? html` selected` : ''}>${text}</option>`,
  )}</select></label>`;
}

export function partnerSearchPage(
  locale: Locale,
  x: PortalText,
  q: PortalPartnerQuery,
  results: PartnerResult[],
  all: PartnerResult[],
  year: number,
): Page {
  const counts = new Map<string, number>();
  for (const p of all) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const countries = [...new Map(all.map((p) => [p.country, x.country(p.country, p.country_zh, p.country_en)]))];
  countries.sort((a, b) => a[1].localeCompare(b[1], locale));
  const languages = [...new Set(all.flatMap((p) => p.offers.flatMap((o) => o.languages.map((l) => l.language))))];
  const base = portalUrl(locale, '/partners');
  const title = x.t('portal.partners.title');
  const body = html`<h1>${title}</h1>
<p>${x.t('portal.partners.intro', { year: x.academicYear(year) })}</p>
<form class="search" method="get" action="${base}" role="search">
<label>${x.t('portal.partners.q')}<input name="q" value="${q.q ?? ''}" maxlength="100"></label>
${select(
  'region',
  x.t('portal.partners.region'),
  q.region,
  MOE_REGIONS.map((r) => [r, x.t(`regions.${r}`)]),
)}
${select('country', x.t('portal.partners.country'), q.country, countries)}
${select(
  'level',
  x.t('portal.partners.level'),
  q.level,
  STUDY_LEVELS.map((l) => [l, x.t(`studyLevels.${l}`)]),
)}
<label>${x.t('portal.partners.field')}<input name="field" value="${q.field ?? ''}" inputmode="numeric" pattern="[0-9]{2,4}" maxlength="4"></label>
${select(
  'language',
  x.t('portal.partners.language'),
  q.language,
  languages.map((l) => [l, x.language(l)]),
)}
${select(
  'cefr',
  x.t('portal.partners.cefr'),
  q.cefr,
  CEFR_LEVELS.map((c) => [c, c]),
)}
<button type="submit">${x.t('portal.partners.search')}</button>
</form>
<h2>${x.t('portal.partners.resultsN', { n: results.length })}</h2>
<ul class="cards">${results.map(
    (
      p,
    ) => html`<li class="card"><h3><a href="${portalUrl(locale, `/partners/${p.id}`)}">${x.pick(p.name_zh, p.name_en)}</a></h3>
<div class="muted">${x.pick(p.city_zh, p.city)}${p.city ? '，' : ''}${x.country(p.country, p.country_zh, p.country_en)}</div>
<div>${x.t('portal.partners.placesThisYear', { n: p.placesThisYear })}</div>
${p.offers.length ? html`<ul>${p.offers.map((o) => offerLine(x, o))}</ul>` : ''}</li>`,
  )}</ul>
<h2>${x.t('portal.partners.map')}</h2>
${partnerMap(
  counts,
  x.t('portal.partners.mapLabel'),
  (c) => `${base}?country=${c}`,
  (c) => x.country(c),
)}`;
  return { title, description: x.t('portal.partners.description'), body };
}

/** One partner: the factsheet (the EWP fields), this year's places and what past students wrote. */
export function partnerPage(locale: Locale, x: PortalText, p: PartnerPage, year: number): Page {
  const name = x.pick(p.partner.name_zh, p.partner.name_en);
  const f = p.factsheet;
  const row = (label: string, value: Html | string | null | undefined) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : '';
  const deadlines = f?.deadlines ?? [];
  const requirements = paragraphs(x.pick(f?.requirementsZh, f?.requirementsEn));
  const body = html`<p><a href="${portalUrl(locale, '/partners')}">${x.t('portal.partners.back')}</a></p>
<h1>${name}</h1>
<p class="muted">${x.pick(p.partner.city_zh, p.partner.city)}${p.partner.city ? '，' : ''}${x.country(p.partner.country, p.partner.country_zh, p.partner.country_en)}</p>
${paragraphs(x.pick(p.partner.summary_zh, p.partner.summary_en))}
<h2>${x.t('portal.partners.placesTitle', { year: x.academicYear(year) })}</h2>
${p.offers.length ? html`<ul>${p.offers.map((o) => offerLine(x, o))}</ul>` : html`<p>${x.t('portal.partners.noPlaces')}</p>`}
<h2>${x.t('portal.factsheet.title')}</h2>
<dl>
${row(x.t('portal.factsheet.termDates'), x.pick(p.partner.term_dates_zh, p.partner.term_dates_en))}
${deadlines.map((d) =>
  row(
    x.t(`portal.factsheet.deadlines.${d.term}`),
    [
      d.nomination && x.t('portal.factsheet.nomination', { date: d.nomination }),
      d.application && x.t('portal.factsheet.application', { date: d.application }),
    ]
      .filter(Boolean)
      .join('；'),
  ),
)}
${row(x.t('portal.factsheet.instructionLanguages'), f?.instructionLanguages)}
${row(x.t('portal.factsheet.requirements'), requirements.value ? requirements : null)}
${row(x.t('portal.factsheet.catalogue'), p.partner.catalogue_url ? html`<a href="${p.partner.catalogue_url}" rel="noopener">${teaser(p.partner.catalogue_url, 60)}</a>` : null)}
${row(x.t('portal.factsheet.housing'), x.pick(f?.housingZh, f?.housingEn))}
${row(x.t('portal.factsheet.visa'), x.pick(f?.visaZh, f?.visaEn))}
${row(x.t('portal.factsheet.insurance'), x.pick(f?.insuranceZh, f?.insuranceEn))}
${row(x.t('portal.factsheet.contact'), p.partner.contact_email ? html`${p.partner.contact_office ?? ''} <a href="mailto:${p.partner.contact_email}">${p.partner.contact_email}</a>` : p.partner.contact_office)}
${row(x.t('portal.factsheet.website'), p.partner.website ? html`<a href="${p.partner.website}" rel="noopener">${teaser(p.partner.website, 60)}</a>` : null)}
</dl>
${f?.links.length ? html`<ul>${f.links.map((l) => html`<li><a href="${l.url}" rel="noopener">${l.label}</a></li>`)}</ul>` : ''}
<h2>${x.t('portal.testimonials.title')}</h2>
${
  p.testimonials.length
    ? p.testimonials.map(
        (s) =>
          html`<blockquote>${paragraphs(x.pick(s.text_zh, s.text_en))}<p class="muted">${[s.first_name, s.program, s.academic_year && x.academicYear(s.academic_year)].filter(Boolean).join('，')}</p></blockquote>`,
      )
    : html`<p>${x.t('portal.testimonials.none')}</p>`
}`;
  return {
    title: name,
    description: teaser(x.pick(p.partner.summary_zh, p.partner.summary_en)) || x.t('portal.partners.description'),
    body,
  };
}
