import type { Locale } from '#shared/roles.js';
import { contactLine, type UniversityDetails } from '#shared/university.js';
import { escapeHtml as e, type RenderedMail } from './templates.js';

/**
 * A plain letter to someone outside the university (an enquirer, a lead, a partner's coordinator, a
 * nominee): paragraphs, an optional link, the university's signature and a footer. Plain text and
 * simple HTML, every value escaped.
 */
export function simpleLetter(
  locale: Locale,
  u: UniversityDetails,
  m: { subject: string; paragraphs: string[]; link?: [string, string] | undefined; footer: string },
): RenderedMail {
  const { subject, paragraphs, link, footer } = m;
  const signature = [locale === 'en' ? u.nameEn || u.nameZh : u.nameZh || u.nameEn, contactLine(u, locale)].filter(
    Boolean,
  );
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
