import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from '../package.json';

/**
 * The head-office console (docs/server.md, "The console"): a browser app served by the head-office service
 * at /console/, talking to its API on the same origin. Output: out/console (CONSOLE_DIR).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    outDir: '../out/console',
    emptyOutDir: true,
    sourcemap: true,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's misplaced "#__PURE__" notes: harmless and not ours (renderer/vite.web.config.ts does the same).
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
