import type { Db } from '#server/db/client.js';
import { appLink } from '#server/mail/links.js';
import { simpleLetter } from '#server/mail/simple-letter.js';
import type { RenderedMail } from '#server/mail/templates.js';
import { loadUniversityDetails } from '#server/modules/university/letterhead.js';
import { toRocYear } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';

/** The coordinator's personal link, in the language chosen for them. */
export async function linkMail(
  db: Db,
  locale: Locale,
  p: { name: string; partner: string; token: string; expires: string },
): Promise<RenderedMail> {
  const t = (key: string) => translate(locale, key, p);
  return simpleLetter(locale, await loadUniversityDetails(db), {
    subject: t('nominationMail.link.subject'),
    paragraphs: [t('nominationMail.link.greeting'), t('nominationMail.link.body'), t('nominationMail.link.expires')],
    link: [t('nominationMail.link.open'), appLink(`/nominate/${p.token}`)],
    footer: t('nominationMail.footer'),
  });
}

/** The nominee's invitation: both languages in one mail (we do not know which they read), Chinese first. */
export async function invitationMail(
  db: Db,
  n: { givenName: string; familyName: string; academicYear: number; term: string },
): Promise<RenderedMail> {
  const u = await loadUniversityDetails(db);
  const parts = (['zh-TW', 'en'] as const).map((locale) => {
    const params = {
      name: `${n.givenName} ${n.familyName}`,
      year: locale === 'en' ? `${n.academicYear}/${n.academicYear + 1}` : `${toRocYear(n.academicYear)}學年度`,
      term: translate(locale, `nominationTerms.${n.term}`),
    };
    const t = (key: string) => translate(locale, key, params);
    return simpleLetter(locale, u, {
      subject: t('nominationMail.invite.subject'),
      paragraphs: [t('nominationMail.invite.greeting'), t('nominationMail.invite.body')],
      footer: t('nominationMail.footer'),
    });
  });
  const [zh, en] = parts as [RenderedMail, RenderedMail];
  return {
    subject: `${zh.subject} / ${en.subject}`,
    text: `${zh.text}\n==========\n\n${en.text}`,
    html: `${zh.html}\n<hr>\n${en.html}`,
  };
}
