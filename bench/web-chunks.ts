import path from 'node:path';
import type { WebSize } from './web-size.js';

/** Output file (relative to the dist) → a readable name and the modules the bundler put in it. */
export type ChunkModules = Map<string, { name: string; modules: string[] }>;

/**
 * Builds a checkout's web app with its own vite.config.ts, into `outDir`, and keeps what Vite knows and the
 * files do not say: which modules went into which chunk. A page chunk is named by the module it starts from
 * (`features/partners/components/PartnersListPage`), a shared chunk by the bundler's name for it.
 */
export async function buildWithChunkModules(root: string, outDir: string): Promise<ChunkModules> {
  // Vite is loaded from the checkout being measured, so an older commit is built with its own Vite.
  const { build } = (await import(path.join(root, 'node_modules/vite/dist/node/index.js'))) as typeof import('vite');
  const webRoot = path.join(root, 'src/web');
  const result = await build({
    configFile: path.join(root, 'vite.config.ts'),
    root: webRoot,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const chunks: ChunkModules = new Map();
  for (const output of Array.isArray(result) ? result : [result]) {
    if (!('output' in output)) continue;
    for (const item of output.output) {
      if (item.type !== 'chunk') continue;
      const facade = item.isDynamicEntry && item.facadeModuleId ? item.facadeModuleId : null;
      const name = facade
        ? path
            .relative(webRoot, facade)
            .split(path.sep)
            .join('/')
            .replace(/^.*node_modules\//, '')
            .replace(/\.[cm]?[jt]sx?$/, '')
        : item.name;
      chunks.set(item.fileName, { name, modules: item.moduleIds });
    }
  }
  return chunks;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * A markdown table of two builds: the first page, then each lazy chunk by name (a name that only one
 * build has shows "—" in the other), largest now first. Names repeat when the bundler gives two shared
 * chunks one name; they are numbered in order of size.
 */
export function compareMarkdown(before: WebSize, now: WebSize): string {
  const keyed = (size: WebSize) => {
    const seen = new Map<string, number>();
    return new Map(
      size.lazy.map((c) => {
        const n = (seen.get(c.name) ?? 0) + 1;
        seen.set(c.name, n);
        return [n > 1 ? `${c.name} (${n})` : c.name, c] as const;
      }),
    );
  };
  const b = keyed(before);
  const a = keyed(now);
  const names = [...new Set([...a.keys(), ...b.keys()])];
  const cell = (c?: { bytes: number; gzipBytes: number }) => (c ? `${kb(c.bytes)} | ${kb(c.gzipBytes)}` : '— | —');
  const sum = (s: WebSize) => ({
    bytes: s.files.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: s.files.reduce((n, f) => n + f.gzipBytes, 0),
  });
  const lines = [
    '| chunk | before KB | before KB gzip | now KB | now KB gzip |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| **first page** (JS + CSS) | ${cell(sum(before))} | ${cell(sum(now))} |`,
    ...names.map((n) => {
      const z = a.get(n)?.zod || b.get(n)?.zod ? ' — zod' : '';
      return `| ${n}${z} | ${cell(b.get(n))} | ${cell(a.get(n))} |`;
    }),
    `| **all lazy chunks** (${before.lazy.length} → ${now.lazy.length}) | ${cell(total(before))} | ${cell(total(now))} |`,
  ];
  return lines.join('\n');
}

const total = (s: WebSize) => ({
  bytes: s.lazy.reduce((n, c) => n + c.bytes, 0),
  gzipBytes: s.lazy.reduce((n, c) => n + c.gzipBytes, 0),
});
