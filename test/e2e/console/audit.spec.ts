import { expect, test, type Page } from '@playwright/test';
import { signInToConsole } from '../support/console';
import { PASSWORD, submitSignIn } from '../support/headOffice';

/**
 * §7 of issue 14: a device's audit entries reach head office at sync and are checked there. Here a collector's
 * real device writes entries, one of them is edited in its IndexedDB before it is sent, and the console shows
 * the break with the device and the seq.
 */

/** Runs a script in the app's page against its real IndexedDB store (a string: this file has no DOM types). */
const inStore = <T>(page: Page, body: string): Promise<T> =>
  page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('recovery-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const done = (v) => { db.close(); resolve(v); };
      try { ${body} } catch (e) { db.close(); reject(e); }
    };
  })`);

test('console: a tampered device audit chain is flagged', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await submitSignIn(page, 'demo-officer-310115-01');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  const device = await inStore<{ deviceId: string; deviceCode: string }>(page, `
    const req = db.transaction('meta', 'readonly').objectStore('meta').get('device');
    req.onsuccess = () => done(req.result.value);`);

  // Offline, the collector locks and unlocks: entries the device has not sent yet.
  await context.setOffline(true);
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await page.getByTestId('unlock-password').fill(PASSWORD);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);

  // Someone with the laptop edits the newest entry's time in the store, as a hand on the files would.
  const tamperedSeq = await inStore<number>(page, `
    const store = db.transaction('audit', 'readwrite').objectStore('audit');
    const req = store.openCursor(null, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      const entry = cursor.value;
      entry.at = '2026-01-01T00:00:00.000Z';
      cursor.update(entry).onsuccess = () => done(entry.seq);
    };`);
  expect(tamperedSeq).toBeGreaterThan(1);

  await context.setOffline(false);
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });

  // Head office's console: the device's chain is broken at that seq, and the finding names it.
  const consolePage = await context.newPage();
  await signInToConsole(consolePage, 'demo-admin');
  await consolePage.getByTestId('console-nav-audit').click();
  const row = consolePage.getByTestId(`audit-chain-${device.deviceId}`);
  await expect(row).toContainText(device.deviceCode);
  await expect(row).toContainText(`第 ${tamperedSeq} 条起断裂：内容被修改`);
  await expect(row).toContainText('demo-officer-310115-01');
  const finding = consolePage.getByTestId(`audit-finding-${device.deviceId}-${tamperedSeq}`);
  await expect(finding).toContainText('内容被修改');
  await expect(finding).toContainText(device.deviceCode);
  await consolePage.screenshot({ path: 'test-results/console-audit-chains.png', fullPage: true });

  // The entries around it: the changed one does not match its hash; the ones before it do.
  await finding.getByRole('link').click();
  await expect(consolePage.getByTestId(`audit-entry-${tamperedSeq}`)).toContainText('与哈希不符');
  await expect(consolePage.getByTestId(`audit-entry-${tamperedSeq - 1}`)).toContainText('一致');
  await consolePage.screenshot({ path: 'test-results/console-audit-entries.png', fullPage: true });
  await consolePage.getByTestId('console-sign-out').click();

  // Another branch's supervisor does not see this device; its own branch's supervisor does.
  await signInToConsole(consolePage, 'demo-supervisor-110105');
  await consolePage.getByTestId('console-nav-audit').click();
  await expect(consolePage.getByTestId('audit-chains')).toBeVisible();
  await expect(consolePage.getByTestId(`audit-chain-${device.deviceId}`)).toHaveCount(0);
  await consolePage.getByTestId('console-sign-out').click();
  await signInToConsole(consolePage, 'demo-supervisor-310115');
  await consolePage.getByTestId('console-nav-audit').click();
  await expect(consolePage.getByTestId(`audit-chain-${device.deviceId}`)).toContainText(`第 ${tamperedSeq} 条起断裂`);
});
