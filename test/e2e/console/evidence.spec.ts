import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { signInToConsole } from '../support/console';
import { HEAD_OFFICE, pullAs, submitSignIn } from '../support/headOffice';

interface PulledCase {
  id: string;
  caseNumber: string;
  status: string;
  parties: { addresses: { retiredAt: string | null }[] }[];
}

/** A small JPEG-looking file with bytes of its own (so its SHA-256 is new to head office). */
function photo(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), randomBytes(24_000), Buffer.from([0xff, 0xd9])]);
}

test('console: a photo recorded offline reaches the console after sync with its SHA-256 verified', async ({ page, context }) => {
  test.setTimeout(240_000);
  const collector = 'demo-officer-310115-04';
  const assigned = await pullAs<PulledCase>(collector);
  const target = assigned.cases.find((c) => c.status !== 'closed' && c.parties.some((p) => p.addresses.some((a) => a.retiredAt === null)));
  expect(target, 'a case of the collector with an address to visit').toBeTruthy();
  const bytes = photo();
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  await page.goto('/');
  await submitSignIn(page, collector);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });

  // Offline: plan the visit, record it with a photo.
  await context.setOffline(true);
  await page.getByTestId('case-search').fill(target!.caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await page.getByTestId('tab-visits').click();
  const address = page.getByTestId('visit-address');
  await address.selectOption({ index: 1 });
  await page.getByTestId('visit-staff-other').fill('李明');
  await page.getByTestId('visit-submit').click();
  await page.locator('[data-testid^="visit-record-open-"]').first().click();
  await page.getByTestId('attachment-input').setInputFiles({ name: '外访照片.jpg', mimeType: 'image/jpeg', buffer: bytes });
  await expect(page.getByTestId('attachment-list')).toContainText('外访照片.jpg');
  await page.getByTestId('visit-outcome').selectOption({ index: 1 });
  await page.getByTestId('visit-people-met').fill('借款人本人');
  await page.getByTestId('visit-record-submit').click();
  await expect(page.getByTestId('outbox-status')).toContainText('待上传');

  // Back online: the sync pushes the records, then the photo's bytes.
  await context.setOffline(false);
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('evidence-sync-summary')).toContainText('本次上传 1 个', { timeout: 60_000 });
  await expect(page.getByTestId('evidence-sync-failure')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/evidence-sync-screen.png', fullPage: true });

  // The console: the branch's supervisor finds the case and sees the photo, its hash checked in the browser.
  const console = await context.newPage();
  await signInToConsole(console, 'demo-supervisor-310115');
  await console.goto(`${HEAD_OFFICE}/console/#/evidence`);
  await console.getByTestId('evidence-lookup-q').fill(target!.caseNumber);
  await console.getByTestId('evidence-lookup-go').click();
  await console.getByTestId('evidence-lookup-results').getByRole('link', { name: target!.caseNumber }).click();
  const item = console.locator(`[data-testid="evidence-item"][data-sha256="${sha256}"]`);
  await expect(item.getByTestId('evidence-verified')).toBeVisible({ timeout: 30_000 });
  await expect(item.getByTestId('evidence-sha256')).toHaveText(sha256);
  await expect(item.getByTestId('evidence-thumb')).toBeVisible();
  await console.screenshot({ path: 'test-results/evidence-console.png', fullPage: true });
});
