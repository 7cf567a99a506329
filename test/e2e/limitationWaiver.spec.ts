import { expect, test, type Page } from '@playwright/test';
import { generateCase } from '../../shared/demo';
import { limitationFor } from '../../shared/limitation';

/**
 * Issue 17 §5: a borrower who signs a final demand's 回执 after the limitation period ran waives the defence; the
 * case's deadlines card says so, with the new expiry three years from the signature. The demo portfolio is made on
 * 2026-11-23 (its dates are relative to the day it is loaded); the clock then moves to 2031-06-02, when the
 * periods of the case picked here have run.
 */
const DEMO_SEED = 20261123;
const COUNT = 100;
const LOADED = '2026-11-23';
const LATER = '2031-06-02';
const NEW_EXPIRY = '2034-06-02';

/** The first demo case whose borrower's every account is time-barred on LATER, with nothing recorded. */
function expiredCase() {
  for (let i = 0; i < COUNT; i++) {
    const c = generateCase(DEMO_SEED, i, { snapshotDate: LOADED });
    const borrower = c.parties.find((p) => p.role === 'borrower');
    if (!borrower || borrower.addresses.length === 0 || c.status === 'on_hold' || c.status === 'legal' || c.parties.some((p) => p.role === 'co_borrower')) continue;
    const rows = limitationFor(c, [], LATER).filter((r) => r.partyId === borrower.id);
    if (rows.length > 0 && rows.every((r) => r.status === 'expired')) return { c, borrower };
  }
  throw new Error('no demo case is time-barred on the later day');
}

async function openCase(page: Page, contractNumber: string) {
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(contractNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
}

/** Issues a letter of `type` on the open case's letters tab; returns its register number. */
async function issue(page: Page, type: string, numbered: RegExp): Promise<string> {
  await page.getByTestId('letter-type').selectOption(type);
  await page.getByTestId('letter-preview-button').click();
  await expect(page.getByTestId('letter-issue')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('letter-issue').click();
  const issued = page.getByTestId('letter-issued').locator('strong');
  await expect(issued).toContainText(numbered, { timeout: 60_000 });
  return (await issued.innerText()).split('：')[1]!.trim();
}

test('compliance: a final demand signed after expiry shows the waiver and its new expiry', async ({ page }) => {
  test.setTimeout(180_000);
  const { c, borrower } = expiredCase();
  await page.clock.setFixedTime(new Date(`${LOADED}T10:00:00+08:00`));
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption(String(COUNT));
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT.toLocaleString('zh-CN')} 件`, { timeout: 90_000 });
  await page.clock.setFixedTime(new Date(`${LATER}T10:00:00+08:00`));

  // The clerk of the case's branch prints and registers letters.
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-clerk-${c.assignment.branchCode}`);
  await openCase(page, c.accounts[0]!.contractNumber);
  const borrowerRows = page.getByTestId('deadline-limitation').filter({ hasText: borrower.name });
  await expect(borrowerRows.first()).toContainText('诉讼时效期间已届满');

  await page.getByTestId('tab-letters').click();
  // A final demand names the notices before it: a demand notice first.
  await issue(page, 'demand_notice', /-000001$/);
  const number = await issue(page, 'final_demand', /-000002$/);

  // The signed 回执 comes back: the borrower signed it in person, today, years after the period ran.
  await page.getByRole('button', { name: '函件', exact: true }).click();
  await page.getByTestId(`letter-ack-${number}`).click();
  await page.getByTestId('letter-ack-date').fill(LATER);
  await page.getByTestId('letter-ack-signer').selectOption('self');
  await page.getByTestId('letter-action-save').click();
  await expect(page.getByTestId(`letter-ack-${number}`)).toBeVisible();

  await openCase(page, c.accounts[0]!.contractNumber);
  const waived = page.getByTestId('deadline-limitation').filter({ hasText: borrower.name });
  await expect(waived.first()).toContainText('已放弃时效抗辩');
  await expect(waived.first()).toContainText(NEW_EXPIRY);
  await expect(page.getByTestId('deadline-waiver')).toContainText('2031年6月2日 在催收通知单上签字');
  await expect(page.getByTestId('deadline-waiver')).toContainText(number);
  await page.getByTestId('deadlines').screenshot({ path: '/tmp/limitation-waiver.png' });
});
