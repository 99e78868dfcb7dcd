/**
 * npm run bench:web — what a browser downloads before the first page shows: the entry script of
 * dist/web/index.html, the chunks it imports statically (its modulepreload links, and any static
 * import found in those files), and the stylesheets index.html links; each gzip-compressed (level 9,
 * as a server would send it). Then every lazy chunk (a JS file the first page does not load), and the
 * chunks holding zod's code: the browser imports only types from the schemas, so zod must sit in at
 * most one shared lazy chunk (or none).
 *
 * `tsx bench/web-size.ts [--root <checkout>] [--out <dist>] [--tag t] [--against <earlier.json>]` builds
 * the checkout's web app with Vite (so each chunk's modules are known), prints the figures and writes
 * bench/results/<date>-web[-tag].json; with --against, a markdown table of both builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from './args.js';
import { buildWithChunkModules, type ChunkModules, compareMarkdown } from './web-chunks.js';

export const WEB_TARGET_KB = 200;

export type ChunkSize = { file: string; bytes: number; gzipBytes: number };
export type LazyChunk = ChunkSize & { name: string; zod: boolean };

export type WebSize = {
  files: ChunkSize[];
  jsGzipKB: number;
  cssGzipKB: number;
  totalGzipKB: number;
  targetKB: number;
  /** Every JS chunk the first page does not load, largest (gzip) first. */
  lazy: LazyChunk[];
  /** Files holding zod's code; `zodFrom` says how that was found: the bundler's module list, or zod's own strings. */
  zodChunks: string[];
  zodFrom: 'modules' | 'strings';
};

/** zod 4 names each schema class through `$constructor("$ZodType", …)`: strings minification keeps. */
const ZOD_MARKER = /["'`]\$Zod[A-Z]\w*["'`]/;
const ZOD_MODULE = /[\\/]node_modules[\\/]zod[\\/]/;

const sizeOf = (dist: string, file: string): ChunkSize => {
  const data = fs.readFileSync(path.join(dist, file));
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
};

/** The first page's files (entry, static-import closure, stylesheets), as paths relative to dist. */
function firstPage(dist: string) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const attr = (tag: RegExp) => [...html.matchAll(tag)].map((m) => (m[1] as string).replace(/^\//, ''));
  const css = attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const js = new Set([
    ...attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ]);
  // The closure of static imports (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` is lazy and left out.
  for (const file of js) {
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g))
      js.add(path.posix.join(path.posix.dirname(file), m[1] as string));
  }
  return { js: [...js], css };
}

/** A chunk's name without its content hash: `assets/PageHeader-CjGd8xJ8.js` → `PageHeader`. */
const bareName = (file: string) => path.posix.basename(file).replace(/-[\w-]{8}\.js$/, '');

/**
 * Sizes of a built dist. `chunks` (file → module ids, from the build) names each lazy chunk by the page
 * module it starts from and finds zod by its modules; without it (a dist built elsewhere) zod is found
 * by its strings and chunks are named by file.
 */
export function measureWeb(dist = 'dist/web', chunks?: ChunkModules): WebSize {
  const first = firstPage(dist);
  const files = [...first.js, ...first.css].map((file) => sizeOf(dist, file));
  const kb = (ext: string) =>
    Math.round(files.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0) / 102.4) / 10;
  const jsGzipKB = kb('.js');
  const cssGzipKB = kb('.css');

  const allJs = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.js'));
  const hasZod = (file: string) =>
    chunks
      ? (chunks.get(file)?.modules ?? []).some((m) => ZOD_MODULE.test(m))
      : ZOD_MARKER.test(fs.readFileSync(path.join(dist, file), 'utf8'));
  const zodChunks = allJs.filter(hasZod).sort();
  const lazy = allJs
    .filter((f) => !first.js.includes(f))
    .map((file) => ({ ...sizeOf(dist, file), name: chunks?.get(file)?.name ?? bareName(file), zod: hasZod(file) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.name.localeCompare(b.name));
  return {
    files,
    jsGzipKB,
    cssGzipKB,
    totalGzipKB: Math.round((jsGzipKB + cssGzipKB) * 10) / 10,
    targetKB: WEB_TARGET_KB,
    lazy,
    zodChunks,
    zodFrom: chunks ? 'modules' : 'strings',
  };
}

/** What is wrong with a build: the first page over budget, zod on the first page or in several chunks. */
export function webMisses(size: WebSize): string[] {
  const out: string[] = [];
  if (size.totalGzipKB > size.targetKB)
    out.push(`below target: front end ${size.totalGzipKB} KB gzip > ${size.targetKB} KB`);
  const onFirstPage = size.zodChunks.filter((f) => size.files.some((s) => s.file === f));
  if (onFirstPage.length) out.push(`zod is on the first page: ${onFirstPage.join(', ')}`);
  if (size.zodChunks.length > 1) out.push(`zod is in ${size.zodChunks.length} chunks: ${size.zodChunks.join(', ')}`);
  return out;
}

const row = (label: string, bytes: number, gzip: number, file = '') =>
  `  ${label.padEnd(56)} ${String(bytes).padStart(9)} B ${String(gzip).padStart(8)} B gzip  ${file}`;

export function printWeb(size: WebSize, log = console.log) {
  log('first page:');
  for (const f of size.files) log(row(f.file, f.bytes, f.gzipBytes));
  log(
    `initial JS ${size.jsGzipKB} KB + CSS ${size.cssGzipKB} KB = ${size.totalGzipKB} KB gzip (target ≤ ${size.targetKB} KB)`,
  );
  log(`lazy chunks (${size.lazy.length}), largest first:`);
  for (const c of size.lazy)
    log(row(`${c.name}${c.zod ? ' [zod]' : ''}`, c.bytes, c.gzipBytes, path.posix.basename(c.file)));
  const lazyKB = Math.round(size.lazy.reduce((n, c) => n + c.gzipBytes, 0) / 102.4) / 10;
  log(
    `lazy total ${lazyKB} KB gzip; zod (found by ${size.zodFrom}) in ${size.zodChunks.length} chunk(s): ${size.zodChunks.join(', ') || 'none'}`,
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const root = path.resolve(args.get('root') ?? '.');
  const out = path.resolve(args.get('out') ?? path.join(root, 'dist/web'));
  const chunks = await buildWithChunkModules(root, out);
  const size = measureWeb(out, chunks);
  printWeb(size);
  const date = new Date().toISOString().slice(0, 10);
  const tag = args.get('tag');
  const file = path.join(import.meta.dirname, 'results', `${date}-web${tag ? `-${tag}` : ''}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ version: 1, date, root, ...size }, null, 2)}\n`);
  console.log(`→ ${path.relative(process.cwd(), file)}`);
  const against = args.get('against');
  if (against) console.log(`\n${compareMarkdown(JSON.parse(fs.readFileSync(against, 'utf8')), size)}`);
  const missed = webMisses(size);
  for (const m of missed) console.log(m);
  if (missed.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
