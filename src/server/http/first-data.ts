import type { FastifyRequest } from 'fastify';
import { FIRST_DATA_ELEMENT, type FirstData } from '#shared/first-data.js';

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
  const [me, university] = await Promise.all(
    ['/api/v1/auth/me', '/api/v1/university'].map((url) => req.server.inject({ method: 'GET', url, headers })),
  );
  if (me?.statusCode !== 200) return undefined;
  return { me: me.json(), university: university?.statusCode === 200 ? university.json() : undefined };
}

/** The data as a JSON island before </head>; `<` escaped so no value can close the element. */
export function withFirstData(html: Buffer, data: FirstData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const island = `<script type="application/json" id="${FIRST_DATA_ELEMENT}">${json}</script>`;
  return html.toString('utf8').replace('</head>', `  ${island}\n  </head>`);
}
