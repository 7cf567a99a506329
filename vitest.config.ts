import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/{shared,renderer,electron,lint,server,sync}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
