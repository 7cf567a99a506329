import { expect, test, type Page } from '@playwright/test';
import { PASSWORD, pullAs, submitSignIn } from './support/headOffice';

/**
 * Issue 13 §4 against the real head office Playwright starts (demo users and portfolio, every password demo1234):
 * a collector asks for an override on a case held for a reason the pack leaves to a supervisor (cn.hold.other),
 * the branch's supervisor approves it on the collector's laptop with their own id and password, and the contact
 * then saves naming the approval. A device is enrolled to one user for life, so the supervisor cannot sign in
 * on the collector's laptop: the first time, head office checks the supervisor's password (the device online);
 * after that the device checks it offline, which the second approval shows.
 */

interface PulledCase {
  id: string;
  caseNumber: string;
  status: string;
  parties: { role: string; phones: { retiredAt: string | null }[] }[];
}
interface Pulled {
  cases: PulledCase[];
  records: { id: string; caseId: string; name: string; args: Record<string, unknown> }[];
}


async function signIn(page: Page, userId: string) {
  await submitSignIn(page, userId);
}

/** An open case of the collector whose borrower has a phone (the collector then holds it for `other`). */
async function openCase(officer: string): Promise<PulledCase> {
  const { cases } = await pullAs<Pulled['cases'][number]>(officer);
  const c = cases.find((x) => (x.status === 'new' || x.status === 'contacting') && x.parties.find((p) => p.role === 'borrower')?.phones.some((p) => p.retiredAt === null));
  expect(c, 'an open case with a borrower’s phone').toBeTruthy();
  return c!;
}

async function askAndApproveHere(page: Page, supervisor: string, reason: string) {
  const panel = page.getByTestId('override-panel');
  await page.getByTestId('override-reason').fill(reason);
  await page.getByTestId('override-request').click();
  await expect(panel).toHaveAttribute('data-state', 'requested');
  await expect(page.getByTestId('override-state')).toContainText('等待主管审批');
  await page.getByTestId('override-here-open').click();
  await page.getByTestId('override-here-user').fill(supervisor);
  await page.getByTestId('override-here-password').fill(PASSWORD);
  await page.getByTestId('override-here-approve').click();
  await expect(panel).toHaveAttribute('data-state', 'approved', { timeout: 30_000 });
}

test('supervisor: a collector requests an override and the supervisor approves it with their own credentials on the collector’s device', async ({ page, context, browser }) => {
  test.setTimeout(300_000);
  const officer = 'demo-officer-310115-02';
  const supervisor = 'demo-supervisor-310115';
  const c = await openCase(officer);

  await page.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  await page.goto('/');
  await signIn(page, officer);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByTestId('case-search').fill(c.caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  // The collector puts the case on hold for a reason the pack has no rule of its own for (cn.hold.other).
  await page.getByTestId('tab-status').click();
  await page.getByTestId('status-select').selectOption('on_hold');
  await page.getByTestId('status-hold-reason').selectOption('other');
  await page.getByTestId('status-submit').click();
  await expect(page.getByTestId('status-current-hold')).toBeVisible();
  await page.getByTestId('tab-log').click();

  // The pack leaves this contact to a supervisor: without an approval it does not save.
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', 'override_required');
  await expect(page.getByTestId('override-panel')).toHaveAttribute('data-state', 'none');
  await page.getByTestId('log-submit').click();
  await expect(page.getByRole('alert').filter({ hasText: '需要主管批准' })).toBeVisible();

  // A supervisor's password that is wrong is refused, by head office this first time.
  await page.getByTestId('override-reason').fill('借款人来电要求今天回电核对账单');
  await page.getByTestId('override-request').click();
  await page.getByTestId('override-here-open').click();
  await page.getByTestId('override-here-user').fill(supervisor);
  await page.getByTestId('override-here-password').fill('not-the-password');
  await page.getByTestId('override-here-approve').click();
  await expect(page.getByTestId('override-message')).toContainText('工号或密码错误');
  await page.getByTestId('override-here-password').fill(PASSWORD);
  await page.getByTestId('override-here-approve').click();
  await expect(page.getByTestId('override-panel')).toHaveAttribute('data-state', 'approved', { timeout: 30_000 });
  await expect(page.getByTestId('override-state')).toContainText('有效至 24:00');
  await expect(page.getByTestId('override-state')).toContainText('主管在本机输入密码审批');
  await page.screenshot({ path: '/tmp/ov/approved.png', fullPage: true });

  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('经主管');
  await expect(page.getByTestId('timeline')).toContainText('cn.hold.other');
  // Used once: the next contact needs another approval.
  await expect(page.getByTestId('override-panel')).toHaveAttribute('data-state', 'used');

  // Offline now: the device knows the supervisor and checks the password itself.
  await context.setOffline(true);
  await askAndApproveHere(page, supervisor, '借款人要求傍晚前再确认一次还款日期');
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.screenshot({ path: '/tmp/ov/offline.png', fullPage: true });

  // Back online: head office holds each request, decision and override once, the decisions in the supervisor's name.
  await context.setOffline(false);
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('sync-no-rejections')).toBeVisible();
  const seen = await pullAs<Pulled['cases'][number]>(supervisor);
  const of = (name: string) => seen.records.filter((r) => r.caseId === c.id && r.name === name);
  expect(of('requestOverride')).toHaveLength(2);
  expect(of('decideOverride').map((r) => [r.args.decidedBy, r.args.how, r.args.decision])).toEqual([
    [supervisor, 'on_requesting_device', 'approve'],
    [supervisor, 'on_requesting_device', 'approve'],
  ]);
  const overrides = of('recordOverride');
  expect(overrides).toHaveLength(2);
  expect(new Set(overrides.map((r) => r.args.requestId)).size).toBe(2);

  // The other way: a third request waits; the supervisor approves it in their own inbox, on their own laptop,
  // and sees the two given in their name on the collector's; the collector's device learns it at its next sync.
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('override-reason').fill('借款人下班后才方便接听，请求今晚回电');
  await page.getByTestId('override-request').click();
  await expect(page.getByTestId('override-panel')).toHaveAttribute('data-state', 'requested');
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('outbox-status')).toContainText('无待上传', { timeout: 60_000 });

  const own = await browser.newContext();
  const sup = await own.newPage();
  await sup.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  await sup.goto('/');
  await signIn(sup, supervisor);
  await expect(sup.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await sup.getByRole('button', { name: '待办审批' }).click();
  const row = sup.getByTestId('override-request-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(c.caseNumber);
  await expect(row).toContainText('案件暂缓（其他原因） (cn.hold.other)');
  await expect(row).toContainText('借款人下班后才方便接听');
  await expect(sup.getByTestId('override-decided-elsewhere').locator('li')).toHaveCount(2);
  await sup.screenshot({ path: '/tmp/ov/inbox.png', fullPage: true });
  // The decision is checked on its fields: a rejection needs its reason, an approval cannot end at a time gone.
  await row.getByTestId('override-reject').click();
  await expect(row.locator('.field-error')).toHaveText('请填写此项');
  await row.getByTestId('override-until').fill('09:30');
  await row.getByTestId('override-approve').click();
  await expect(row.locator('.field-error')).toHaveText(/^时间已过（现在 10:\d\d），请选择今天稍后的时间$/);
  await row.screenshot({ path: 'test-results/forms-moved/zh-override-decision.png' });
  await sup.getByRole('banner').getByRole('button', { name: 'English', exact: true }).click();
  await row.getByTestId('override-approve').click();
  await expect(row.locator('.field-error')).toHaveText(/^That time has passed \(it is 10:\d\d\); choose a later time today$/);
  await row.screenshot({ path: 'test-results/forms-moved/en-override-decision.png' });
  await sup.getByRole('banner').getByRole('button', { name: '中文', exact: true }).click();
  await row.getByTestId('override-until').fill('');
  await row.getByTestId('override-approve').click();
  await expect(sup.getByTestId('override-request-row')).toHaveCount(0);
  await sup.getByTestId('status-sync-now').click();
  await expect(sup.getByTestId('outbox-status')).toContainText('无待上传', { timeout: 60_000 });
  await own.close();

  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('override-panel')).toHaveAttribute('data-state', 'approved', { timeout: 60_000 });
  await expect(page.getByTestId('override-state')).toContainText('在主管本人设备上审批');
});
