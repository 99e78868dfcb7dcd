import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { mantineUseId } from './scripts/vite-mantine-use-id.js';
import { precompress } from './scripts/vite-precompress.js';
import { routePreloads } from './scripts/vite-route-preloads.js';
import { stylesheetAfterBoot } from './scripts/vite-stylesheet-after-boot.js';

/**
 * Fewer, larger shared chunks. Left to itself the bundler split Mantine and the app's shared components into
 * one chunk per combination of pages using them: /partners loaded 48 scripts, and on simulated slow 4G over
 * HTTP/1.1 (six connections) each costs a round trip. Mantine used by six or more chunks as one chunk, the app's own
 * shared components and libraries as another (ECharts, the map and each page stay apart, loaded when used).
 */
const CHUNK_GROUPS = [
  {
    name: 'mantine',
    test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-style-singleton|use-callback-ref|use-sidecar|react-number-format|react-textarea-autosize|tslib|get-nonce|clsx)[\\/]/,
    priority: 20,
    minShareCount: 6,
  },
  { name: 'shared', test: /src[\\/]web[\\/](components|lib)[\\/]/, minShareCount: 2, priority: 10 },
];

/** The web app: sources in src/web, built into dist/web (served by the API server in production). */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), mantineUseId(), stylesheetAfterBoot(), routePreloads('src/web/app/router.tsx'), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the app supports preloads modules itself (Chrome 66, Firefox 115, Safari 17): the
    // polyfill was 1.2 KB of the first page for browsers that would only load a little later without it.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  server: {
    port: 5173,
    // The sign-in page and its script are the server's own (src/server/modules/auth/sign-in).
    proxy: {
      '/api': 'http://localhost:3000',
      '/login': 'http://localhost:3000',
      '^/sign-in\\.': 'http://localhost:3000',
    },
  },
});
