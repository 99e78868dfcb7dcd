/**
 * npm run bench:web — what a browser downloads before the first page shows: the entry script of
 * dist/web/index.html, the chunks it imports statically (its modulepreload links, and any static
 * import found in those files), and the stylesheets index.html links; each gzip-compressed (level 9,
 * as a server would send it). Lazy routes are not counted: they load when their page is opened.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from './args.js';

export const WEB_TARGET_KB = 200;

export type WebSize = {
  files: { file: string; bytes: number; gzipBytes: number }[];
  jsGzipKB: number;
  cssGzipKB: number;
  totalGzipKB: number;
  targetKB: number;
};

export function measureWeb(dist = 'dist/web'): WebSize {
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
  const files = [...js, ...css].map((file) => {
    const data = fs.readFileSync(path.join(dist, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
  const kb = (ext: string) =>
    Math.round(files.filter((f) => f.file.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0) / 102.4) / 10;
  const jsGzipKB = kb('.js');
  const cssGzipKB = kb('.css');
  return {
    files,
    jsGzipKB,
    cssGzipKB,
    totalGzipKB: Math.round((jsGzipKB + cssGzipKB) * 10) / 10,
    targetKB: WEB_TARGET_KB,
  };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const size = measureWeb(args.get('dist') ?? 'dist/web');
  for (const f of size.files)
    console.log(`  ${f.file.padEnd(44)} ${String(f.bytes).padStart(9)} B  ${String(f.gzipBytes).padStart(8)} B gzip`);
  console.log(
    `initial JS ${size.jsGzipKB} KB + CSS ${size.cssGzipKB} KB = ${size.totalGzipKB} KB gzip (target ≤ ${WEB_TARGET_KB} KB)`,
  );
  if (size.totalGzipKB > WEB_TARGET_KB) {
    console.log(`below target: front end ${size.totalGzipKB} KB gzip > ${WEB_TARGET_KB} KB`);
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
