import { expect, test, type Page } from '@playwright/test';
import { addDays, todayIn } from '../../../shared/calendar';
import { CONSOLE, signInToConsole } from '../support/console';
import { pullAs, submitSignIn } from '../support/headOffice';

/**
 * Issue 15 §1 end to end: head office imports core banking's repayment file in the console, the collector's
 * device syncs, and the promise the collector recorded is kept by the bank's payment. A collector and branch no
 * other spec uses (330106-04).
 */

const COLLECTOR = 'demo-officer-330106-04';
const SHOTS = '/tmp/payments-e2e';

interface PulledCase {
  id: string;
  caseNumber: string;
  status: string;
  accounts: { accountNumber: string }[];
  parties: { role: string; phones: { kind: string; retiredAt: string | null }[] }[];
}

async function openCase(page: Page, caseNumber: string) {
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

test('kpi: a payments file is imported and a promise becomes kept from the bank’s payment', async ({ page, context }) => {
  test.setTimeout(240_000);
  // Head office refuses a value date after its today: the device works on the same Shanghai day, in office hours.
  const today = todayIn('Asia/Shanghai');
  await page.clock.install({ time: new Date(`${today}T10:00:00+08:00`) });
  const assigned = await pullAs<PulledCase>(COLLECTOR);
  const target = assigned.cases.find((c) => (c.status === 'new' || c.status === 'contacting') && c.parties.find((p) => p.role === 'borrower')?.phones.some((p) => p.kind === 'mobile' && p.retiredAt === null));
  expect(target, 'an open case with a borrower’s mobile').toBeTruthy();

  // The collector records a promise of ¥1,000 due in three days: pending.
  await page.goto('/');
  await submitSignIn(page, COLLECTOR);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await openCase(page, target!.caseNumber);
  await page.getByTestId('log-outcome').selectOption('promise');
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', /allow|warn/);
  await page.getByTestId('log-promise-amount').fill('1000');
  await page.getByTestId('log-promise-due').fill(addDays(today, 3));
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByTestId('tab-promises').click();
  await expect(page.getByTestId('promise-state')).toHaveText('未到期');

  // Head office: the admin uploads the day's repayment file, sees the dry run, applies it.
  const admin = await context.newPage();
  await signInToConsole(admin);
  await admin.goto(`${CONSOLE}#/payment-imports`);
  await expect(admin.getByRole('heading', { name: '核心系统还款导入' })).toBeVisible();
  const csv = ['transaction_ref,account_number,amount,value_date,channel', `CB${today.replace(/-/g, '')}-E2E-0001,${target!.accounts[0]!.accountNumber},1000.00,${today},柜面`, `CB${today.replace(/-/g, '')}-E2E-0002,6222000000000001,50.00,${today},代扣`].join('\r\n');
  await admin.getByTestId('import-file').setInputFiles({ name: `repayments-${today}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'utf8') });
  await admin.getByTestId('import-upload').click();
  await expect(admin.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  await expect(admin.getByTestId('import-count-new')).toHaveText('1');
  await expect(admin.getByTestId('import-count-rejected')).toHaveText('1');
  await expect(admin.getByTestId('import-rejections')).toContainText('总行没有账号为 6222000000000001 的案件');
  await admin.screenshot({ path: `${SHOTS}/console-dry-run.png`, fullPage: true });
  await admin.getByTestId('import-apply').click();
  await expect(admin.getByTestId('import-status')).toHaveText('已应用');
  await expect(admin.getByTestId('import-note')).toContainText('新增还款 1 笔');
  await admin.screenshot({ path: `${SHOTS}/console-applied.png`, fullPage: true });
  await admin.getByText('English', { exact: true }).click();
  await expect(admin.getByRole('heading', { name: 'Core-banking repayment import' })).toBeVisible();
  await admin.screenshot({ path: `${SHOTS}/console-applied-en.png`, fullPage: true });

  // Head office sends the bank's payment to the collector's scope, as a core-banking Payment of the case.
  const seen = await pullAs<PulledCase>(COLLECTOR);
  const bank = seen.records.filter((r) => r.name === 'recordPayment' && r.caseId === target!.id);
  expect(bank.map((r) => [r.args.source, r.args.amountFen, r.args.paidOn])).toEqual([['core_banking', 100_000, today]]);

  // The device syncs; the promise is kept by the bank's payment.
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByTestId('tab-promises').click();
  await expect(page.getByTestId('promise-state')).toHaveText('已履行', { timeout: 30_000 });
  await expect(page.getByTestId('case-detail')).toContainText(`${today} · ¥1,000.00 · 核心系统入账 · CB${today.replace(/-/g, '')}-E2E-0001`);
  await page.screenshot({ path: `${SHOTS}/device-kept.png`, fullPage: true });
});
