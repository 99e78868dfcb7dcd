import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { loginOptions } from '#server/modules/sso/identity-provider.service.js';
import { getUniversity } from '#server/modules/university/university.service.js';
import { safeReturnPath } from '#shared/return-path.js';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from '#shared/roles.js';
import { renderSignInPage } from './sign-in.page.js';
import { signInStrings } from './sign-in.strings.js';

const SCRIPT = readFileSync(new URL('./sign-in.client.js', import.meta.url));
/** Named by its content, as Vite names the app's files: a new release is a new address, cached for a year. */
export const SIGN_IN_SCRIPT_URL = `/sign-in.${createHash('sha256').update(SCRIPT).digest('hex').slice(0, 12)}.js`;

/**
 * `?lang=` (a link to the page in a language), else the language last switched to here or in the app, else
 * Chinese — as the web app itself starts, so the page and the app after it never disagree.
 */
function pageLocale(req: FastifyRequest, query: { lang?: unknown }): Locale {
  if (isLocale(query.lang)) return query.lang;
  const saved = req.cookies[LOCALE_COOKIE];
  return isLocale(saved) ? saved : DEFAULT_LOCALE;
}

/**
 * GET /login: the sign-in page as complete HTML from the server, without the web app (docs/decisions/0045).
 * The app's 1 MB of script was the whole of the page's slowness on a phone; this page is 3 KB of HTML plus a 2 KB
 * script. Someone already signed in goes straight on.
 */
export async function signInRoutes(app: FastifyInstance) {
  app.get('/login', { schema: { hide: true } }, async (req, reply) => {
    const query = req.query as { redirect?: unknown; sso_error?: unknown; lang?: unknown };
    const redirect = safeReturnPath(query.redirect);
    if (req.user) return reply.redirect(redirect, 303);
    const [university, options] = await Promise.all([getUniversity(app.deps.db), loginOptions(app.deps)]);
    const ssoError = typeof query.sso_error === 'string' ? query.sso_error : undefined;
    const locale = pageLocale(req, query);
    const strings = {
      'zh-TW': signInStrings('zh-TW', university, options.providers, ssoError),
      en: signInStrings('en', university, options.providers, ssoError),
    };
    const html = renderSignInPage({
      locale,
      strings,
      providers: options.providers,
      logoUrl: university.logoUrl,
      redirect,
      scriptUrl: SIGN_IN_SCRIPT_URL,
    });
    // Written in the language the cookie names: a cache must not give it to someone else.
    return reply
      .header('cache-control', 'no-cache')
      .header('vary', 'cookie')
      .type('text/html; charset=utf-8')
      .send(html);
  });

  app.get(SIGN_IN_SCRIPT_URL, { schema: { hide: true } }, (_req, reply) =>
    reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type('text/javascript; charset=utf-8')
      .send(SCRIPT),
  );
}
