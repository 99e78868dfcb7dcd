import type { FastifyRequest } from 'fastify';
import { FIRST_DATA_ELEMENT, type FirstData } from '#shared/first-data.js';
import { firstRequestsOf } from '#shared/first-requests.js';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from '#shared/roles.js';

/**
 * What every signed-in page asks for before anything else — who is signed in (with the session's CSRF token)
 * and the university's name and logo — answered by the API's own routes (inject: same policies, same
 * schemas, nothing written twice) and sent inside the page's HTML. On simulated slow 4G this took
 * /api/v1/auth/me off the critical path of every page: it was asked for only after ~250 KB of script had
 * loaded and run, and the page's own data only after it had answered (docs/decisions/0039-first-data-in-the-page.md).
 */
export async function firstData(req: FastifyRequest): Promise<FirstData | undefined> {
  const cookie = req.headers.cookie;
  // Any cookie may be a session: /auth/me decides (the platform does not know the auth module's cookie name).
  if (!cookie) return undefined;
  // No x-locale: the answer's language follows the user's preference, as the app's own request would.
  const language = req.headers['accept-language'];
  const headers = { cookie, ...(language ? { 'accept-language': language } : {}) };
  // The page's own first requests go as the app would send them on a first visit: in the language its cookie
  // names (set with the app's stored choice), else the default; the app uses them only in that language.
  const saved = req.cookies?.[LOCALE_COOKIE];
  const locale = isLocale(saved) ? saved : DEFAULT_LOCALE;
  const pageUrls = firstRequestsOf(req.url);
  const [me, university, ...answers] = await Promise.all([
    ...['/api/v1/auth/me', '/api/v1/university'].map((url) => req.server.inject({ method: 'GET', url, headers })),
    ...pageUrls.map((url) =>
      req.server.inject({
        method: 'GET',
        url,
        headers: { ...headers, accept: 'application/json', 'x-locale': locale },
      }),
    ),
  ]);
  if (me?.statusCode !== 200) return undefined;
  // Only successful answers ride along: a refusal or an error is asked again by the app, which shows it.
  const byUrl: Record<string, unknown> = {};
  answers.forEach((answer, i) => {
    const url = pageUrls[i];
    if (url && answer?.statusCode === 200) byUrl[url] = answer.json();
  });
  return {
    me: me.json(),
    university: university?.statusCode === 200 ? university.json() : undefined,
    ...(Object.keys(byUrl).length ? { answers: { locale, byUrl } } : {}),
  };
}

/** The data as a JSON island before </head>; `<` escaped so no value can close the element. */
export function withFirstData(html: Buffer, data: FirstData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const island = `<script type="application/json" id="${FIRST_DATA_ELEMENT}">${json}</script>`;
  return html.toString('utf8').replace('</head>', `  ${island}\n  </head>`);
}
