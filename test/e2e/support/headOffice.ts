import { expect, type Page } from '@playwright/test';

/** The head office the end-to-end run started (playwright.config.ts sets E2E_HEAD_OFFICE_URL). */
export const HEAD_OFFICE = process.env.E2E_HEAD_OFFICE_URL ?? `http://127.0.0.1:${process.env.E2E_HEAD_OFFICE_PORT ?? 4175}`;
/** Every demo user's password (server/auth/seed.ts). */
export const PASSWORD = 'demo1234';

export interface PulledRecord {
  id: string;
  caseId: string;
  name: string;
  /** Who made it (the envelope's user). */
  userId: string;
  args: Record<string, unknown>;
}

let deviceSeq = 0;
/**
 * What head office holds in a user's scope, asked over HTTP on a device of its own (so no browser device's cursor
 * moves): every case (as the caller types it) and every field record, exactly as a device would pull them.
 */
export async function pullAs<C = unknown>(userId: string): Promise<{ cases: C[]; records: PulledRecord[] }> {
  const deviceId = `e2e-check-${Date.now()}-${++deviceSeq}`;
  const signIn = await fetch(`${HEAD_OFFICE}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, password: PASSWORD, deviceId }) });
  expect(signIn.status).toBe(200);
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  // Keyed by id: a later copy replaces an earlier one, and a tombstone (the case left the scope) removes it.
  const cases = new Map<string, C>();
  const records: PulledRecord[] = [];
  let cursor: string | null = null;
  for (;;) {
    const res = await fetch(`${HEAD_OFFICE}/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ protocolVersion: 1, schemaVersion: 1, deviceId, cursor, limit: 5000 }),
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { cursor: string; hasMore: boolean; changes: { kind: string; id: string; caseId?: string; name?: string; data?: unknown }[] };
    for (const ch of page.changes) {
      if (ch.kind === 'case') cases.set(ch.id, ch.data as C);
      if (ch.kind === 'tombstone') cases.delete(ch.id);
      if (ch.kind === 'record') {
        const d = ch.data as { userId: string; args: Record<string, unknown> };
        records.push({ id: ch.id, caseId: ch.caseId!, name: ch.name!, userId: d.userId, args: d.args });
      }
    }
    cursor = page.cursor;
    if (!page.hasMore) return { cases: [...cases.values()], records };
  }
}

/** Fills in and submits the sign-in screen (which must be showing). */
export async function submitSignIn(page: Page, userId: string, password = PASSWORD) {
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await page.getByTestId('sign-in-user').fill(userId);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}
