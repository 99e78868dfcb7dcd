import { appLink } from '#server/mail/links.js';
import { simpleLetter } from '#server/mail/simple-letter.js';
import type { RenderedMail } from '#server/mail/templates.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import type { UniversityDetails } from '#shared/university.js';

/**
 * The two mails an enquirer gets, in the language they wrote in: the acknowledgement with the reference
 * number and the date a first answer is due, and each reply (its text, the reference, and a link to rate
 * the answer). Plain text and simple HTML, every value escaped.
 */
const letter = (locale: Locale, u: UniversityDetails, subject: string, paragraphs: string[], link?: [string, string]) =>
  simpleLetter(locale, u, { subject, paragraphs, link, footer: translate(locale, 'enquiryMail.footer') });

export function acknowledgementMail(
  locale: Locale,
  u: UniversityDetails,
  p: { name: string; reference: string; subject: string; due: string },
): RenderedMail {
  const t = (key: string) => translate(locale, key, p);
  return letter(locale, u, t('enquiryMail.ack.subject'), [
    t('enquiryMail.greeting'),
    t('enquiryMail.ack.body'),
    t('enquiryMail.ack.due'),
  ]);
}

export function replyMail(
  locale: Locale,
  u: UniversityDetails,
  p: { name: string; reference: string; subject: string; body: string; ratingToken: string },
): RenderedMail {
  const t = (key: string) => translate(locale, key, p);
  const link = appLink(`/ask/rate?token=${encodeURIComponent(p.ratingToken)}`);
  return letter(
    locale,
    u,
    t('enquiryMail.reply.subject'),
    [t('enquiryMail.greeting'), p.body, t('enquiryMail.reply.closing')],
    [t('enquiryMail.reply.rate'), link],
  );
}
