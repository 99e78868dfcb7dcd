import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|ico|webmanifest)$/;

/**
 * Writes a .br (quality 11) and a .gz (level 9) beside every compressible file of the build, once, so the
 * server sends them as they are (@fastify/static preCompressed) instead of compressing on each request.
 * Files under 1 KB are left alone: the headers would cost more than they save.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'meridian-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}

export function precompressDir(dir: string) {
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dir, file);
    if (!COMPRESSIBLE.test(file) || !fs.statSync(full).isFile()) continue;
    const data = fs.readFileSync(full);
    if (data.length < 1024) continue;
    fs.writeFileSync(
      `${full}.br`,
      zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
    );
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(data, { level: 9 }));
  }
}
