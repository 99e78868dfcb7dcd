import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { type Html, html, trusted } from './portal-html.js';
import { PORTAL_CSS } from './portal-style.js';

export const PORTAL_LOCALES = ['zh-TW', 'en'] as const satisfies readonly Locale[];
export const PORTAL_BASE = '/portal';

/** What every page says about itself: its path after the language, title and description (for search engines). */
export type PageMeta = { locale: Locale; path: string; title: string; description: string; appUrl: string };

export const portalUrl = (locale: Locale, path: string) => `${PORTAL_BASE}/${locale}${path}`;

/** The home page's path after the language. */
const HOME = '';

/** The pages in the menu, in order; the FAQ is filled by the enquiry desk (issue 20 item 3). */
const NAV = [
  [HOME, 'portal.nav.home'],
  ['/news', 'portal.nav.news'],
  ['/partners', 'portal.nav.partners'],
  ['/calls', 'portal.nav.calls'],
  ['/how-to-apply', 'portal.nav.howToApply'],
  ['/resources', 'portal.nav.resources'],
  ['/faq', 'portal.nav.faq'],
] as const;

/** The whole page: language, description, canonical and hreflang links, the menu and the one stylesheet. */
export function layout(meta: PageMeta, body: Html): string {
  const { locale, path } = meta;
  const t = (key: string) => translate(locale, key);
  const other: Locale = locale === 'en' ? 'zh-TW' : 'en';
  const abs = (l: Locale) => `${meta.appUrl}${portalUrl(l, path)}`;
  const current = (href: string) => (href === '' ? path === '' : path.startsWith(href));
  return `<!doctype html>${html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${meta.title} | ${t('portal.brand')}</title>
<meta name="description" content="${meta.description}">
<link rel="canonical" href="${abs(locale)}">
<link rel="alternate" hreflang="zh-TW" href="${abs('zh-TW')}">
<link rel="alternate" hreflang="en" href="${abs('en')}">
<link rel="alternate" hreflang="x-default" href="${abs('zh-TW')}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${trusted(PORTAL_CSS)}</style>
</head>
<body>
<a class="skip" href="#main">${t('portal.skip')}</a>
<header>
<div class="top">
<a class="brand" href="${portalUrl(locale, '')}">${t('portal.brand')}</a>
<a href="${portalUrl(other, path)}" hreflang="${other}" lang="${other}">${translate(other, 'portal.languageName')}</a>
</div>
<nav aria-label="${t('portal.nav.label')}"><ul>${NAV.map(
    ([href, key]) =>
      html`<li><a href="${portalUrl(locale, href)}"${current(href) ? trusted(' aria-current="page"') : ''}>${t(key)}</a></li>`,
  )}</ul></nav>
</header>
<main id="main">
${body}
</main>
<footer>${t('portal.footer')} · <a href="/login">${t('portal.staffSignIn')}</a></footer>
</body>
</html>`}`;
}
