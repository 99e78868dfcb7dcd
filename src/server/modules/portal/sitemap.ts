import type { Db } from '#server/db/client.js';
import * as repo from './portal.repository.js';
import { escapeHtml } from './portal-html.js';
import { PORTAL_BASE, PORTAL_LOCALES, portalUrl } from './portal-layout.js';

const STATIC_PAGES = ['', '/news', '/partners', '/calls', '/how-to-apply', '/resources', '/faq'];
const SITEMAP_NEWS = 500;

/** Search engines may read the portal and nothing else (the app behind sign-in stays out). */
export const robotsTxt = (appUrl: string) =>
  `User-agent: *\nAllow: ${PORTAL_BASE}/\nDisallow: /\nSitemap: ${appUrl}/sitemap.xml\n`;

/** Every public page in both languages, each listing its other-language twin (hreflang). */
export async function sitemapXml(db: Db, appUrl: string): Promise<string> {
  const [news, partners] = await Promise.all([repo.publishedNews(db, SITEMAP_NEWS), repo.publicPartners(db)]);
  const paths = [
    ...STATIC_PAGES.map((path) => ({ path, lastmod: undefined as string | undefined })),
    ...news.map((n) => ({ path: `/news/${n.id}`, lastmod: n.updated_at.slice(0, 10) })),
    ...partners.map((p) => ({ path: `/partners/${p.id}`, lastmod: p.updated_at.slice(0, 10) })),
  ];
  const urls = paths.flatMap(({ path, lastmod }) =>
    PORTAL_LOCALES.map((locale) => {
      const alternates = PORTAL_LOCALES.map(
        (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeHtml(appUrl + portalUrl(l, path))}"/>`,
      ).join('');
      const mod = lastmod ? `<lastmod>${lastmod}</lastmod>` : '';
      return `<url><loc>${escapeHtml(appUrl + portalUrl(locale, path))}</loc>${mod}${alternates}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
