import { appLink } from '#server/mail/links.js';
import { escapeHtml as e, type RenderedMail } from '#server/mail/templates.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { contactLine, type UniversityDetails } from '#shared/university.js';

/**
 * The two mails an enquirer gets, in the language they wrote in: the acknowledgement with the reference
 * number and the date a first answer is due, and each reply (its text, the reference, and a link to rate
 * the answer). Plain text and simple HTML, every value escaped.
 */
function letter(locale: Locale, u: UniversityDetails, subject: string, paragraphs: string[], link?: [string, string]) {
  const signature = [locale === 'en' ? u.nameEn || u.nameZh : u.nameZh || u.nameEn, contactLine(u, locale)].filter(
    Boolean,
  );
  const footer = translate(locale, 'enquiryMail.footer');
  const text = [
    ...paragraphs.flatMap((p) => [p, '']),
    ...(link ? [`${link[0]}: ${link[1]}`, ''] : []),
    '—',
    ...signature,
    footer,
    '',
  ];
  const html = `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-Hant-TW'}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#222">
${paragraphs.map((p) => `<p style="white-space:pre-wrap">${e(p)}</p>`).join('\n')}
${link ? `<p><a href="${e(link[1])}">${e(link[0])}</a></p>` : ''}
<hr><p style="color:#444;font-size:13px">${signature.map(e).join('<br>')}</p>
<p style="color:#666;font-size:12px">${e(footer)}</p>
</body></html>
`;
  return { subject, text: text.join('\n'), html };
}

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
