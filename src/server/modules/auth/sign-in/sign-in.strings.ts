import { catalogs } from '#shared/i18n/index.js';
import { mergeCatalogs } from '#shared/i18n/merge.js';
import { uiSsoEn } from '#shared/i18n/ui.sso.en.js';
import { uiSsoZhTW } from '#shared/i18n/ui.sso.zh-TW.js';
import type { Locale } from '#shared/roles.js';
import type { LoginOption } from '#shared/schemas/sso.js';
import type { University } from '#shared/schemas/university.js';
import { SSO_FAILURES, type SsoFailure } from '#shared/sso.js';

/** Every text of the sign-in page in one language: the web app's own catalog entries, nothing written twice. */
export type SignInStrings = {
  title: string;
  intro: string;
  email: string;
  password: string;
  submit: string;
  forgot: string;
  language: string;
  or: string;
  university: string;
  /** Why the last sign-in through a provider was refused (`?sso_error=`), or ''. */
  ssoFailure: string;
  /** One button label per provider, by its slug. */
  providers: Record<string, string>;
  /** Shown when the server could not be reached or answered without a message. */
  failed: string;
};

/** The shell's catalogs with the sign-in providers' part (ui.sso.*), looked up by their keys as the web app did. */
const CATALOGS = {
  'zh-TW': mergeCatalogs(catalogs['zh-TW'], uiSsoZhTW),
  en: mergeCatalogs(catalogs.en, uiSsoEn),
} as const;

function text(locale: Locale, key: string, params: Record<string, string> = {}): string {
  let node: unknown = CATALOGS[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`sign-in page: no string ${key}`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => params[name] ?? '');
}

export const isSsoFailure = (v: unknown): v is SsoFailure => SSO_FAILURES.includes(v as SsoFailure);

export function signInStrings(
  locale: Locale,
  university: Pick<University, 'nameZh' | 'nameEn'> | undefined,
  providers: LoginOption[],
  ssoError: string | undefined,
): SignInStrings {
  const en = locale === 'en';
  // Any other value in ?sso_error= still says the sign-in failed (as the web app did), in general words.
  const failure = ssoError ? (isSsoFailure(ssoError) ? ssoError : 'invalid') : null;
  return {
    title: text(locale, 'auth.login.title'),
    intro: text(locale, 'app.name'),
    email: text(locale, 'auth.login.email'),
    password: text(locale, 'auth.login.password'),
    submit: text(locale, 'auth.login.submit'),
    forgot: text(locale, 'auth.login.forgotLink'),
    language: text(locale, 'common.language'),
    or: text(locale, 'ssoLogin.or'),
    university: university
      ? en
        ? university.nameEn || university.nameZh
        : university.nameZh || university.nameEn
      : '',
    ssoFailure: failure ? text(locale, `ssoLogin.failures.${failure}`) : '',
    providers: Object.fromEntries(
      providers.map((p) => [p.slug, text(locale, 'ssoLogin.signInWith', { name: en ? p.nameEn : p.nameZh })]),
    ),
    failed: text(locale, 'common.networkError'),
  };
}
