import swagger from '@fastify/swagger';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z, type ZodType } from 'zod';
import { SERVER_VERSION } from '../version';

/**
 * The API description (OpenAPI 3.1), generated from the routes: each route declares its body, parameters and
 * answers as the zod schemas the handlers already check with (`routeSchema`), and GET /openapi.json serves
 * the result. The zod parse in each handler stays the one validator (its 400 names the field, docs/server.md):
 * Fastify is told to validate nothing and to serialise answers with JSON.stringify, so a documented answer
 * schema can never strip or reshape what a handler sends.
 */

/** JSON Schema of a zod schema: `input` for what a client sends, `output` for what it receives. */
export function jsonSchema(schema: ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** Every refusal: `{ error: { code, message, … } }` (server/http/errors.ts). */
export const ErrorAnswerSchema = z.object({
  error: z.looseObject({ code: z.string().describe('stable word a client can switch on'), message: z.string() }),
});

export interface RouteDoc {
  summary: string;
  description?: string;
  tags: readonly string[];
  /** Sends `Authorization: Bearer <access token>`. */
  bearer?: boolean;
  body?: ZodType;
  params?: ZodType;
  querystring?: ZodType;
  /** The success answer (200). */
  answer: ZodType;
  /** Error statuses this route answers with, besides 400 and 500 that any route may give. */
  errors?: readonly number[];
}

/** The `schema` of a route's options: documentation only (see above). */
export function routeSchema(doc: RouteDoc): FastifySchema {
  const response: Record<number, unknown> = { 200: { description: doc.summary, ...jsonSchema(doc.answer, 'output') } };
  for (const status of [400, ...(doc.errors ?? []), 500]) response[status] = { description: `refused (${status})`, ...jsonSchema(ErrorAnswerSchema, 'output') };
  return {
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: [...doc.tags],
    ...(doc.bearer ? { security: [{ bearer: [] }] } : {}),
    ...(doc.body ? { body: jsonSchema(doc.body, 'input') } : {}),
    ...(doc.params ? { params: jsonSchema(doc.params, 'input') } : {}),
    ...(doc.querystring ? { querystring: jsonSchema(doc.querystring, 'input') } : {}),
    response,
  } as FastifySchema;
}

/**
 * Call before any route is declared. The description collects the routes of plugins registered after this
 * one (buildServer declares every route inside one), not routes declared directly on the root instance.
 */
export function installOpenApi(app: FastifyInstance): void {
  app.setValidatorCompiler(() => (value) => ({ value }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  void app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Recovery Desk head office 清收工作台总行服务',
        version: SERVER_VERSION,
        description: 'Sign-in, device revocation and sync for the Recovery Desk desktop app (docs/server.md). Every refusal is `{ error: { code, message } }`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'access token from /auth/sign-in or /auth/refresh' } } },
    },
  });
}

/** GET /openapi.json; declare it inside a plugin registered after installOpenApi, as every route. */
export function openApiRoute(app: FastifyInstance): void {
  app.get(
    '/openapi.json',
    { schema: { summary: 'This API description (OpenAPI 3.1)', tags: ['operations'], response: { 200: { description: 'the OpenAPI document', type: 'object' } } } },
    async () => app.swagger(),
  );
}
