import { expect, test, type Page } from '@playwright/test';
import { generateCase } from '../../shared/demo';

// The demo portfolio at its smallest size; the clock is fixed so that the contact window can be tested.
const DEMO_SEED = 20261123;
const COUNT = 100;
const shanghai = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

/** A case a collector may call: open, its borrower reachable on a mobile. */
function callableCase() {
  for (let i = 0; i < COUNT; i++) {
    const c = generateCase(DEMO_SEED, i, { snapshotDate: '2026-11-23' });
    const borrower = c.parties.find((p) => p.role === 'borrower')!;
    const mobiles = borrower.phones.filter((p) => p.retiredAt === null && p.kind === 'mobile');
    if ((c.status === 'new' || c.status === 'contacting') && mobiles.length > 0 && c.accounts.every((a) => a.amounts.principalFen > 2_000_000)) return c;
  }
  throw new Error('no callable case in the demo portfolio');
}

async function openCase(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

async function logCall(page: Page, outcome: string) {
  await page.getByTestId('log-outcome').selectOption(outcome);
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', /allow|warn/);
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();
}

test('a collector calls, is stopped at 22:01 and at the 7th unanswered attempt, records a promise kept in part, and a waiver waits for a supervisor', async ({ page }) => {
  test.setTimeout(180_000);
  const c = callableCase();
  await page.clock.setFixedTime(shanghai('2026-11-23T21:59:00'));
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption(String(COUNT));
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT} 件`, { timeout: 60_000 });
  // Collectors work their own cases (shared/domain/permissions.ts): the demo operator is the case's collector.
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(c.assignment.officerId!);
  await openCase(page, c.caseNumber);

  // 21:59 Shanghai: the call is allowed and logged, with a promise of ¥1,000 by 25 Nov.
  await page.getByTestId('log-outcome').selectOption('promise');
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', 'allow');
  await page.getByTestId('log-promise-amount').fill('1000');
  await page.getByTestId('log-promise-due').fill('2026-11-25');
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('承诺 2026年11月25日 还款 ¥1,000.00');

  // 22:01: the same call is blocked, and the screen names the rule and its source.
  await page.clock.setFixedTime(shanghai('2026-11-23T22:01:00'));
  await page.getByTestId('log-outcome').selectOption('no_answer');
  const verdict = page.getByTestId('compliance-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'block');
  await expect(verdict.locator('[data-rule="cn.window.contactHours"]')).toBeVisible();
  await expect(verdict).toContainText('依据');
  await expect(page.getByTestId('log-submit')).toBeDisabled();

  // Prohibited wording in a note is refused with the phrase and its rule.
  await page.clock.setFixedTime(shanghai('2026-11-24T10:00:00'));
  await page.getByTestId('log-notes').fill('再不还钱就让你坐牢');
  await expect(page.getByTestId('wording-verdict')).toContainText('坐牢');
  await expect(page.getByTestId('log-submit')).toBeDisabled();
  await page.getByTestId('log-notes').fill('');

  // Next day: six unanswered attempts on one number are allowed; the seventh is refused.
  for (let i = 0; i < 6; i++) {
    await page.clock.setFixedTime(shanghai(`2026-11-24T10:0${i}:00`));
    await logCall(page, 'no_answer');
  }
  await page.clock.setFixedTime(shanghai('2026-11-24T10:07:00'));
  await page.getByTestId('log-outcome').selectOption('busy');
  await expect(verdict).toHaveAttribute('data-verdict', 'block');
  await expect(verdict.locator('[data-rule="cn.cap.unansweredPerNumber"]')).toBeVisible();

  // A partial payment of ¥400; after the grace period the promise shows partly kept.
  await page.getByTestId('tab-promises').click();
  await page.getByTestId('payment-amount').fill('400');
  await page.getByTestId('payment-date').fill('2026-11-24');
  await page.getByTestId('payment-submit').click();
  await expect(page.getByTestId('promise-state')).toHaveText('未到期');
  await page.clock.setFixedTime(shanghai('2026-11-29T09:00:00'));
  await page.getByTestId('tab-log').click();
  await page.getByTestId('tab-promises').click();
  await expect(page.getByTestId('promise-state')).toHaveText('部分履行');

  // A plan with a large waiver waits for a supervisor; the maker cannot approve it.
  await page.getByTestId('tab-plans').click();
  await page.getByTestId('plan-agreed-total').fill('10000');
  await page.getByTestId('plan-count').fill('5');
  await page.getByTestId('plan-first-due').fill('2026-12-10');
  await page.getByTestId('plan-notes').fill('借款人失业，收入中断');
  await page.getByTestId('plan-submit').click();
  const status = page.locator('[data-testid^="plan-status-"]').first();
  await expect(status).toContainText('待主管审批');
  await expect(page.getByTestId('plan-approve')).toHaveCount(0);

  // The branch supervisor signs in at this device (until sign-in: Settings) and approves it.
  await page.getByRole('button', { name: '设置' }).click();
  const supervisor = `demo-supervisor-${c.assignment.branchCode}`;
  await page.getByTestId('operator-select').selectOption(supervisor);
  await openCase(page, c.caseNumber);
  await page.getByTestId('tab-plans').click();
  await page.getByTestId('plan-approve').click();
  await expect(status).not.toContainText('待主管审批');

  // Every change is in the audit trail, and the chain verifies.
  await page.getByTestId('tab-audit').click();
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verdict')).toContainText('审计链完整');
  await expect(page.getByTestId('outbox-status')).toContainText('待上传');
});
