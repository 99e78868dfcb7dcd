import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { contactLine, type UniversityDetails } from '#shared/university.js';
import { appLink } from './links.js';
import { localParams, type NotificationParams, renderNotification } from './notification.render.js';

export type RenderedMail = { subject: string; text: string; html: string };

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const e = escapeHtml;

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

/** One notification as a block of a mail: its text, detail rows and (when the reader has an account) a link. */
export type MailItem = { kind: string; params: NotificationParams; path: string | null };

function itemBlock(locale: Locale, item: MailItem, heading: boolean): { title: string; text: string; html: string } {
  const { title, body } = renderNotification(locale, item.kind, item.params);
  // Agreement mails name what the link opens; the other kinds (documents, calls) say it generally.
  const open = translate(
    locale,
    item.kind.startsWith('agreement.') ? 'notifications.mail.open' : 'notifications.mail.openRecord',
  );
  const rows = detailRows(locale, item.params);
  const link = item.path === null ? null : appLink(item.path);
  const text = [
    ...(heading ? [`■ ${title}`] : []),
    body,
    ...(rows.length ? ['', ...rows.map(([label, value]) => `${label}: ${value}`)] : []),
    ...(link ? ['', `${open}: ${link}`] : []),
  ].join('\n');
  const table = rows
    .map(
      ([label, value]) =>
        `<tr><th align="left" style="padding:2px 12px 2px 0">${e(label)}</th><td>${e(value)}</td></tr>`,
    )
    .join('');
  const html = [
    heading ? `<h3 style="margin:16px 0 4px">${e(title)}</h3>` : '',
    `<p>${e(body)}</p>`,
    table ? `<table role="presentation" style="border-collapse:collapse;margin:12px 0">${table}</table>` : '',
    link ? `<p><a href="${e(link)}">${e(open)}</a></p>` : '',
  ].join('\n');
  return { title, text, html };
}

/** The signature: the university's name in the recipient's language, then its address and contacts. */
function signatureLines(locale: Locale, u: UniversityDetails): string[] {
  const name = locale === 'en' ? u.nameEn || u.nameZh : u.nameZh || u.nameEn;
  return [name, contactLine(u, locale)].filter(Boolean);
}

/** Greeting, blocks, the university's signature and the footer in one language. */
function letter(
  locale: Locale,
  to: { name: string; university: UniversityDetails },
  blocks: { text: string; html: string }[],
  intro?: string,
) {
  const greeting = translate(locale, 'notifications.mail.greeting', { name: to.name });
  const footer = translate(locale, 'notifications.mail.footer');
  const signature = signatureLines(locale, to.university);
  const text = [
    greeting,
    '',
    ...(intro ? [intro, ''] : []),
    blocks.map((b) => b.text).join('\n\n'),
    '',
    '—',
    ...signature,
    footer,
    '',
  ];
  const html = [
    `<p>${e(greeting)}</p>`,
    intro ? `<p>${e(intro)}</p>` : '',
    ...blocks.map((b) => b.html),
    `<hr><p style="color:#444;font-size:13px">${signature.map(e).join('<br>')}</p>`,
    `<p style="color:#666;font-size:12px">${e(footer)}</p>`,
  ].join('\n');
  return { text: text.join('\n'), html };
}

function page(lang: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-Hant-TW'}"><head><meta charset="utf-8"><title>${e(title)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#222">
${body}
</body></html>
`;
}

/**
 * The e-mail for one notification, in the recipient's language: subject = the notification's title;
 * plain text and a simple HTML version (every value escaped) with the details and a link to the record.
 */
export function renderNotificationMail(
  locale: Locale,
  input: {
    kind: string;
    params: NotificationParams;
    recipientName: string;
    path: string;
    /** The sender's university (administration → university), signed under every mail. */
    university: UniversityDetails;
  },
): RenderedMail {
  const block = itemBlock(locale, input, false);
  const { text, html } = letter(locale, { name: input.recipientName, university: input.university }, [block]);
  return { subject: `[Meridian] ${block.title}`, text, html: page(locale, block.title, html) };
}

/** A digest spells out this many notifications; the rest are counted, with a link to the notifications page. */
export const DIGEST_MAX_ITEMS = 20;

/** The daily digest: every notification of the day that waited for it, in one mail. */
export function renderDigestMail(
  locale: Locale,
  input: { recipientName: string; date: string; items: MailItem[]; university: UniversityDetails },
): RenderedMail {
  const count = input.items.length;
  const subject = translate(locale, 'notifications.digest.subject', { date: input.date, count });
  const intro = translate(locale, 'notifications.digest.intro', { count });
  const blocks: { text: string; html: string }[] = input.items
    .slice(0, DIGEST_MAX_ITEMS)
    .map((item) => itemBlock(locale, item, true));
  if (count > DIGEST_MAX_ITEMS) {
    const more = translate(locale, 'notifications.digest.more', { count: count - DIGEST_MAX_ITEMS });
    const link = appLink('/notifications');
    blocks.push({ text: `${more}: ${link}`, html: `<p><a href="${e(link)}">${e(more)}</a></p>` });
  }
  const { text, html } = letter(locale, { name: input.recipientName, university: input.university }, blocks, intro);
  return { subject: `[Meridian] ${subject}`, text, html: page(locale, subject, html) };
}

/**
 * A notification for someone without an account (e.g. an applicant who is a person, not a user): both
 * languages in one mail, Chinese first, and no link — there is nothing they could sign in to.
 */
export function renderBilingualMail(input: {
  kind: string;
  params: NotificationParams;
  names: Record<Locale, string>;
  university: UniversityDetails;
}): RenderedMail {
  const item = { kind: input.kind, params: input.params, path: null };
  const parts = (['zh-TW', 'en'] as const).map((locale) => {
    const block = itemBlock(locale, item, false);
    return {
      title: block.title,
      ...letter(locale, { name: input.names[locale], university: input.university }, [block]),
    };
  });
  const [zh, en] = parts as [(typeof parts)[number], (typeof parts)[number]];
  return {
    subject: `[Meridian] ${zh.title} / ${en.title}`,
    text: `${zh.text}\n==========\n\n${en.text}`,
    html: page('zh-TW', zh.title, `${zh.html}\n<hr>\n<div lang="en">${en.html}</div>`),
  };
}
