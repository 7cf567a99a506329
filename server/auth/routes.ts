import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { parseWith } from '../http/errors';
import { principalOf } from './authenticate';
import { RefreshRequestSchema, refreshSession } from './refresh';
import { revokeDevice } from './revoke';
import type { TokenSettings } from './session';
import { SignInRequestSchema, signIn } from './signIn';

const DeviceParamsSchema = z.strictObject({ id: DeviceIdSchema });
// The revoke body is optional; nothing in it is read yet.
const RevokeBodySchema = z.union([z.undefined(), z.null(), z.strictObject({ reason: z.string().max(500).optional() })]);

export function authRoutes(app: FastifyInstance, deps: { db: Db; settings: TokenSettings; now: () => number; authenticate: preHandlerAsyncHookHandler }): void {
  const { db, settings, now, authenticate } = deps;

  app.post('/auth/sign-in', async (req) => signIn(db, settings, parseWith(SignInRequestSchema, req.body, 'body'), now()));

  app.post('/auth/refresh', async (req) => refreshSession(db, settings, parseWith(RefreshRequestSchema, req.body, 'body'), now()));

  app.post('/devices/:id/revoke', { preHandler: authenticate }, async (req) => {
    const { id } = parseWith(DeviceParamsSchema, req.params, 'params');
    parseWith(RevokeBodySchema, req.body, 'body');
    return revokeDevice(db, principalOf(req), id, now());
  });
}
