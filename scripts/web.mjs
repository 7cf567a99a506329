// The renderer as a plain web app: build it, preview the build, or run Vite's dev server, through Vite's
// own API (it serves files with the right MIME types and never outside the output folder).
import { build, createServer, preview } from 'vite';
import { fileURLToPath } from 'node:url';

export const WEB_CONFIG = fileURLToPath(new URL('../renderer/vite.web.config.ts', import.meta.url));
export const RENDERER_HTML = fileURLToPath(new URL('../renderer/index.html', import.meta.url));
export const DEFAULT_PORT = 5173;

/** PORT from the environment, or the default; a clear error for a value that is not a port. */
export function portFrom(value, fallback = DEFAULT_PORT) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${value}".`);
  }
  return port;
}

export async function buildWeb() {
  await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
}

function firstUrl(server) {
  return server.resolvedUrls?.local[0] ?? null;
}

/** Serves out/web on 127.0.0.1. With strictPort false, a busy port moves on to the next free one. */
export async function previewWeb({ port, strictPort = false }) {
  const server = await preview({ configFile: WEB_CONFIG, preview: { port, strictPort, open: false } });
  return { server, url: firstUrl(server) };
}

export async function devWeb({ port, strictPort = false }) {
  const server = await createServer({ configFile: WEB_CONFIG, server: { port, strictPort, open: false } });
  await server.listen();
  return { server, url: firstUrl(server) };
}
