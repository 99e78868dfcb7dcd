import fs from 'node:fs';
import path from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { ROUTE_PRELOADS_FILE, type RoutePreloads } from '../src/shared/route-preloads.js';

const LAZY = /(\w+):\s*lazyRouteComponent\(\s*\(\)\s*=>\s*import\('([^']+)'\)/g;
const PAGE = /page\(\s*'([^']+)',\s*lazy\.(\w+)/g;
/** A route declared with createRoute({ path: 'x', …, component: signedOut.y }) (the signed-out pages). */
const ROUTE = /path:\s*'([^']+)',(?:(?!createRoute)[\s\S])*?component:\s*signedOut\.(\w+)/g;

/**
 * Writes route-preloads.json: for each page of the router (src/web/app/router.tsx: `page('path', lazy.x)`
 * or `path: 'x', … component: signedOut.y`, with `x: lazyRouteComponent(() => import('…'))`), the chunk of its page component with the chunks and
 * stylesheets it imports, less what the first page loads anyway. The server lists them in the HTML of that
 * route (http/web-app.ts), so the page's code loads beside the app's instead of after it has run and asked
 * for it (Lighthouse mobile, simulated slow 4G). A page whose chunk cannot be found fails the build, so the
 * table cannot silently fall out of step with the router.
 */
export function routePreloads(routerFile: string): Plugin {
  return {
    name: 'meridian-route-preloads',
    apply: 'build',
    // After the bundle is final: Vite's CSS step drops the chunks that only held CSS, in generateBundle.
    async writeBundle(options, bundle) {
      const file = path.resolve(routerFile);
      const source = fs.readFileSync(file, 'utf8');
      const modules = new Map<string, string>();
      for (const [, key, spec] of source.matchAll(LAZY)) {
        const resolved = await this.resolve(spec as string, file);
        if (!resolved) this.error(`route preloads: cannot resolve ${spec}`);
        modules.set(key as string, resolved.id);
      }
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) this.error('route preloads: no entry chunk');
      const firstPage = new Set([entry.fileName, ...closure(bundle, entry.imports)]);
      const routes: RoutePreloads['routes'] = [];
      for (const [, path, key] of [...source.matchAll(PAGE), ...source.matchAll(ROUTE)]) {
        const id = modules.get(key as string);
        const chunk = id && chunks.find((c) => c.facadeModuleId === id);
        if (!chunk) this.error(`route preloads: no chunk for page '${path}' (lazy.${key})`);
        const files = [chunk.fileName, ...closure(bundle, chunk.imports)].filter((f) => !firstPage.has(f));
        const css = new Set<string>();
        for (const f of files) for (const c of cssOf(bundle, f)) css.add(c);
        routes.push({ path: path as string, js: files, css: [...css] });
      }
      if (routes.length === 0) this.error('route preloads: no pages found in the router');
      fs.writeFileSync(path.join(options.dir ?? '.', ROUTE_PRELOADS_FILE), JSON.stringify({ routes }));
    },
  };
}

/** Every chunk statically imported from these, transitively. */
function closure(bundle: OutputBundle, imports: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') for (const i of chunk.imports) visit(i);
  };
  for (const i of imports) visit(i);
  return [...seen];
}

function cssOf(bundle: OutputBundle, file: string): string[] {
  const chunk = bundle[file] as (OutputChunk & { viteMetadata?: { importedCss: Set<string> } }) | undefined;
  return [...(chunk?.viteMetadata?.importedCss ?? [])];
}
