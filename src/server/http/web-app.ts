import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html, robots.txt, the favicon: always revalidated, so a new release is seen at once. */
const REVALIDATE = 'no-cache';

export type WebBuild = { root: string; index: Buffer };

/** The built web app's folder and index.html, when it has been built (`vite build` → dist/web). */
export function webBuild(dist: string): WebBuild | undefined {
  const root = path.resolve(dist);
  const file = path.join(root, 'index.html');
  return fs.existsSync(file) ? { root, index: fs.readFileSync(file) } : undefined;
}

/** The page every client-side route answers with (the not-found handler sends it, see http/errors.ts). */
export const spaPage = (web: WebBuild) => (reply: FastifyReply) =>
  reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(web.index);

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
