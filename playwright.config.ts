import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Debian's Chromium where there is one (this machine and CI cannot download Playwright's browser);
// Playwright's own browser on a developer's laptop.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 4174);
// A fresh head office for each run (new temporary DATA_DIR, demo users and portfolio), on a fixed port.
const HEAD_OFFICE_PORT = Number(process.env.E2E_HEAD_OFFICE_PORT ?? 4175);
const HEAD_OFFICE_URL = `http://127.0.0.1:${HEAD_OFFICE_PORT}`;
// Tests read it (the workers inherit this process's environment).
process.env.E2E_HEAD_OFFICE_URL = HEAD_OFFICE_URL;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node scripts/e2e-head-office.mjs --port ${HEAD_OFFICE_PORT}`,
      url: `${HEAD_OFFICE_URL}/health`,
      // Never someone else's: every run starts from the same fresh demo data.
      reuseExistingServer: false,
      // Seeding the demo portfolio takes about 10 s on a quiet machine, minutes on a loaded one.
      timeout: 300_000,
      stdout: 'pipe',
      // SIGTERM lets it close its database and delete its temporary folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      command: `node scripts/serve-web.mjs --port ${PORT} --head-office ${HEAD_OFFICE_URL}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
      stdout: 'pipe',
    },
  ],
});
