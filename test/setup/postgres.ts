// vitest globalSetup: one throwaway PostgreSQL cluster for the whole run, its URL handed to the test files
// with `provide` (each file then creates its own database in it, see test/support/backends.ts).
import type { TestProject } from 'vitest/node';
import { startPgCluster } from '../../scripts/pg-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the run's PostgreSQL cluster; null when the PostgreSQL runs are skipped. */
    pgUrl: string | null;
    /** Why they are skipped, for the test names. */
    pgSkipReason: string | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  // A developer may point the tests at a PostgreSQL of their own (a superuser that may CREATE DATABASE).
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('pgUrl', given);
    project.provide('pgSkipReason', null);
    return undefined;
  }
  const skip = (reason: string) => {
    // CI installs PostgreSQL (.ci/run): a silent skip there would prove nothing.
    if (process.env.CI === 'true') throw new Error(`PostgreSQL runs cannot be skipped on CI: ${reason}`);
    console.warn(`\n[postgres] PostgreSQL runs of the server and sync tests are SKIPPED: ${reason}\n`);
    project.provide('pgUrl', null);
    project.provide('pgSkipReason', reason);
    return undefined;
  };
  if (process.env.SKIP_POSTGRES === '1') return skip('SKIP_POSTGRES=1');
  let cluster;
  try {
    cluster = await startPgCluster({ maxConnections: 200, sharedBuffers: '64MB' });
  } catch (err) {
    return skip(`the cluster did not start: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  if (!cluster) return skip('PostgreSQL is not installed (apt-get install postgresql, or set TEST_DATABASE_URL)');
  project.provide('pgUrl', cluster.url);
  project.provide('pgSkipReason', null);
  return () => cluster.stop();
}
