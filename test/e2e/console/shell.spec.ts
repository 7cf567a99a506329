import { expect, test } from '@playwright/test';
import { CONSOLE, signInToConsole } from '../support/console';
import { PASSWORD } from '../support/headOffice';

test('console: a head-office admin signs in and sees the whole bank; a supervisor sees their branch read-only; a collector is turned away', async ({ page }) => {
  await signInToConsole(page, 'demo-admin');
  await expect(page.getByTestId('console-scope')).toHaveText('全行');
  await expect(page.getByTestId('console-welcome')).toContainText('总行管理员');
  await page.getByTestId('console-sign-out').click();

  await signInToConsole(page, 'demo-supervisor-310115');
  await expect(page.getByTestId('console-scope')).toContainText('只读');
  await expect(page.getByTestId('console-scope')).toContainText('310115');
  await page.getByTestId('console-sign-out').click();

  await page.goto(CONSOLE);
  await page.getByTestId('console-user').fill('demo-officer-310115-01');
  await page.getByTestId('console-password').fill(PASSWORD);
  await page.getByTestId('console-sign-in').click();
  await expect(page.getByRole('alert')).toContainText('控制台仅供总行管理员和网点主管使用');

  await expect(page.getByTestId('console-sign-out')).toHaveCount(0);
  await page.getByTestId('console-user').fill('demo-admin');
  await page.getByTestId('console-password').fill('wrong-password');
  await page.getByTestId('console-sign-in').click();
  await expect(page.getByRole('alert')).toHaveText('用户名或密码错误。');
});
