import type { Db } from '#server/db/client.js';
import { publicFaq } from '#server/modules/enquiries/faq.service.js';
import type { Locale } from '#shared/roles.js';
import { html } from './portal-html.js';
import { portalUrl } from './portal-layout.js';
import type { PortalText } from './portal-text.js';

/**
 * The FAQ: the answers the enquiry desk promoted and published (enquiries/faq.service.ts), grouped by
 * category, in the page's language. An entry not yet translated is shown in the language it has, marked with
 * its `lang` (staff see the missing translation flagged on the desk, never the public).
 */
export async function faqPage(db: Db, locale: Locale, x: PortalText) {
  const title = x.t('portal.faq.title');
  const { items } = await publicFaq(db);
  const pick = (zh: string | null, en: string | null) => {
    const own = locale === 'en' ? en : zh;
    if (own) return { text: own, lang: locale === 'en' ? 'en' : 'zh-Hant-TW' };
    return { text: (locale === 'en' ? zh : en) ?? '', lang: locale === 'en' ? 'zh-Hant-TW' : 'en' };
  };
  if (!items.length) {
    const body = html`<h1>${title}</h1><p>${x.t('portal.faq.pending')}</p>
<ul><li><a href="${portalUrl(locale, '/how-to-apply')}">${x.t('portal.apply.title')}</a></li>
<li><a href="${portalUrl(locale, '/partners')}">${x.t('portal.partners.title')}</a></li></ul>`;
    return { title, description: x.t('portal.faq.pending'), body };
  }
  const categories = [...new Set(items.map((i) => i.category.code))];
  const sections = categories.map((code) => {
    const inCategory = items.filter((i) => i.category.code === code);
    const first = inCategory[0] as (typeof items)[number];
    const name = locale === 'en' ? first.category.nameEn : first.category.nameZh;
    const entries = inCategory.map((i) => {
      const q = pick(i.questionZh, i.questionEn);
      const a = pick(i.answerZh, i.answerEn);
      return html`<details><summary lang="${q.lang}">${q.text}</summary><p lang="${a.lang}">${a.text}</p></details>`;
    });
    return html`<section><h2>${name}</h2>${entries}</section>`;
  });
  return { title, description: x.t('portal.faq.description'), body: html`<h1>${title}</h1>${sections}` };
}
