import { expect, type Page } from '@playwright/test';
import { HEAD_OFFICE, PASSWORD } from './headOffice';

/** The console the e2e head office serves (built by scripts/e2e-head-office.mjs). */
export const CONSOLE = `${HEAD_OFFICE}/console/`;

/** Opens the console and signs in; waits for the signed-in frame. */
export async function signInToConsole(page: Page, userId = 'demo-admin', password = PASSWORD) {
  await page.goto(CONSOLE);
  await page.getByTestId('console-user').fill(userId);
  await page.getByTestId('console-password').fill(password);
  await page.getByTestId('console-sign-in').click();
  await expect(page.getByTestId('console-sign-out')).toBeVisible();
}
