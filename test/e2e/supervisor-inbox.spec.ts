import { expect, test, type Page } from '@playwright/test';
import { pullAs, submitSignIn } from './support/headOffice';

/**
 * The approvals inbox (待办审批) against the real head office Playwright starts (demo users and portfolio, every
 * password demo1234): two browser contexts are two laptops, a collector's and the branch supervisor's.
 */
const COLLECTOR = 'demo-officer-310115-01';
const SUPERVISOR = 'demo-supervisor-310115';
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/inbox-shots';
const shanghai = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

type Amounts = Record<'principalFen' | 'interestFen' | 'penaltyFen' | 'compoundFen' | 'feesFen', number>;
interface PulledCase {
  id: string;
  caseNumber: string;
  status: string;
  accounts: { amounts: Amounts }[];
}
interface Pulled {
  cases: PulledCase[];
  records: { id: string; caseId: string; name: string; args: Record<string, unknown> }[];
}


async function signIn(page: Page, userId: string) {
  await page.clock.install({ time: shanghai('2026-11-23T10:00:00') });
  await page.goto('/');
  await submitSignIn(page, userId);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 90_000 });
}

/** Syncs now and waits until nothing is left to push (the Sync screen's count). */
async function syncAndSettle(page: Page) {
  await page.getByTestId('status-sync-now').click();
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('sync-no-rejections')).toBeVisible();
}

async function openCase(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

const total = (c: PulledCase) => c.accounts.reduce((s, a) => s + a.amounts.principalFen + a.amounts.interestFen + a.amounts.penaltyFen + a.amounts.compoundFen + a.amounts.feesFen, 0);

test('supervisor: a plan above the branch limit and an arrangement wait in 待办审批 by deadline; approved and rejected there, the collector’s device shows both decisions', async ({ browser }) => {
  test.setTimeout(300_000);
  // A case of the collector's owing more than ¥20,000, so half of it waived is above the ¥5,000 branch limit.
  const target = (await pullAs<Pulled['cases'][number]>(COLLECTOR)).cases.find((c) => ['new', 'contacting', 'promised'].includes(c.status) && total(c) > 2_000_000);
  expect(target, 'an open case owing more than ¥20,000').toBeTruthy();
  const agreedYuan = Math.floor(total(target!) / 200);

  // The collector's laptop: proposes the plan with its reason, then syncs.
  const collectorLaptop = await browser.newContext();
  const collector = await collectorLaptop.newPage();
  await signIn(collector, COLLECTOR);
  await openCase(collector, target!.caseNumber);
  await collector.getByTestId('tab-plans').click();
  await collector.getByTestId('plan-agreed-total').fill(String(agreedYuan));
  await collector.getByTestId('plan-count').fill('6');
  await collector.getByTestId('plan-first-due').fill('2026-12-10');
  await expect(collector.getByTestId('plan-needs-approval')).toBeVisible();
  // A waiver needs its reason: refused without one.
  await collector.getByTestId('plan-submit').click();
  await expect(collector.getByText('有减免时须填写理由')).toBeVisible();
  await collector.getByTestId('plan-notes').fill('借款人失业半年，家中仅配偶有收入，申请减免罚息及部分本金');
  await collector.getByTestId('plan-submit').click();
  const status = collector.locator('[data-testid^="plan-status-"]').first();
  await expect(status).toContainText('待主管审批');
  const planId = (await status.getAttribute('data-testid'))!.replace('plan-status-', '');
  // And a special-customer arrangement on the same case: shown on the case as not in force until decided.
  await collector.getByTestId('arrangement-open-form').click();
  await collector.getByTestId('arrangement-kind').selectOption('illness');
  await collector.getByTestId('arrangement-proposal').fill('暂停催收三个月，免收罚息');
  await collector.getByTestId('arrangement-reasons').fill('借款人确诊重病住院，医院诊断证明已拍照');
  await collector.getByTestId('arrangement-decide-by').fill('2026-11-30');
  await collector.getByTestId('arrangement-submit').click();
  await expect(collector.getByTestId('arrangements-pending')).toContainText('1 项特殊客户处置方案待主管审批');
  await collector.getByTestId('arrangements-card').screenshot({ path: `${SHOTS}/arrangement-proposed.png` });
  await syncAndSettle(collector);

  // The supervisor's laptop: the plan is in 待办审批, found without knowing its case.
  const supervisorLaptop = await browser.newContext();
  const supervisor = await supervisorLaptop.newPage();
  await signIn(supervisor, SUPERVISOR);
  await supervisor.getByRole('button', { name: /待办审批/ }).click();
  const item = supervisor.getByTestId(`inbox-plan-${planId}`);
  await expect(item).toBeVisible({ timeout: 30_000 });
  await expect(supervisor.getByTestId('approvals-count-plan')).toContainText('还款计划（减免）：1');
  await expect(supervisor.getByTestId('approvals-count-arrangement')).toContainText('特殊客户处置方案：1');
  // Sorted by deadline: the arrangement (needed by 11-30) before the plan (first payment 12-10).
  const listed = supervisor.locator('[data-testid="approvals-list"] > li');
  await expect(listed).toHaveCount(2);
  await expect(listed.nth(0)).toContainText('特殊客户处置方案');
  await expect(listed.nth(0)).toContainText('截止 2026年11月30日');
  await expect(listed.nth(0)).toContainText('借款人确诊重病住院');
  await expect(listed.nth(1)).toHaveAttribute('data-testid', `inbox-plan-${planId}`);
  await expect(item).toContainText(target!.caseNumber);
  await expect(item).toContainText('截止 2026年12月10日');
  await expect(supervisor.getByTestId(`inbox-plan-${planId}-reason`)).toHaveText('借款人失业半年，家中仅配偶有收入，申请减免罚息及部分本金');
  // Per component: fees, compound and penalty interest go first, so they show 100.00% whenever owed.
  const waiver = supervisor.getByTestId(`inbox-plan-${planId}-waiver`);
  await expect(waiver.locator('tbody tr')).toHaveCount(5);
  await expect(supervisor.getByTestId(`inbox-plan-${planId}-waiver-principalFen`)).toContainText('本金');
  await item.screenshot({ path: `${SHOTS}/inbox-plan.png` });
  await supervisor.screenshot({ path: `${SHOTS}/inbox.png`, fullPage: true });
  // An item opens its case, where the proposed arrangement shows as not in force; then back to the inbox.
  await supervisor.getByTestId(`inbox-plan-${planId}-open`).click();
  await expect(supervisor.getByTestId('case-detail')).toContainText(target!.caseNumber);
  await expect(supervisor.getByTestId('arrangements-pending')).toBeVisible();
  await supervisor.getByRole('button', { name: /待办审批/ }).click();

  // A rejection needs a reason; approving does not.
  await supervisor.getByTestId(`inbox-plan-${planId}-reject`).click();
  await expect(item).toContainText('请填写审批意见');
  await supervisor.getByTestId(`inbox-plan-${planId}-decision-reason`).fill('收入证明已核实');
  await supervisor.getByTestId(`inbox-plan-${planId}-approve`).click();
  await expect(item).toHaveCount(0);
  await expect(supervisor.getByTestId('approvals-count-plan')).toContainText('还款计划（减免）：0');
  // The arrangement: a decision always states its reason.
  const arrangement = listed.nth(0);
  await arrangement.getByRole('button', { name: '批准' }).click();
  await expect(arrangement).toContainText('请填写审批意见');
  await arrangement.locator('textarea').fill('未见诊断证明原件，请补充后重新提交');
  await arrangement.getByRole('button', { name: '驳回' }).click();
  await expect(supervisor.getByTestId('approvals-empty')).toBeVisible();
  await syncAndSettle(supervisor);

  // Head office holds the decision once, by the supervisor.
  const seen = await pullAs<Pulled['cases'][number]>(SUPERVISOR);
  const decisions = seen.records.filter((r) => r.name === 'decidePlan' && r.args.planId === planId);
  expect(decisions.map((d) => d.args.decision)).toEqual(['approve']);

  // Back on the collector's laptop: after its sync the plan is approved there too.
  await syncAndSettle(collector);
  await openCase(collector, target!.caseNumber);
  await collector.getByTestId('tab-plans').click();
  await expect(collector.getByTestId(`plan-status-${planId}`)).not.toContainText('待主管审批');
  await expect(collector.getByTestId(`plan-status-${planId}`)).toBeVisible();
  await expect(collector.getByTestId('arrangements-pending')).toHaveCount(0);
  await expect(collector.getByTestId('arrangements-card')).toContainText('未见诊断证明原件，请补充后重新提交');
  await expect(collector.getByTestId('arrangements-card')).toContainText('已驳回');
  await collector.getByTestId('arrangements-card').screenshot({ path: `${SHOTS}/arrangement-decided.png` });
  await collector.screenshot({ path: `${SHOTS}/collector-after.png`, fullPage: true });
  await collectorLaptop.close();
  await supervisorLaptop.close();
});
