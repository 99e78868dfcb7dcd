import { LANGUAGE_NAMES, LANGUAGE_TAGS, LOCALES, type Locale } from '#shared/roles.js';
import type { LoginOption } from '#shared/schemas/sso.js';
import type { SignInStrings } from './sign-in.strings.js';

/** What the page is drawn from; both languages' strings ride along so the switch needs no reload. */
export type SignInView = {
  locale: Locale;
  strings: Record<Locale, SignInStrings>;
  providers: LoginOption[];
  logoUrl: string | null;
  /** Where to go after signing in (already made safe). */
  redirect: string;
  scriptUrl: string;
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
/** JSON inside <script type="application/json">: `<` escaped so no value can close the element. */
const jsonIsland = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The look of the web app's signed-out frame (Mantine's gray.0 page, a bordered card, blue.8 buttons for AA
 * contrast) in 2 KB of CSS, so the page paints complete from its HTML alone.
 */
const CSS = `
*{box-sizing:border-box}
body{margin:0;min-height:100dvh;background:#f8f9fa;color:#212529;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans TC","Noto Sans CJK TC","PingFang TC","Microsoft JhengHei",sans-serif}
header{display:flex;justify-content:space-between;align-items:center;gap:12px;padding:10px 16px}
.brand{display:flex;align-items:center;gap:12px;min-width:0}
.product{font-weight:700;font-size:18px}
.brand img{height:40px;width:auto;object-fit:contain}
.uni{font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.switch{display:flex;flex-shrink:0}
.switch button{white-space:nowrap;font:inherit;font-size:12px;font-weight:600;height:30px;padding:0 8px;border:1px solid #ced4da;background:#fff;color:#212529;cursor:pointer}
.switch button:first-child{border-radius:4px 0 0 4px}.switch button:last-child{border-radius:0 4px 4px 0;border-left:0}
.switch button[aria-pressed=true]{background:#1971c2;border-color:#1971c2;color:#fff}
main{display:flex;justify-content:center;padding:32px 16px}
.card{width:100%;max-width:420px;background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:32px;box-shadow:0 1px 3px rgba(0,0,0,.05),0 1px 2px rgba(0,0,0,.1)}
form{display:flex;flex-direction:column;gap:16px}
h1{font-size:26px;line-height:1.35;margin:0}
.intro{margin:4px 0 0;font-size:14px;color:#495057}
.alert{padding:12px 16px;border-radius:4px;background:#fff5f5;color:#c92a2a;font-size:14px}
.field{display:flex;flex-direction:column;gap:4px}
label{font-size:14px;font-weight:500}
label::after{content:" *"/"";color:#c92a2a}
input{font:inherit;font-size:14px;height:36px;padding:0 12px;border:1px solid #ced4da;border-radius:4px;background:#fff;color:inherit}
input:focus{outline:2px solid #1971c2;outline-offset:-1px}
input[aria-invalid=true]{border-color:#c92a2a}
.error{margin:0;font-size:12px;color:#c92a2a}
.button{display:flex;align-items:center;justify-content:center;font:inherit;font-size:14px;font-weight:600;height:36px;padding:0 18px;border-radius:4px;text-decoration:none;cursor:pointer}
.primary{border:0;background:#1971c2;color:#fff}.primary[disabled]{opacity:.6;cursor:wait}
.default{border:1px solid #ced4da;background:#fff;color:#212529}
.divider{display:flex;align-items:center;gap:8px;font-size:12px;color:#495057}
.divider::before,.divider::after{content:"";flex:1;border-top:1px solid #dee2e6}
.link{align-self:center;font-size:14px;color:#1971c2}
[hidden]{display:none!important}
@media (max-width:480px){.card{padding:24px 16px}}
`;

/** The sign-in page: complete HTML in the reader's language, working with one small deferred script. */
export function renderSignInPage(view: SignInView): string {
  const t = view.strings[view.locale];
  const e = escapeHtml;
  const switchButtons = LOCALES.map(
    (l) =>
      `<button type="button" lang="${LANGUAGE_TAGS[l]}" data-locale="${l}" aria-pressed="${l === view.locale}">${LANGUAGE_NAMES[l]}</button>`,
  ).join('');
  const providers = view.providers
    .map(
      (p) =>
        `<a class="button default" data-provider="${e(p.slug)}" href="${e(`${p.startUrl}?redirect=${encodeURIComponent(view.redirect)}`)}">${e(t.providers[p.slug] ?? p.slug)}</a>`,
    )
    .join('');
  const data = { locale: view.locale, redirect: view.redirect, strings: view.strings, tags: LANGUAGE_TAGS };
  return `<!doctype html>
<html lang="${LANGUAGE_TAGS[view.locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="description" content="Meridian：國際事務處的夥伴學校、合約、交流與報表平台 — the Office of International Affairs platform">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>${e(t.title)} · Meridian</title>
<style>${CSS}</style>
<script type="application/json" id="sign-in-data">${jsonIsland(data)}</script>
<script src="${e(view.scriptUrl)}" defer></script>
</head>
<body>
<header>
<div class="brand"><span class="product">Meridian</span>${view.logoUrl ? `<img src="${e(view.logoUrl)}" alt="">` : ''}<span class="uni" data-t="university">${e(t.university)}</span></div>
<div class="switch" role="group" aria-label="${e(t.language)}" data-t-label="language">${switchButtons}</div>
</header>
<main>
<div class="card">
<form id="sign-in" novalidate>
<div><h1 data-t="title">${e(t.title)}</h1><p class="intro" data-t="intro">${e(t.intro)}</p></div>
<div class="alert" role="alert" id="form-error" hidden></div>
${t.ssoFailure ? `<div class="alert" role="alert" data-testid="sso-error" data-t="ssoFailure">${e(t.ssoFailure)}</div>` : ''}
${providers}${view.providers.length ? `<div class="divider" data-t="or">${e(t.or)}</div>` : ''}
<div class="field"><label for="email" data-t="email">${e(t.email)}</label><input id="email" name="email" type="email" autocomplete="username" required aria-describedby="email-error"><p class="error" id="email-error" hidden></p></div>
<div class="field"><label for="password" data-t="password">${e(t.password)}</label><input id="password" name="password" type="password" autocomplete="current-password" required aria-describedby="password-error"><p class="error" id="password-error" hidden></p></div>
<button type="submit" class="button primary" data-t="submit">${e(t.submit)}</button>
<a class="link" href="/forgot-password" data-t="forgot">${e(t.forgot)}</a>
</form>
</div>
</main>
</body>
</html>`;
}
