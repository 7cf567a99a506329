import { expect, test, type Browser, type Page } from '@playwright/test';
import { pullAs, submitSignIn } from './support/headOffice';

/**
 * Issue 13 §5 against the real head office Playwright starts (playwright.config.ts; demo users, password demo1234),
 * two browser contexts being two devices: a collector opens a dispute, and contact and letters are then refused
 * naming the rule; the collector syncs; the supervisor syncs, takes the dispute up in the inbox and resolves it;
 * after the collector syncs, contact is allowed again. Head office holds the review and the resolution once.
 */
const COLLECTOR = 'demo-officer-310115-01';
const SUPERVISOR = 'demo-supervisor-310115';
const SHOTS = '/tmp/disputes-e2e';
const shanghai = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

interface Pulled {
  cases: { id: string; caseNumber: string; status: string; parties: { role: string; phones: { kind: string; retiredAt: string | null }[] }[] }[];
  records: { id: string; caseId: string; name: string; userId: string }[];
}


/** A device of its own (a browser context), signed in as `userId`, its cases downloaded. */
async function deviceOf(browser: Browser, userId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: shanghai('2026-11-23T10:00:00') });
  await page.goto('/');
  await submitSignIn(page, userId);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 90_000 });
  return page;
}

/** Syncs now and waits until nothing waits for head office and nothing came back refused. */
async function syncNow(page: Page) {
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('sync-screen-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(page.getByTestId('sync-no-rejections')).toBeVisible();
}

async function openCase(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件', { timeout: 30_000 });
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

test('supervisor: a dispute holds contact and letters naming the rule until the supervisor takes it up and resolves it', async ({ browser }) => {
  test.setTimeout(300_000);
  const assigned = await pullAs<Pulled['cases'][number]>(COLLECTOR);
  const target = assigned.cases.find((c) => (c.status === 'new' || c.status === 'contacting') && c.parties.find((p) => p.role === 'borrower')?.phones.some((p) => p.kind === 'mobile' && p.retiredAt === null));
  expect(target, 'an open case with a borrower’s mobile').toBeTruthy();
  const caseNumber = target!.caseNumber;

  // The collector records the borrower's dispute (异议): the case goes on hold.
  const collector = await deviceOf(browser, COLLECTOR);
  await openCase(collector, caseNumber);
  await collector.getByTestId('tab-status').click();
  await collector.getByTestId('dispute-kind').selectOption('dispute');
  await collector.getByTestId('dispute-description').fill('借款人称该笔贷款已于2026年2月一次性还清，要求核对流水');
  await collector.getByTestId('dispute-submit').click();
  await expect(collector.getByTestId('status-current-hold')).toContainText('异议');

  // Contact is refused, naming the rule in words with its id and source.
  await collector.getByTestId('tab-log').click();
  const verdict = collector.getByTestId('compliance-verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'block');
  await expect(verdict.locator('[data-rule="cn.hold.dispute"]')).toContainText('争议处理完毕前暂停催收联系');
  await expect(verdict).toContainText('第七十条');
  await collector.screenshot({ path: `${SHOTS}/contact-refused.png` });

  // So is a letter: the check names the rule and the issue button stays off.
  await collector.getByTestId('tab-letters').click();
  const problems = collector.getByTestId('letter-problems');
  await expect(problems).toContainText('cn.hold.dispute');
  await expect(problems).toContainText('案件有未解除的暂停事由（异议，规则 cn.hold.dispute），不得发函');
  await expect(collector.getByTestId('letter-preview-button')).toBeDisabled();
  await collector.screenshot({ path: `${SHOTS}/letter-refused.png` });
  await syncNow(collector);

  // The supervisor's device receives it: in the inbox, open, with the pack's deadline (none for a mainland 异议).
  const supervisor = await deviceOf(browser, SUPERVISOR);
  await supervisor.getByRole('button', { name: '待办审批' }).click();
  const inbox = supervisor.getByTestId('dispute-inbox');
  const row = inbox.locator('tr[data-stage]', { hasText: caseNumber });
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  await expect(row).toHaveAttribute('data-stage', 'open');
  await expect(row).toContainText('异议');
  await expect(row.getByTestId('dispute-deadline')).toContainText('规则包未规定时限');
  await supervisor.screenshot({ path: `${SHOTS}/inbox-open.png` });

  // Taken up: under review, still a hold.
  await row.getByTestId('dispute-take-up').click();
  await expect(row).toHaveAttribute('data-stage', 'under_review');
  await expect(row.getByTestId('dispute-stage')).toHaveText('核查中');
  await expect(row).toContainText('于');

  // Resolved (rejected, with what was found): it leaves the inbox and the case leaves its hold.
  await row.getByTestId('dispute-resolve-toggle').click();
  const form = inbox.locator('[data-testid^="dispute-resolve-"]').filter({ has: supervisor.getByTestId('dispute-resolve-text') });
  await form.getByTestId('dispute-resolve-outcome').selectOption('rejected');
  await form.getByTestId('dispute-resolve-text').fill('核对核心系统流水，2月未见还款入账，异议不成立，已电话告知借款人');
  await supervisor.screenshot({ path: `${SHOTS}/inbox-resolving.png` });
  await form.getByTestId('dispute-resolve-submit').click();
  await expect(inbox.locator('tr[data-stage]', { hasText: caseNumber })).toHaveCount(0);
  await syncNow(supervisor);

  // Head office holds the review and the resolution once each, by the supervisor.
  const seen = await pullAs<Pulled['cases'][number]>(SUPERVISOR);
  const mine = seen.records.filter((r) => r.caseId === target!.id);
  expect(mine.filter((r) => r.name === 'openDispute').map((r) => r.userId)).toEqual([COLLECTOR]);
  expect(mine.filter((r) => r.name === 'reviewDispute').map((r) => r.userId)).toEqual([SUPERVISOR]);
  expect(mine.filter((r) => r.name === 'resolveDispute').map((r) => r.userId)).toEqual([SUPERVISOR]);

  // The collector syncs: the dispute shows resolved and contact is allowed again.
  await syncNow(collector);
  await openCase(collector, caseNumber);
  await collector.getByTestId('tab-status').click();
  await expect(collector.getByTestId('dispute-outcome')).toContainText('不成立');
  await expect(collector.getByTestId('status-current-hold')).toHaveCount(0);
  await collector.getByTestId('tab-log').click();
  await expect(collector.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', /allow|warn/);
  await expect(collector.getByTestId('compliance-verdict').locator('[data-rule="cn.hold.dispute"]')).toHaveCount(0);
  await collector.getByTestId('log-outcome').selectOption('no_answer');
  await collector.getByTestId('log-submit').click();
  await expect(collector.getByText('已保存')).toBeVisible();
  await collector.getByTestId('tab-letters').click();
  await expect(collector.getByTestId('letter-problems').or(collector.getByTestId('letter-check-ok'))).not.toContainText('cn.hold.dispute');
  await collector.screenshot({ path: `${SHOTS}/contact-allowed.png` });
});
