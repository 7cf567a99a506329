import { expect, test } from '@playwright/test';
import { CONSOLE, signInToConsole } from '../support/console';
import { HEAD_OFFICE, PASSWORD, submitSignIn } from '../support/headOffice';

test('console: an admin creates a user who must change the password at first sign-in', async ({ page }) => {
  const userId = `e2e-sup-${Date.now().toString(36)}`;
  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-users').click();
  await page.getByTestId('new-user-id').fill(userId);
  await page.getByTestId('new-user-name').fill('测试主管');
  await page.getByTestId('new-user-role').selectOption('supervisor');
  await page.getByTestId('new-user-branch').selectOption('310115');
  await page.getByTestId('create-user').click();
  await expect(page.getByTestId('user-created')).toContainText(userId);
  const temporary = (await page.getByTestId('temporary-password').textContent())!.trim();
  expect(temporary).toMatch(/^\S{4}-\S{4}-\S{4}$/);
  await expect(page.getByTestId(`user-row-${userId}`)).toContainText('须修改密码');
  await page.getByTestId('console-sign-out').click();

  await page.goto(CONSOLE);
  await page.getByTestId('console-user').fill(userId);
  await page.getByTestId('console-password').fill(temporary);
  await page.getByTestId('console-sign-in').click();
  await expect(page.getByTestId('forced-password-change')).toBeVisible();
  await page.getByTestId('password-current').fill(temporary);
  await page.getByTestId('password-new').fill('short1A');
  await page.getByTestId('password-repeat').fill('short1A');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('password-refusal')).toContainText('密码至少 10 个字符');

  await page.getByTestId('password-new').fill('Pudong-Harbour-72');
  await page.getByTestId('password-repeat').fill('Pudong-Harbour-72');
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('forced-password-change')).toHaveCount(0);
  await expect(page.getByTestId('console-welcome')).toContainText('测试主管');
  await expect(page.getByTestId('console-scope')).toContainText('310115');
  // The console works for them now: their branch's users, read-only.
  await page.getByTestId('console-nav-users').click();
  await expect(page.getByTestId('users-table')).toContainText(userId);
  await expect(page.getByTestId('create-user-form')).toHaveCount(0);
  await page.getByTestId('console-sign-out').click();
  await signInToConsole(page, userId, 'Pudong-Harbour-72');
  await expect(page.getByTestId('forced-password-change')).toHaveCount(0);
});

test('console: an admin revokes a device from the devices page, and the device is refused at once', async ({ page }) => {
  const deviceId = `e2e-revoke-${Date.now()}`;
  const signedIn = await fetch(`${HEAD_OFFICE}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'demo-officer-110105-01', password: PASSWORD, deviceId }) });
  expect(signedIn.status).toBe(200);
  const { accessToken, device } = (await signedIn.json()) as { accessToken: string; device: { code: string } };
  const directory = () => fetch(`${HEAD_OFFICE}/sync/directory`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: '{}' });
  expect((await directory()).status).toBe(200);

  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-devices').click();
  await page.getByTestId('devices-filter-branch').selectOption('110105');
  const row = page.getByTestId(`device-row-${device.code}`);
  await expect(row).toContainText('demo-officer-110105-01');
  await expect(page.getByTestId(`device-state-${device.code}`)).toHaveText('在用');
  await page.getByTestId(`device-revoke-${device.code}`).click();
  await expect(page.getByTestId('device-confirm')).toBeDisabled();
  await page.getByTestId('device-reason').fill('笔记本电脑遗失');
  await page.getByTestId('device-confirm').click();
  await expect(page.getByTestId(`device-state-${device.code}`)).toContainText('已停用');
  await expect(page.getByTestId(`device-state-${device.code}`)).toContainText('笔记本电脑遗失');
  await expect(page.getByTestId(`device-revoke-${device.code}`)).toHaveCount(0);

  const refused = await directory();
  expect(refused.status).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('device_revoked');
});

test('console: an admin remotely wipes a laptop; at its next sync the app erases its data and says head office wiped it', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await submitSignIn(page, 'demo-clerk-510107');
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  const device = (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('recovery-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('meta', 'readonly').objectStore('meta').get('device');
      req.onsuccess = () => { resolve(req.result.value); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  })`)) as { deviceId: string; deviceCode: string };

  const consolePage = await context.newPage();
  await signInToConsole(consolePage, 'demo-admin');
  await consolePage.getByTestId('console-nav-devices').click();
  await consolePage.getByTestId('devices-filter-branch').selectOption('510107');
  // What the laptop reported at its sync: its pending changes and its version.
  await expect(consolePage.getByTestId(`device-row-${device.deviceCode}`)).toContainText('0.1.0');
  await consolePage.getByTestId(`device-wipe-${device.deviceCode}`).click();
  await expect(consolePage.getByTestId('device-action')).toContainText('尚未上传的变更');
  await consolePage.getByTestId('device-reason').fill('员工离职，电脑未归还');
  await consolePage.getByTestId('device-confirm').click();
  await expect(consolePage.getByTestId(`device-state-${device.deviceCode}`)).toContainText('已要求远程擦除');

  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('wiped-screen')).toContainText('本设备已被总行远程擦除');
  await expect(page.getByTestId('wipe-incomplete')).toHaveCount(0);
  // The store the app reopened after the wipe is empty: no case, no device identity from before.
  const left = (await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('recovery-desk');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('cases')) { resolve({ cases: 0, device: null }); db.close(); return; }
      const tx = db.transaction(['cases', 'meta'], 'readonly');
      const count = tx.objectStore('cases').count();
      const dev = tx.objectStore('meta').get('device');
      tx.oncomplete = () => { resolve({ cases: count.result, device: dev.result ? dev.result.value.deviceId : null }); db.close(); };
      tx.onerror = () => reject(tx.error);
    };
  })`)) as { cases: number; device: string | null };
  expect(left.cases).toBe(0);
  expect(left.device).not.toBe(device.deviceId);
  await page.screenshot({ path: '/tmp/people-wiped.png' });

  await consolePage.reload();
  await consolePage.getByTestId('devices-filter-branch').selectOption('510107');
  await expect(consolePage.getByTestId(`device-state-${device.deviceCode}`)).toContainText('设备已于');
});
