import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ROUTE_PRELOADS_FILE, type RoutePreloads } from '#shared/route-preloads.js';
import { firstData, withFirstData } from './first-data.js';

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, robots.txt, the favicon: always revalidated, so a new release is seen at once. */
const REVALIDATE = 'no-cache';
/** A page carrying the signed-in user's own data: never stored by a shared cache. */
const PERSONAL = 'private, no-cache';

/** A client route's own index.html: the app's page with that route's scripts and stylesheets listed. */
type RoutePage = { pattern: RegExp; html: Buffer; dynamic: boolean };
export type WebBuild = { root: string; index: Buffer; routes: RoutePage[] };

/** The built web app's folder and index.html, when it has been built (`vite build` → dist/web). */
export function webBuild(dist: string): WebBuild | undefined {
  const root = path.resolve(dist);
  const file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) return undefined;
  const index = fs.readFileSync(file);
  return { root, index, routes: routePages(root, index.toString('utf8')) };
}

/**
 * One index.html per page of the router, written once at start-up from route-preloads.json (made at build by
 * scripts/vite-route-preloads.ts): the page's chunks as modulepreload and its stylesheets as preload, so the
 * browser fetches them beside the app's own scripts. Static paths come first (partners/new before partners/$id).
 */
function routePages(root: string, index: string): RoutePage[] {
  const file = path.join(root, ROUTE_PRELOADS_FILE);
  if (!fs.existsSync(file) || !index.includes('</head>')) return [];
  const { routes } = JSON.parse(fs.readFileSync(file, 'utf8')) as RoutePreloads;
  const pages = routes.map((r) => {
    const links = [
      ...r.js.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
      ...r.css.map((f) => `<link rel="preload" as="style" crossorigin href="/${f}">`),
    ];
    const segments = r.path.split('/').filter(Boolean);
    const pattern = segments.map((s) => (s.startsWith('$') ? '[^/]+' : escapeRegExp(s))).join('/');
    return {
      dynamic: segments.some((s) => s.startsWith('$')),
      pattern: new RegExp(`^/${pattern}/?$`),
      html: Buffer.from(index.replace('</head>', `  ${links.join('\n    ')}\n  </head>`)),
    };
  });
  return pages.sort((a, b) => Number(a.dynamic) - Number(b.dynamic)); // stable: the router's order otherwise
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page every client-side route answers with (the not-found handler sends it, see http/errors.ts). With a
 * session cookie, the signed-in user and the university ride in the page (http/first-data.ts): the app then
 * starts on the page's own data instead of asking who is signed in after its scripts have run.
 */
export const spaPage = (web: WebBuild) => async (reply: FastifyReply) => {
  const pathname = reply.request.url.split('?')[0] ?? '/';
  const page = web.routes.find((r) => r.pattern.test(pathname));
  const html = page?.html ?? web.index;
  const data = reply.request.method === 'GET' ? await firstData(reply.request) : undefined;
  return reply
    .header('cache-control', data ? PERSONAL : REVALIDATE)
    .type('text/html; charset=utf-8')
    .send(data ? withFirstData(html, data) : html);
};

/**
 * Compression for what the server writes per request (JSON, the app's HTML) — brotli at quality 4, which
 * costs little CPU — and the built files as they were compressed at build time (.br / .gz beside each,
 * scripts/vite-precompress.ts), with long caching for hashed assets.
 */
export async function registerCompression(app: FastifyInstance) {
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

export async function registerWebFiles(app: FastifyInstance, web: WebBuild) {
  await app.register(fastifyStatic, {
    root: web.root,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      const asset = path.relative(web.root, file).startsWith(`assets${path.sep}`);
      reply.header('cache-control', asset ? IMMUTABLE : REVALIDATE);
    },
  });
}
