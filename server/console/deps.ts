import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/types';

/** What every console route module receives (import it from here, not from routes.ts: no cycle). */
export interface ConsoleDeps {
  db: Db;
  config: Config;
  now: () => number;
  authenticate: preHandlerAsyncHookHandler;
}
