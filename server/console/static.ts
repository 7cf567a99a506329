import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * The console's built pages at /console/ (docs/server.md, "The console"). Pages, unlike the JSON API, load
 * their own scripts and styles, so they get a policy of their own: same origin only, nothing inline but
 * styles (React sets style attributes), images also from blob: (a PDF or photo previewed from the API).
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export async function consoleStatic(app: FastifyInstance, consoleDir: string | null): Promise<void> {
  if (!consoleDir) {
    app.get('/console', { schema: { hide: true } }, async (_req, reply) =>
      reply.code(404).type('text/plain; charset=utf-8').send('控制台未构建：运行 npm run build:console / The console is not built: run npm run build:console'),
    );
    return;
  }
  await app.register(async (scope) => {
    // Runs after the service-wide onSend hook (registered first), so this policy replaces the API's.
    scope.addHook('onSend', async (_req, reply, payload) => {
      reply.header('Content-Security-Policy', CONSOLE_CSP);
      reply.header('Cross-Origin-Resource-Policy', 'same-origin');
      return payload;
    });
    await scope.register(fastifyStatic, { root: consoleDir, prefix: '/console/', redirect: true, index: ['index.html'], cacheControl: false });
    scope.get('/console', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/console/'));
  });
}
