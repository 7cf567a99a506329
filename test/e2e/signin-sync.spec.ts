import { expect, test, type Page } from '@playwright/test';
import { HEAD_OFFICE, PASSWORD, pullAs } from './support/headOffice';

/**
 * Sign-in, lock and sync against the real head office Playwright starts (playwright.config.ts: demo users and
 * portfolio, every password demo1234). Head office is asked over HTTP what it holds, as its own users would.
 */
const shanghai = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

interface Pulled {
  cases: { id: string; caseNumber: string; status: string; parties: { role: string; phones: { kind: string; retiredAt: string | null }[] }[] }[];
  records: { id: string; caseId: string; name: string }[];
}


async function signIn(page: Page, userId: string, password = PASSWORD) {
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await expect(page.getByTestId('sign-in-url')).toHaveValue(HEAD_OFFICE);
  await page.getByTestId('sign-in-user').fill(userId);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/** Primary keys of a table of the real store, read straight from IndexedDB in the page. */
async function localIds(page: Page, table: string): Promise<string[]> {
  // A string, because this file is type-checked without the DOM library.
  return page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('recovery-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(${JSON.stringify(table)}, 'readonly').objectStore(${JSON.stringify(table)}).getAllKeys();
      req.onsuccess = () => { resolve(req.result.map(String)); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  })`);
}

test('a collector signs in, gets their cases, works offline, and head office receives each record exactly once', async ({ page, context }) => {
  test.setTimeout(240_000);
  const collector = 'demo-officer-310115-01';
  const assigned = await pullAs<Pulled['cases'][number]>(collector);
  expect(assigned.cases.length).toBeGreaterThan(0);
  const target = assigned.cases.find((c) => (c.status === 'new' || c.status === 'contacting') && c.parties.find((p) => p.role === 'borrower')?.phones.some((p) => p.kind === 'mobile' && p.retiredAt === null));
  expect(target, 'an open case with a borrower’s mobile').toBeTruthy();

  await page.clock.install({ time: shanghai('2026-11-23T10:00:00') });
  await page.goto('/');
  await expect(page.getByTestId('sign-in-screen')).toBeVisible();
  await expect(page.getByTestId('case-table')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/h4/signin.png' });
  await signIn(page, collector);

  // Signed in: the operator is the user, their cases arrive, the status bar says synced.
  await expect(page.getByTestId('operator')).toContainText('催收员');
  await expect(page.getByTestId('operator')).not.toContainText('演示');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${assigned.cases.length} 件`, { timeout: 60_000 });
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);

  // Offline: a call with a promise, then a field receipt, all kept locally.
  await context.setOffline(true);
  await page.getByTestId('case-search').fill(target!.caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await page.getByTestId('log-outcome').selectOption('promise');
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', /allow|warn/);
  await page.getByTestId('log-promise-amount').fill('1000');
  await page.getByTestId('log-promise-due').fill('2026-11-25');
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByTestId('tab-receipts').click();
  await page.getByTestId('receipt-amount').fill('500');
  await page.getByTestId('receipt-submit').click();
  await expect(page.getByTestId('receipt-issued')).toBeVisible();
  await expect(page.getByTestId('outbox-status')).toContainText('待上传');
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-state')).toContainText('离线');

  await page.getByRole('button', { name: '同步', exact: true }).click();
  await expect(page.getByTestId('sync-pending')).not.toHaveText('0');
  await page.screenshot({ path: '/tmp/h4/sync-offline.png' });

  // Back online: the `online` event syncs; nothing waits any more.
  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('sync-screen-state')).toHaveText('已同步');
  await expect(page.getByTestId('sync-last-error')).toHaveCount(0);
  // Head office took everything, the access events (sign-in …) included: nothing came back refused.
  await expect(page.getByTestId('sync-no-rejections')).toBeVisible();
  await page.screenshot({ path: '/tmp/h4/sync-online.png' });

  // Head office, asked as the branch supervisor, holds each record exactly once.
  const [activityIds, promiseIds, receiptIds] = await Promise.all([localIds(page, 'activities'), localIds(page, 'promises'), localIds(page, 'receipts')]);
  expect([activityIds.length, promiseIds.length, receiptIds.length]).toEqual([1, 1, 1]);
  const seen = await pullAs<Pulled['cases'][number]>('demo-supervisor-310115');
  const count = (id: string) => seen.records.filter((r) => r.id === id).length;
  expect([count(activityIds[0]!), count(promiseIds[0]!), count(receiptIds[0]!)]).toEqual([1, 1, 1]);
  const names = seen.records.filter((r) => r.caseId === target!.id).map((r) => r.name);
  expect(names.filter((n) => n === 'recordActivity')).toHaveLength(1);
  expect(names.filter((n) => n === 'recordReceipt')).toHaveLength(1);
});

test('auto-lock after inactivity removes the case list; the password unlocks without the network', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: shanghai('2026-11-23T10:00:00') });
  await page.goto('/');
  await signIn(page, 'demo-officer-310115-02');
  await expect(page.getByTestId('case-table')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });

  await page.clock.fastForward('04:00');
  await expect(page.getByTestId('case-table')).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  await expect(page.getByTestId('case-table')).toHaveCount(0);
  expect(await page.locator('.shell').count()).toBe(0);
  await page.screenshot({ path: '/tmp/h4/lock.png' });

  await context.setOffline(true);
  await page.getByTestId('unlock-password').fill('not-it');
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toContainText('再错 4 次');
  await page.getByTestId('unlock-password').fill(PASSWORD);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('case-table')).toBeVisible();
});

test('after one online sign-in the user can sign in offline, and is told it is an offline sign-in', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await signIn(page, 'demo-officer-310115-03');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  const rows = await page.getByTestId('list-summary').textContent();
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('session-notice')).toContainText('已退出登录');

  await page.reload(); // the app restarts, then the network goes
  await context.setOffline(true);
  await signIn(page, 'demo-officer-310115-03');
  await expect(page.getByTestId('offline-session')).toHaveText('离线登录');
  await expect(page.getByTestId('list-summary')).toHaveText(rows!);
  await expect(page.getByTestId('sync-state')).toContainText('离线');

  // Back online: an offline sign-in holds no token, so the app asks for the password once more — it does not
  // say the sign-in expired, and the user id is already there.
  await context.setOffline(false);
  await page.getByRole('button', { name: '立即同步' }).click();
  await expect(page.getByTestId('sign-in-again')).toContainText('本次是离线登录', { timeout: 30_000 });
  await page.getByTestId('sign-in-again').getByRole('button').click();
  await expect(page.getByTestId('session-notice')).toContainText('本次是离线登录');
  await expect(page.getByTestId('sign-in-user')).toHaveValue('demo-officer-310115-03');
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(page.getByTestId('offline-session')).toHaveCount(0);
});

test('five wrong passwords lock sign-in: at head office, and offline on the device across a restart', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  for (let i = 1; i <= 5; i++) {
    await signIn(page, 'demo-officer-440106-04', `wrong-${i}`);
    await expect(page.getByTestId('sign-in-error')).toContainText(i < 5 ? '工号或密码错误' : '已被锁定至');
  }

  // Offline, the device counts on its own (and remembers across a restart).
  await signIn(page, 'demo-officer-440106-03');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByTestId('sign-out').click();
  await context.setOffline(true);
  for (let i = 1; i <= 5; i++) {
    await signIn(page, 'demo-officer-440106-03', `wrong-${i}`);
    await expect(page.getByTestId('sign-in-error')).toContainText(i < 5 ? `再错 ${5 - i} 次` : '本机已锁定该账号至');
  }
  // The app restarts (the page needs the network to load; the sign-in after it does not).
  await context.setOffline(false);
  await page.reload();
  await context.setOffline(true);
  await signIn(page, 'demo-officer-440106-03');
  await expect(page.getByTestId('sign-in-error')).toContainText('本机已锁定该账号至');
  await expect(page.getByTestId('case-table')).toHaveCount(0);
});

test('a device head office revokes deletes its real store at the next sync and says why', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await signIn(page, 'demo-officer-330106-01');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(page.getByTestId('case-table')).toBeVisible();
  const device = (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('recovery-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('meta', 'readonly').objectStore('meta').get('device');
      req.onsuccess = () => { resolve(req.result.value); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  })`)) as { deviceId: string };

  // The branch supervisor revokes the laptop (lost), over head office's own route.
  const res = await fetch(`${HEAD_OFFICE}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'demo-supervisor-330106', password: PASSWORD, deviceId: `e2e-sup-${Date.now()}` }) });
  const { accessToken } = (await res.json()) as { accessToken: string };
  const revoked = await fetch(`${HEAD_OFFICE}/devices/${device.deviceId}/revoke`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ reason: 'lost' }) });
  expect(revoked.status).toBe(200);

  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('session-notice')).toContainText('总行已停用本设备，本机的案件数据已删除');
  await expect(page.getByTestId('case-table')).toHaveCount(0);
  expect(await localIds(page, 'cases')).toEqual([]);
  await page.screenshot({ path: '/tmp/h4/revoked.png' });
});

test('Settings: the head-office address is checked and tested against /health; auto-lock minutes are validated; English too', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await signIn(page, 'demo-officer-330106-02');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByTestId('operator-select')).toHaveCount(0); // the real store's operator is the signed-in user

  await page.getByTestId('settings-url').fill('ftp://example.cn');
  await page.getByTestId('settings-url-test').click();
  await expect(page.getByRole('alert')).toContainText('须以 http:// 或 https:// 开头');
  await page.getByTestId('settings-url').fill('http://127.0.0.1:9');
  await page.getByTestId('settings-url-test').click();
  await expect(page.getByTestId('settings-url-probe')).toContainText('无法连接总行');
  await page.getByTestId('settings-url').fill(HEAD_OFFICE);
  await page.getByTestId('settings-url-test').click();
  await expect(page.getByTestId('settings-url-probe')).toContainText('连接成功');

  await page.getByTestId('settings-autolock').fill('0');
  await expect(page.getByRole('alert')).toContainText('1 到 60 之间的整数');
  await page.getByTestId('settings-autolock').fill('10');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('settings-url-probe')).toContainText('Connected');
  await page.screenshot({ path: '/tmp/h4/settings-en.png', fullPage: true });
  await page.getByTestId('lock-now').click();
  await expect(page.getByTestId('lock-screen')).toContainText('Locked');
  await page.getByTestId('lock-sign-out').click();
  await expect(page.getByTestId('session-notice')).toContainText('Signed out');
  await page.screenshot({ path: '/tmp/h4/signin-en.png' });
});
