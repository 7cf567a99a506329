import react from '@vitejs/plugin-react';
import { defineConfig, type Rollup } from 'vite';
import pkg from '../package.json';

/**
 * The renderer built and served for a plain browser (`npm start` where Electron's binary is missing,
 * and the Playwright tests). Same sources as the Electron renderer in electron.vite.config.ts; the
 * Platform chosen at runtime differs. Output: out/web.
 * No `node:` imports here: lint treats everything under renderer/ as browser code.
 */

/**
 * Drops Rollup's notes about misplaced "#__PURE__" comments inside node_modules (zod has several):
 * harmless, not ours to fix, and they bury what `npm start` has to say. Every other warning stays.
 */
export function quietThirdPartyAnnotations(warning: Rollup.RollupLog, warn: (w: Rollup.RollupLog) => void): void {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
}

// Only loopback: the app holds customers' personal data and must not be served to the branch network.
const HOST = '127.0.0.1';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    outDir: '../out/web',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: { onwarn: quietThirdPartyAnnotations },
  },
  server: { host: HOST, port: 5173 },
  preview: { host: HOST, port: 5173, headers: { 'X-Content-Type-Options': 'nosniff' } },
});
