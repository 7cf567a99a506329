import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';

/**
 * Errors are data across the boundary: every refusal is `{ error: { code, message } }` with a fitting
 * status. Codes are stable words a client can switch on; messages are for people and logs.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);
export const unauthorized = (message: string) => new HttpError(401, 'unauthorized', message);
export const forbidden = (message: string, code = 'forbidden') => new HttpError(403, code, message);

/** Parses with a zod schema; a failure is a 400 naming the first few problems by path. */
export function parseWith<T>(schema: ZodType<T>, value: unknown, what: string): T {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const problems = res.error.issues.slice(0, 5).map((i) => `${[what, ...i.path].join('.')}: ${i.message}`);
  throw badRequest(problems.join('; '));
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    if (err instanceof HttpError) {
      return reply.status(err.statusCode).send({ error: { code: err.code, message: err.message, ...err.extra } });
    }
    // Fastify's own refusals, before a handler ran.
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.status(413).send({ error: { code: 'payload_too_large', message: `request body larger than ${app.initialConfig.bodyLimit} bytes` } });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.status(415).send({ error: { code: 'unsupported_media_type', message: 'send application/json' } });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.status(400).send({ error: { code: 'bad_request', message: 'the JSON body is empty' } });
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply.status(400).send({ error: { code: 'bad_request', message: 'the body is not valid JSON' } });
    }
    if (err instanceof SyntaxError || err.statusCode === 400) {
      return reply.status(400).send({ error: { code: 'bad_request', message: 'the body is not valid JSON' } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: { code: 'bad_request', message: err.message } });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'internal error at head office; it has been logged' } });
  });

  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` } }),
  );
}
