import type { FastifyInstance } from 'fastify';

/** Content types a console upload arrives as (an extract, a deposit file, a template preview, an image). */
export const FILE_CONTENT_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/pdf',
  'image/jpeg',
  'image/png',
] as const;

/**
 * Lets routes in `scope` take a file's raw bytes as the body (a Buffer), up to `maxBytes` (a 413 beyond it).
 * Call inside a registered plugin, so the parsers and the larger limit stay with the routes that need them.
 */
export function acceptFileBodies(scope: FastifyInstance, maxBytes: number): void {
  scope.addContentTypeParser([...FILE_CONTENT_TYPES], { parseAs: 'buffer', bodyLimit: maxBytes }, (_req, body, done) => done(null, body));
}
