import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { contactLine, type UniversityDetails } from '#shared/university.js';
import { localParams, type NotificationParams, renderNotification } from './notification.render.js';

export type RenderedMail = { subject: string; text: string; html: string };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Detail rows shown under the message, for the parameters the notification has: [label, value]. */
function detailRows(locale: Locale, params: NotificationParams): [string, string][] {
  const v = localParams(locale, params);
  const has = (key: string) => params[key] !== undefined && params[key] !== null;
  const rows: [string, boolean, () => string][] = [
    ['notifications.mail.agreement', has('agreement'), () => String(v.agreement)],
    ['notifications.mail.partner', has('partner'), () => String(v.partner)],
    ['notifications.mail.endDate', has('endDate'), () => String(v.endDate)],
    ['notifications.mail.daysLeft', has('days'), () => translate(locale, 'notifications.mail.days', v)],
  ];
  return rows.filter(([, present]) => present).map(([key, , value]) => [translate(locale, key), value()]);
}

/** The signature: the university's name in the recipient's language, then its address and contacts. */
function signatureLines(locale: Locale, u: UniversityDetails): string[] {
  const name = locale === 'en' ? u.nameEn || u.nameZh : u.nameZh || u.nameEn;
  return [name, contactLine(u, locale)].filter(Boolean);
}

/**
 * The e-mail for a notification, in the recipient's language: subject = the notification's title;
 * plain text and a simple HTML version (every value escaped) with the details and a link to the record.
 */
export function renderNotificationMail(
  locale: Locale,
  input: {
    kind: string;
    params: NotificationParams;
    recipientName: string;
    link: string;
    /** The sender's university (administration → university), signed under every mail. */
    university: UniversityDetails;
  },
): RenderedMail {
  const { title, body } = renderNotification(locale, input.kind, input.params);
  const greeting = translate(locale, 'notifications.mail.greeting', { name: input.recipientName });
  // Agreement mails name what the link opens; the other kinds (documents, calls) say it generally.
  const open = translate(
    locale,
    input.kind.startsWith('agreement.') ? 'notifications.mail.open' : 'notifications.mail.openRecord',
  );
  const footer = translate(locale, 'notifications.mail.footer');
  const signature = signatureLines(locale, input.university);
  const rows = detailRows(locale, input.params);

  const text = [
    greeting,
    '',
    body,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    `${open}: ${input.link}`,
    '',
    '—',
    ...signature,
    footer,
    '',
  ].join('\n');

  const e = escapeHtml;
  const table = rows
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${e(label)}</th><td>${e(value)}</td></tr>`,
    )
    .join('');
  const html = `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-Hant-TW'}"><head><meta charset="utf-8"><title>${e(title)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#222">
<p>${e(greeting)}</p>
<p>${e(body)}</p>
<table role="presentation" style="border-collapse:collapse;margin:12px 0">${table}</table>
<p><a href="${e(input.link)}">${e(open)}</a></p>
<hr><p style="color:#444;font-size:13px">${signature.map(e).join('<br>')}</p>
<p style="color:#666;font-size:12px">${e(footer)}</p>
</body></html>
`;
  return { subject: `[Meridian] ${title}`, text, html };
}
