import { DEVICE_REPORT_HEADERS } from '../../shared/people/api';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * Which web pages may call head office from a browser engine: the desktop app (app://bundle, its custom
 * protocol in electron/main/origins.ts) and the same renderer served on loopback (`npm start` without
 * Electron, the e2e tests). Anything else gets no CORS grant, so a foreign page's script cannot read an
 * answer. Devices and scripts that send no Origin are not browsers and are not affected; auth still applies.
 */

/** `scheme://host`, `scheme://host:port`, or `http(s)://host:*` for any port of that host. */
export const ORIGIN_PATTERN = /^(?:https?|app):\/\/[a-z0-9.-]+(?::(?:\d{1,5}|\*))?$/;

export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ['app://bundle', 'http://127.0.0.1:*', 'http://localhost:*'];

/** A predicate over an Origin header, from patterns already checked against ORIGIN_PATTERN. */
export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const anyPort: string[] = [];
  for (const p of patterns) {
    const lower = p.toLowerCase();
    if (lower.endsWith(':*')) anyPort.push(lower.slice(0, -1));
    else exact.add(lower);
  }
  return (origin) => {
    const o = origin.toLowerCase();
    if (exact.has(o)) return true;
    return anyPort.some((prefix) => o.startsWith(prefix) && /^\d{1,5}$/.test(o.slice(prefix.length)));
  };
}

export function installCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = originMatcher(allowedOrigins);
  void app.register(cors, {
    // false: no Access-Control-Allow-Origin at all, so the browser keeps the answer from the page.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', ...Object.values(DEVICE_REPORT_HEADERS)],
    // Bearer tokens, not cookies: no credentials mode.
    credentials: false,
    maxAge: 600,
    strictPreflight: true,
  });
}
