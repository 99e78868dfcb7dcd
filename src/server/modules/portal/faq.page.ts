import type { Locale } from '#shared/roles.js';
import { html } from './portal-html.js';
import { portalUrl } from './portal-layout.js';
import type { PortalText } from './portal-text.js';

/**
 * THE FAQ SLOT. The enquiry desk (issue 20 item 3, built separately) publishes answers promoted to the FAQ
 * here: replace this page's body with the published entries in the page's language (flagging a missing
 * translation to staff, never to the public). Until then the page points to what already answers most
 * questions. The route, menu entry and sitemap entry are in place (portal.routes.ts, portal-layout.ts).
 */
export async function faqPage(locale: Locale, x: PortalText) {
  const title = x.t('portal.faq.title');
  const body = html`<h1>${title}</h1><p>${x.t('portal.faq.pending')}</p>
<ul><li><a href="${portalUrl(locale, '/how-to-apply')}">${x.t('portal.apply.title')}</a></li>
<li><a href="${portalUrl(locale, '/partners')}">${x.t('portal.partners.title')}</a></li></ul>`;
  return { title, description: x.t('portal.faq.pending'), body };
}
