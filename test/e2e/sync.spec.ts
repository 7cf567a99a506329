import { expect, test } from '@playwright/test';

test('the Sync screen lists what waits for head office, oldest first, and says demo data never syncs', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption('100');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 100 件', { timeout: 60_000 });
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  // As the branch's supervisor: a collector logs contacts only on their own cases (shared/domain/permissions.ts).
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-supervisor-${branch}`);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('log-channel').selectOption('visit');
  await page.getByTestId('log-outcome').selectOption('not_at_home');
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();

  await page.getByRole('button', { name: '同步' }).click();
  const screen = page.getByTestId('sync-screen');
  await expect(page.getByTestId('sync-demo')).toContainText('演示数据不会与总行同步');
  await expect(page.getByTestId('sync-pending')).not.toHaveText('0');
  await expect(screen).toContainText('联系记录'); // the operation in words, not its mutation name
});
