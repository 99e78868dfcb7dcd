import type { Locale } from '#shared/roles.js';
import type { NewsRow, OpenCallRow, PublicResourceRow } from './portal.repository.js';
import { type Html, html, paragraphs, teaser, trusted } from './portal-html.js';
import { portalUrl } from './portal-layout.js';
import type { PortalText } from './portal-text.js';

type Page = { title: string; description: string; body: Html };

const newsPhoto = (locale: Locale, x: PortalText, n: NewsRow, eager = false) =>
  n.photo_file_id
    ? html`<img src="${portalUrl(locale, `/news/${n.id}/photo`)}" alt="${x.pick(n.photo_alt_zh, n.photo_alt_en)}" width="640" height="400"${eager ? '' : html` loading="lazy"`}>`
    : '';

/** News as cards; `h` is the cards' heading level (below the page's h1 or a section's h2). */
function newsCards(locale: Locale, x: PortalText, news: NewsRow[], h: 'h2' | 'h3') {
  if (!news.length) return html`<p>${x.t('portal.news.none')}</p>`;
  return html`<ul class="cards">${news.map(
    (
      n,
    ) => html`<li class="card">${newsPhoto(locale, x, n)}${trusted(`<${h}>`)}<a href="${portalUrl(locale, `/news/${n.id}`)}">${x.pick(n.title_zh, n.title_en)}</a>${trusted(`</${h}>`)}
<div class="muted">${n.published_on}</div><p>${teaser(x.pick(n.body_zh, n.body_en), 120)}</p></li>`,
  )}</ul>`;
}

function callList(locale: Locale, x: PortalText, calls: OpenCallRow[], h: 'h2' | 'h3') {
  if (!calls.length) return html`<p>${x.t('portal.calls.none')}</p>`;
  return html`<ul class="cards">${calls.map(
    (c) => html`<li class="card">${trusted(`<${h}>`)}${x.pick(c.title_zh, c.title_en)}${trusted(`</${h}>`)}
<div>${x.t('portal.calls.deadline', { date: c.deadline })}</div>
<div class="muted">${x.academicYear(c.academic_year)} · ${x.t(`portal.calls.terms.${c.term}`)}</div>
${paragraphs(teaser(x.pick(c.description_zh, c.description_en), 300))}
<a href="${portalUrl(locale, '/how-to-apply')}">${x.t('portal.nav.howToApply')}</a></li>`,
  )}</ul>`;
}

export function homePage(locale: Locale, x: PortalText, news: NewsRow[], calls: OpenCallRow[]): Page {
  const title = x.t('portal.home.title');
  const body = html`<h1>${title}</h1>
<p>${x.t('portal.home.intro')}</p>
<p><a href="${portalUrl(locale, '/partners')}">${x.t('portal.home.findPartner')}</a></p>
<h2>${x.t('portal.calls.title')}</h2>${callList(locale, x, calls, 'h3')}
<h2>${x.t('portal.news.title')}</h2>${newsCards(locale, x, news, 'h3')}
<p><a href="${portalUrl(locale, '/news')}">${x.t('portal.news.all')}</a></p>`;
  return { title, description: x.t('portal.home.description'), body };
}

export function newsListPage(locale: Locale, x: PortalText, news: NewsRow[]): Page {
  const title = x.t('portal.news.title');
  return {
    title,
    description: x.t('portal.news.description'),
    body: html`<h1>${title}</h1>${newsCards(locale, x, news, 'h2')}`,
  };
}

export function newsPage(locale: Locale, x: PortalText, n: NewsRow): Page {
  const title = x.pick(n.title_zh, n.title_en);
  const body = html`<p><a href="${portalUrl(locale, '/news')}">${x.t('portal.news.back')}</a></p>
<article><h1>${title}</h1><div class="muted">${n.published_on}</div>
${newsPhoto(locale, x, n, true)}${paragraphs(x.pick(n.body_zh, n.body_en))}</article>`;
  return { title, description: teaser(x.pick(n.body_zh, n.body_en)) || x.t('portal.news.description'), body };
}

export function callsPage(locale: Locale, x: PortalText, calls: OpenCallRow[]): Page {
  const title = x.t('portal.calls.title');
  return {
    title,
    description: x.t('portal.calls.description'),
    body: html`<h1>${title}</h1>${callList(locale, x, calls, 'h2')}`,
  };
}

/** The steps every outgoing student follows; the office edits them in the catalogs (portal.apply.*). */
export function howToApplyPage(locale: Locale, x: PortalText): Page {
  const title = x.t('portal.apply.title');
  const steps = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;
  const body = html`<h1>${title}</h1><p>${x.t('portal.apply.intro')}</p>
<ol>${steps.map((s) => html`<li>${x.t(`portal.apply.${s}`)}</li>`)}</ol>
<p><a href="${portalUrl(locale, '/calls')}">${x.t('portal.calls.title')}</a> · <a href="${portalUrl(locale, '/partners')}">${x.t('portal.partners.title')}</a> · <a href="/login">${x.t('portal.apply.signIn')}</a></p>`;
  return { title, description: x.t('portal.apply.intro'), body };
}

export function resourcesPage(locale: Locale, x: PortalText, items: PublicResourceRow[]): Page {
  const title = x.t('portal.resources.title');
  const groups = new Map<string, PublicResourceRow[]>();
  for (const r of items) {
    const key = x.pick(r.category_zh, r.category_en);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const link = (r: PublicResourceRow) =>
    r.kind === 'link' ? r.url : r.current_version_id ? portalUrl(locale, `/resources/${r.id}/file`) : null;
  const body = html`<h1>${title}</h1>${groups.size ? '' : html`<p>${x.t('portal.resources.none')}</p>`}
${[...groups].map(
  ([category, rows]) =>
    html`<h2>${category}</h2><ul>${rows.map((r) => {
      const href = link(r);
      const name = x.pick(r.title_zh, r.title_en);
      return html`<li>${href ? html`<a href="${href}" rel="noopener">${name}</a>` : name}${
        r.languages === 'both' ? '' : html` <span class="tag">${x.t(`portal.resources.only.${r.languages}`)}</span>`
      }${r.description_zh || r.description_en ? html`<div class="muted">${x.pick(r.description_zh, r.description_en)}</div>` : ''}</li>`;
    })}</ul>`,
)}`;
  return { title, description: x.t('portal.resources.description'), body };
}
