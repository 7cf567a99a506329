import { protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './origins';

/**
 * Serves the built renderer (out/renderer) as app://bundle/... rather than file://, so the page has a
 * real origin of its own (IndexedDB, CSP 'self' and the IPC sender check all rely on it) and cannot
 * read arbitrary files the way a file:// page can.
 */

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and a proper origin (IndexedDB, localStorage); secure: a secure context
      // (crypto.subtle, navigator.storage); supportFetchAPI: fetch() of bundled fonts; codeCache: faster start.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// A "." or ".." segment in the URL as written, plain or percent-encoded ("%2e%2e"). The URL parser would
// quietly resolve these, and Chromium normalises them before a real request reaches us, so one arriving
// here was crafted: refuse it rather than guess what it meant.
const DOT_SEGMENT = /(?:^|[/\\]|%2f|%5c)(?:\.|%2e){1,2}(?:[/\\?#]|%2f|%5c|$)/i;

/**
 * The file an app:// URL names inside `root`, or null when it must be refused: another scheme or host,
 * a "." or ".." segment (raw or percent-encoded), a backslash, a NUL, an absolute or drive path, or anything
 * that would resolve outside `root`. Pure, so it is tested without Electron.
 */
export function resolveAppUrl(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null;
  if (DOT_SEGMENT.test(url)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // Every bundle URL is "/" or "/a/b.ext": an empty, "." or ".." segment, or a drive letter ("C:"),
  // only comes from a crafted URL aiming at an absolute path or a parent folder.
  const segments = decoded === '' || decoded === '/' ? ['index.html'] : decoded.slice(1).split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /^[a-zA-Z]:/.test(s))) return null;

  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  // The last word: whatever got past the checks above, the result must lie inside root.
  const inside = path.relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return null;
  return file;
}

function plain(status: number, text: string, headers: Record<string, string>): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The response for one app:// request. Separate from `protocol.handle` so tests call it directly. */
export async function respondToAppRequest(request: Request, root: string, csp: string): Promise<Response> {
  const common = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', common);
  const file = resolveAppUrl(request.url, root);
  if (!file) return plain(403, 'Forbidden', common);
  try {
    // A link inside the bundle must not lead out of it: compare the real paths too.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    const inside = path.relative(realRoot, realFile);
    if (inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return plain(403, 'Forbidden', common);
    // The bundle is small and local; reading whole files keeps this simple.
    const body = await readFile(file);
    const headers = { ...common, 'Content-Type': mimeTypeOf(file), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return plain(404, 'Not Found', common);
    console.error(`[app://] cannot read ${file}:`, error);
    return plain(500, 'Internal Server Error', common);
  }
}

/** After ready: answer app:// from the renderer folder. */
export function serveRendererBundle(root: string, csp: string): void {
  protocol.handle(APP_SCHEME, (request) => respondToAppRequest(request, root, csp));
}
