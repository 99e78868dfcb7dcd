import type { FastifyInstance, FastifyReply } from 'fastify';
import { typed } from '#server/http/router.js';
import { sendDownload } from '#server/lib/http-files.js';
import { businessDate } from '#shared/calendar.js';
import type { Locale } from '#shared/roles.js';
import { PortalLangIdParams, PortalLangParams, PortalPartnerQuery } from '#shared/schemas/portal.js';
import { faqPage } from './faq.page.js';
import { partnerPage, partnerSearchPage } from './partner.pages.js';
import { callsPage, homePage, howToApplyPage, newsListPage, newsPage, resourcesPage } from './portal.pages.js';
import * as repo from './portal.repository.js';
import * as service from './portal.service.js';
import type { Html } from './portal-html.js';
import { layout, PORTAL_BASE, PORTAL_LOCALES, portalUrl } from './portal-layout.js';
import { textFor } from './portal-text.js';
import { robotsTxt, sitemapXml } from './sitemap.js';

/** Per address: a person browsing never comes near it; a scraper or a flood gets 429s. */
const RATE = { rateLimit: { max: 240, timeWindow: '1 minute' } };
/** Pages change when staff publish: a short shared cache, then revalidated. */
const PAGE_CACHE = 'public, max-age=300';
const NEWS_PAGE_SIZE = 24;

/**
 * robots.txt is a static file of the web build (Disallow: /); while the portal is on it is answered here
 * first, letting search engines in to /portal only. Added on the root instance so it sees every request.
 */
export function registerPortalRobots(app: FastifyInstance) {
  const { env } = app.deps;
  if (!env.PORTAL) return;
  app.addHook('onRequest', async (req, reply) => {
    if (req.url !== '/robots.txt') return;
    return reply.header('cache-control', 'no-cache').type('text/plain; charset=utf-8').send(robotsTxt(env.APP_URL));
  });
}

/**
 * The public portal (issue 20, docs/decisions/0026): server-written HTML in both languages, no sign-in and
 * no script. Registered only when PORTAL is on; every read goes through portal.repository.ts.
 */
export async function portalRoutes(app: FastifyInstance) {
  const { db, clock, env } = app.deps;
  if (!env.PORTAL) return;
  const r = typed(app);
  const config = RATE;
  const tags = ['portal'];
  const send = (
    reply: FastifyReply,
    locale: Locale,
    path: string,
    page: { title: string; description: string; body: Html },
  ) =>
    reply
      .header('cache-control', PAGE_CACHE)
      .type('text/html; charset=utf-8')
      .send(layout({ locale, path, title: page.title, description: page.description, appUrl: env.APP_URL }, page.body));
  const notFound = (reply: FastifyReply) => reply.status(404).type('text/plain; charset=utf-8').send('Not found');
  const file = (reply: FastifyReply, f: { data: unknown; content_type: string; sha256: string } | undefined) =>
    f
      ? reply
          .header('cache-control', 'public, max-age=3600')
          .header('etag', `"${f.sha256}"`)
          .type(f.content_type)
          .send(Buffer.from(f.data as Uint8Array))
      : notFound(reply);

  r.get('/sitemap.xml', { config, schema: { tags } }, async (_req, reply) =>
    reply
      .header('cache-control', PAGE_CACHE)
      .type('application/xml; charset=utf-8')
      .send(await sitemapXml(db, env.APP_URL)),
  );
  r.get(PORTAL_BASE, { config, schema: { tags } }, (req, reply) => {
    const en = /^en\b/i.test(String(req.headers['accept-language'] ?? ''));
    return reply.redirect(portalUrl(en ? 'en' : PORTAL_LOCALES[0], ''));
  });
  r.get(`${PORTAL_BASE}/:lang`, { config, schema: { tags, params: PortalLangParams } }, async (req, reply) => {
    const l = req.params.lang;
    const [news, calls] = await Promise.all([repo.publishedNews(db, 3), repo.openCalls(db, today(clock))]);
    return send(reply, l, '', homePage(l, textFor(l), news, calls));
  });
  r.get(`${PORTAL_BASE}/:lang/news`, { config, schema: { tags, params: PortalLangParams } }, async (req, reply) => {
    const l = req.params.lang;
    return send(reply, l, '/news', newsListPage(l, textFor(l), await repo.publishedNews(db, NEWS_PAGE_SIZE)));
  });
  r.get(
    `${PORTAL_BASE}/:lang/news/:id`,
    { config, schema: { tags, params: PortalLangIdParams } },
    async (req, reply) => {
      const { lang: l, id } = req.params;
      const item = await repo.publishedNewsItem(db, id);
      return item ? send(reply, l, `/news/${id}`, newsPage(l, textFor(l), item)) : notFound(reply);
    },
  );
  r.get(
    `${PORTAL_BASE}/:lang/news/:id/photo`,
    { config, schema: { tags, params: PortalLangIdParams } },
    async (req, reply) => file(reply, await repo.publishedPhoto(db, req.params.id)),
  );
  r.get(
    `${PORTAL_BASE}/:lang/partners`,
    { config, schema: { tags, params: PortalLangParams, querystring: PortalPartnerQuery } },
    async (req, reply) => {
      const l = req.params.lang;
      const found = await service.partnerSearch(db, clock, req.query);
      return send(
        reply,
        l,
        '/partners',
        partnerSearchPage(l, textFor(l), req.query, found.results, found.all, found.year),
      );
    },
  );
  r.get(
    `${PORTAL_BASE}/:lang/partners/:id`,
    { config, schema: { tags, params: PortalLangIdParams } },
    async (req, reply) => {
      const { lang: l, id } = req.params;
      const found = await service.partnerPage(db, clock, id);
      return found
        ? send(reply, l, `/partners/${id}`, partnerPage(l, textFor(l), found.page, found.year))
        : notFound(reply);
    },
  );
  r.get(`${PORTAL_BASE}/:lang/calls`, { config, schema: { tags, params: PortalLangParams } }, async (req, reply) => {
    const l = req.params.lang;
    return send(reply, l, '/calls', callsPage(l, textFor(l), await repo.openCalls(db, today(clock))));
  });
  r.get(`${PORTAL_BASE}/:lang/how-to-apply`, { config, schema: { tags, params: PortalLangParams } }, (req, reply) =>
    send(reply, req.params.lang, '/how-to-apply', howToApplyPage(req.params.lang, textFor(req.params.lang))),
  );
  r.get(
    `${PORTAL_BASE}/:lang/resources`,
    { config, schema: { tags, params: PortalLangParams } },
    async (req, reply) => {
      const l = req.params.lang;
      return send(reply, l, '/resources', resourcesPage(l, textFor(l), await repo.publicResources(db)));
    },
  );
  r.get(
    `${PORTAL_BASE}/:lang/resources/:id/file`,
    { config, schema: { tags, params: PortalLangIdParams } },
    async (req, reply) => {
      const f = await repo.publicResourceFile(db, req.params.id);
      if (!f) return notFound(reply);
      reply.header('cache-control', 'public, max-age=3600');
      return sendDownload(reply, {
        fileName: f.file_name,
        contentType: f.content_type,
        data: Buffer.from(f.data as Uint8Array),
      });
    },
  );
  r.get(`${PORTAL_BASE}/:lang/faq`, { config, schema: { tags, params: PortalLangParams } }, async (req, reply) =>
    send(reply, req.params.lang, '/faq', await faqPage(db, req.params.lang, textFor(req.params.lang))),
  );
}

const today = (clock: { now: () => Date }) => businessDate(clock.now());
