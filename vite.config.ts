import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp.ts';

// The built app (served from app:// in Electron, or by `vite preview`) carries a strict CSP
// in a <meta> tag; the dev server needs inline scripts for hot reload, so only builds get it.
const cspMeta = (): Plugin => ({
  name: 'tandem-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  publicDir: fileURLToPath(new URL('./resources/public', import.meta.url)),
  plugins: [react(), cspMeta()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Fewer, larger chunks (issue 24). Split only by what imports it, a mentor's page needed
        // 44 chunks of a few kB on its first opening; their requests, six at a time, kept the page
        // waiting ~250 ms. Now the libraries are one chunk and the app's modules
        // that three or more chunks share are another, both loaded at start-up; a page brings
        // only its own code (5 requests for a mentor's page). Start-up got faster too (fewer
        // requests). Left to split on their own: the large libraries only one page uses (exceljs,
        // FullCalendar, the charts). The workers are built apart and keep their own chunks.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](?!exceljs|@fullcalendar|recharts|d3-|@mantine[\\/]charts|victory|lodash)/,
              priority: 1,
            },
            { name: 'shared', test: /renderer[\\/]/, minShareCount: 3, priority: 0 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  server: { port: 5173, host: '127.0.0.1' },
});
