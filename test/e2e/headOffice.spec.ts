import { expect, test } from '@playwright/test';

// playwright.config.ts starts a fresh head office (demo users and portfolio) and points the web app at it.
const HEAD_OFFICE_URL = process.env.E2E_HEAD_OFFICE_URL ?? 'http://127.0.0.1:4175';

test('the browser app learns the head office it was started with, and may call it across origins', async ({ page }) => {
  await page.goto('/');
  // What the browser platform reads into AppInfo.headOfficeUrl.
  const startup = await page.evaluate(async () => (await fetch('head-office.json')).json());
  expect(startup).toEqual({ headOfficeUrl: HEAD_OFFICE_URL });

  // A real cross-origin request from the app's page in Chromium: preflighted (JSON body) and granted.
  const signIn = await page.evaluate(async (url) => {
    const res = await fetch(`${url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'demo-officer-310115-01', password: 'wrong-password', deviceId: 'e2e-cors-probe' }),
    });
    return { status: res.status, body: (await res.json()) as { error: { code: string } } };
  }, HEAD_OFFICE_URL);
  // The answer reached the page (a refused CORS request would throw "Failed to fetch" instead).
  expect(signIn.status).toBe(401);
  expect(signIn.body.error.code).toBe('invalid_credentials');

  const health = await page.evaluate(async (url) => (await fetch(`${url}/health`)).json(), HEAD_OFFICE_URL);
  expect(health).toMatchObject({ ok: true, db: 'ok', database: 'pglite' });
});
