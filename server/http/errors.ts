import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodType } from 'zod';
import { metrics, routeLabel } from './metrics';

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

type ErrorAnswer = { status: number; error: { code: string; message: string } & Record<string, unknown> };

/** The answer for an error: ours (HttpError) as it says, Fastify's own refusals mapped, anything else 500. */
function answerFor(err: FastifyError | HttpError, bodyLimit: number): ErrorAnswer | null {
  if (err instanceof HttpError) return { status: err.statusCode, error: { code: err.code, message: err.message, ...err.extra } };
  // Fastify's own refusals, before a handler ran.
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, error: { code: 'payload_too_large', message: `request body larger than ${bodyLimit} bytes` } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, error: { code: 'unsupported_media_type', message: 'send application/json' } };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, error: { code: 'bad_request', message: 'the JSON body is empty' } };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, error: { code: 'bad_request', message: 'the body is not valid JSON' } };
  }
  if (err instanceof SyntaxError || err.statusCode === 400) return { status: 400, error: { code: 'bad_request', message: 'the body is not valid JSON' } };
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return { status: err.statusCode, error: { code: 'bad_request', message: err.message } };
  return null;
}

/** Every refusal is answered here and counted in headoffice_rejections_total by route and code. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    const answer = answerFor(err, app.initialConfig.bodyLimit ?? 0) ?? { status: 500, error: { code: 'internal', message: 'internal error at head office; it has been logged' } };
    if (answer.status === 500) req.log.error({ err }, 'unhandled error');
    metrics.rejections.inc({ route: routeLabel(req.routeOptions.url), code: answer.error.code });
    return reply.status(answer.status).send({ error: answer.error });
  });

  app.setNotFoundHandler((req, reply) => {
    metrics.rejections.inc({ route: routeLabel(undefined), code: 'not_found' });
    return reply.status(404).send({ error: { code: 'not_found', message: `no route ${req.method} ${req.url.split('?')[0]}` } });
  });
}
