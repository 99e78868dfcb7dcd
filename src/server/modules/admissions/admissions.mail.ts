import { appLink } from '#server/mail/links.js';
import { escapeHtml as e, type RenderedMail } from '#server/mail/templates.js';
import { translate } from '#shared/i18n/index.js';
import type { Locale } from '#shared/roles.js';
import { contactLine, type UniversityDetails } from '#shared/university.js';

/**
 * The mails an applicant gets, in their language: the sign-in code, the partner's invitation to
 * complete an exchange application, and the office's decision (the letter itself is in the portal).
 * Plain text and simple HTML, every value escaped. Texts: `admissionMail.*` (server-only catalog).
 */
function letter(locale: Locale, u: UniversityDetails, subject: string, paragraphs: string[], link?: [string, string]) {
  const signature = [locale === 'en' ? u.nameEn || u.nameZh : u.nameZh || u.nameEn, contactLine(u, locale)].filter(
    Boolean,
  );
  const text = [
    ...paragraphs.flatMap((p) => [p, '']),
    ...(link ? [`${link[0]}: ${link[1]}`, ''] : []),
    '—',
    ...signature,
    '',
  ];
  const html = `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-Hant-TW'}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#222">
${paragraphs.map((p) => `<p style="white-space:pre-wrap">${e(p)}</p>`).join('\n')}
${link ? `<p><a href="${e(link[1])}">${e(link[0])}</a></p>` : ''}
<hr><p style="color:#444;font-size:13px">${signature.map(e).join('<br>')}</p>
</body></html>
`;
  return { subject, text: text.join('\n'), html };
}

const portalLink = (email: string) => appLink(`/admission-portal?email=${encodeURIComponent(email)}`);

export function codeMail(
  locale: Locale,
  u: UniversityDetails,
  p: { code: string; minutes: number; email: string },
): RenderedMail {
  const t = (key: string) => translate(locale, key, p);
  return letter(
    locale,
    u,
    t('admissionMail.code.subject'),
    [t('admissionMail.code.body'), t('admissionMail.code.ignore')],
    [t('admissionMail.portal'), portalLink(p.email)],
  );
}

export function invitationMail(
  locale: Locale,
  u: UniversityDetails,
  p: { name: string; round: string; email: string },
): RenderedMail {
  const t = (key: string) => translate(locale, key, p);
  return letter(
    locale,
    u,
    t('admissionMail.invite.subject'),
    [t('admissionMail.greeting'), t('admissionMail.invite.body')],
    [t('admissionMail.portal'), portalLink(p.email)],
  );
}

export function decisionMail(
  locale: Locale,
  u: UniversityDetails,
  p: { name: string; round: string; decision: string; reason: string; email: string },
): RenderedMail {
  const t = (key: string) => translate(locale, key, p);
  return letter(
    locale,
    u,
    t('admissionMail.decision.subject'),
    [t('admissionMail.greeting'), t(`admissionMail.decision.${p.decision}`), t('admissionMail.decision.reason')],
    [t('admissionMail.portal'), portalLink(p.email)],
  );
}
