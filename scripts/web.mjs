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

export const CONSOLE_CONFIG = fileURLToPath(new URL('../console/vite.config.ts', import.meta.url));

/** The head-office console, into out/console, which the head-office service serves at /console/. */
export async function buildConsole() {
  await build({ configFile: CONSOLE_CONFIG, logLevel: 'warn' });
}

export async function buildWeb() {
  await build({ configFile: WEB_CONFIG, logLevel: 'warn' });
}

function firstUrl(server) {
  return server.resolvedUrls?.local[0] ?? null;
}

/** An http(s) address without credentials, query or fragment, trailing slashes dropped; a clear error otherwise. */
export function checkHeadOfficeUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`The head-office address must be an http(s) URL, not "${value}".`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) {
    throw new Error(`The head-office address must be a plain http(s) URL, not "${value}".`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Answers /head-office.json with the head office this server was started with (or null), which the browser
 * platform reads as AppInfo.headOfficeUrl: the browser build has no environment to read it from.
 */
export function headOfficePlugin(headOfficeUrl = null) {
  const body = JSON.stringify({ headOfficeUrl });
  const answer = (req, res, next) => {
    if ((req.url ?? '').split('?')[0] !== '/head-office.json') return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
  return {
    name: 'recovery-desk-head-office',
    configureServer: (server) => void server.middlewares.use(answer),
    configurePreviewServer: (server) => void server.middlewares.use(answer),
  };
}

/**
 * Serves out/web on 127.0.0.1. With strictPort false, a busy port moves on to the next free one.
 * headOfficeUrl: the head office the app should use unless the user set another (null: none).
 */
export async function previewWeb({ port, strictPort = false, headOfficeUrl = null }) {
  const server = await preview({ configFile: WEB_CONFIG, plugins: [headOfficePlugin(headOfficeUrl)], preview: { port, strictPort, open: false } });
  return { server, url: firstUrl(server) };
}

export async function devWeb({ port, strictPort = false, headOfficeUrl = null }) {
  const server = await createServer({ configFile: WEB_CONFIG, plugins: [headOfficePlugin(headOfficeUrl)], server: { port, strictPort, open: false } });
  await server.listen();
  return { server, url: firstUrl(server) };
}
