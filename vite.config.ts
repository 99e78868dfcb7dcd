import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/vite-precompress.js';
import { routePreloads } from './scripts/vite-route-preloads.js';
import { stylesheetAfterBoot } from './scripts/vite-stylesheet-after-boot.js';

/** The web app: sources in src/web, built into dist/web (served by the API server in production). */
export default defineConfig({
  root: 'src/web',
  plugins: [react(), stylesheetAfterBoot(), routePreloads('src/web/app/router.tsx'), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the app supports preloads modules itself (Chrome 66, Firefox 115, Safari 17): the
    // polyfill was 1.2 KB of the first page for browsers that would only load a little later without it.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
});
