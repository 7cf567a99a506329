import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/types';

/** What the console gives each capability (server/console/routes.ts ConsoleDeps), restated so this module does not import it back. */
export interface EvidenceDeps {
  db: Db;
  config: Config;
  now: () => number;
  authenticate: preHandlerAsyncHookHandler;
}
