import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Mantine's hooks import their useId by this path; the app's replacement is src/web/lib/mantine-use-id.ts. */
export const MANTINE_USE_ID = /[\\/]@mantine[\\/]hooks[\\/]esm[\\/]index\.mjs$/;
export const REPLACEMENT = fileURLToPath(new URL('../src/web/lib/mantine-use-id.ts', import.meta.url));

/**
 * Resolves @mantine/hooks' own `./use-id/use-id.mjs` to the app's useId, which does not re-render every
 * component once more after it mounts (why: src/web/lib/mantine-use-id.ts). Only the build: in development
 * Vite pre-bundles Mantine without the app's plugins, and Mantine's useId behaves the same, only slower.
 */
export function mantineUseId(): Plugin {
  return {
    name: 'meridian-mantine-use-id',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './use-id/use-id.mjs' && importer && MANTINE_USE_ID.test(importer)) return REPLACEMENT;
      return null;
    },
  };
}
