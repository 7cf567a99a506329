import type { FastifyInstance } from 'fastify';

/**
 * Headers on every answer. The API serves JSON to the desktop app, never pages, so it forbids framing and
 * sniffing, sends no referrer, and is never cached (tokens and customers' data pass through it).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    reply.header('Cache-Control', 'no-store');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return payload;
  });
}
