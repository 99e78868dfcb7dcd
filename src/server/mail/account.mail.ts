import { BUSINESS_TIME_ZONE } from '#shared/calendar.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import type { RenderedMail } from './templates.js';

export type AccountMailPurpose = 'invite' | 'reset';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The link's end in the university's time zone, the way the reader writes dates and times. */
function expiryText(locale: Locale, expiresAt: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-TW', {
    timeZone: BUSINESS_TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(expiresAt));
}

/**
 * The mail with a one-time link that sets a password: an invitation to a new account, or a reset the
 * user asked for; in the recipient's language, plain text and simple HTML (every value escaped).
 */
export function renderAccountMail(
  locale: Locale,
  purpose: AccountMailPurpose,
  input: { name: string; email: string; link: string; expiresAt: string },
): RenderedMail {
  const t = (key: string) =>
    translate(locale, key, { name: input.name, email: input.email, expires: expiryText(locale, input.expiresAt) });
  const greeting = t('accountMail.greeting');
  const body = t(`accountMail.${purpose}.body`);
  const action = t(`accountMail.${purpose}.action`);
  const ignore = purpose === 'reset' ? t('accountMail.reset.ignore') : null;
  const footer = t('accountMail.footer');
  const text = [
    greeting,
    '',
    body,
    '',
    `${action}${locale === 'en' ? ': ' : '：'}${input.link}`,
    '',
    ...(ignore ? [ignore, ''] : []),
    '—',
    footer,
    '',
  ];
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-Hant-TW'}"><head><meta charset="utf-8"><title>${e(action)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#222">
<p>${e(greeting)}</p>
<p>${e(body)}</p>
<p><a href="${e(input.link)}">${e(action)}</a></p>
${ignore ? `<p>${e(ignore)}</p>\n` : ''}<hr><p style="color:#666;font-size:12px">${e(footer)}</p>
</body></html>
`;
  return { subject: t(`accountMail.${purpose}.subject`), text: text.join('\n'), html };
}
