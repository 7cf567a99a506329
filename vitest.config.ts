import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{shared,renderer,electron,lint,server,sync}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // A PGlite takes seconds to start, more on a busy 2-core machine; beforeAll hooks open one.
    hookTimeout: 60_000,
    // One throwaway PostgreSQL cluster per run for the server and sync tests' PostgreSQL copies.
    globalSetup: ['test/setup/postgres.ts'],
  },
});
