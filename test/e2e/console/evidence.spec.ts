import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signInToConsole } from '../support/console';
import { HEAD_OFFICE, pullAs, submitSignIn } from '../support/headOffice';

interface PulledCase {
  id: string;
  caseNumber: string;
  status: string;
  parties: { addresses: { retiredAt: string | null }[] }[];
}

/**
 * A real JPEG with content of its own (so its SHA-256 is new to head office), drawn by the browser: a doorway
 * with a random colour and the time written on it.
 */
async function photo(page: Page): Promise<Buffer> {
  const colour = `#${randomBytes(3).toString('hex')}`;
  // A string, because this file is type-checked without the DOM library.
  const dataUrl = await page.evaluate<string>(`(() => {
    const c = document.createElement('canvas');
    c.width = 320; c.height = 240;
    const g = c.getContext('2d');
    g.fillStyle = '#dfe6ee'; g.fillRect(0, 0, 320, 240);
    g.fillStyle = ${JSON.stringify(colour)}; g.fillRect(110, 60, 100, 180);
    g.fillStyle = '#1f2933'; g.font = '16px sans-serif'; g.fillText('外访 ' + new Date().toISOString(), 12, 28);
    return c.toDataURL('image/jpeg', 0.9);
  })()`);
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test('console: a photo recorded offline reaches the console after sync with its SHA-256 verified', async ({ page, context }) => {
  test.setTimeout(240_000);
  const collector = 'demo-officer-310115-04';
  const assigned = await pullAs<PulledCase>(collector);
  const target = assigned.cases.find((c) => c.status !== 'closed' && c.parties.some((p) => p.addresses.some((a) => a.retiredAt === null)));
  expect(target, 'a case of the collector with an address to visit').toBeTruthy();
  await page.goto('/');
  const bytes = await photo(page);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

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
  // The thumbnail is the photo itself, decoded by the browser (not a broken image).
  await expect.poll(() => item.getByTestId('evidence-thumb').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(320);
  await console.screenshot({ path: 'test-results/evidence-console.png', fullPage: true });
});
