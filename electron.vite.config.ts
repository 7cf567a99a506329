import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from './package.json';
import { quietThirdPartyAnnotations } from './renderer/vite.web.config';

/**
 * main (ESM, Node), preload (one CommonJS file: a sandboxed preload cannot load ES modules or anything
 * from node_modules) and renderer (React), all into out/. The browser-only build of the same renderer
 * is renderer/vite.web.config.ts.
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const from = (p: string) => resolve(root, p);

export default defineConfig({
  main: {
    build: {
      outDir: from('out/main'),
      // Bundled whole (zod and the shared rules it imports): the packaged app ships no node_modules at all,
      // so the head office's server dependencies can never end up in the desktop app (electron-builder.json).
      externalizeDeps: false,
      rollupOptions: { input: { index: from('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: from('out/preload'),
      // Bundle everything it imports: under sandbox: true, require() only knows 'electron' and a few builtins.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: from('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: from('renderer'),
    plugins: [react()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    build: {
      outDir: from('out/renderer'),
      rollupOptions: { input: from('renderer/index.html'), onwarn: quietThirdPartyAnnotations },
    },
  },
});
