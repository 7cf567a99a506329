import type { preHandlerAsyncHookHandler } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/types';

/**
 * What the portfolio routes take: the part of ConsoleDeps (server/console/routes.ts) they use, declared here
 * so this folder does not import the module that registers it (test/lint/cycles.test.ts counts type imports).
 */
export interface PortfolioDeps {
  db: Db;
  config: Pick<Config, 'uploadLimitBytes'>;
  now: () => number;
  authenticate: preHandlerAsyncHookHandler;
}
