import { expect, test, type Browser, type Page } from '@playwright/test';
import { pullAs, submitSignIn } from './support/headOffice';

/**
 * 分案 against the real head office Playwright starts (demo users and portfolio, every password demo1234): a
 * supervisor reassigns ten cases from one collector to another on their own laptop; after each laptop syncs,
 * the first collector no longer holds them and the second holds them with their history (a visit the first
 * collector logged before the move is on the second's timeline). Three browser contexts: three laptops.
 */
const BRANCH = '310115';
const FROM = `demo-officer-${BRANCH}-01`;
const TO = `demo-officer-${BRANCH}-02`;
const SUPERVISOR = `demo-supervisor-${BRANCH}`;
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/assign-e2e';

interface PulledCase { id: string; caseNumber: string; assignment: { officerId: string | null } }

/** The cases head office has in the user's scope now. */
const casesOf = async (userId: string): Promise<PulledCase[]> => (await pullAs<PulledCase>(userId)).cases;


async function laptop(browser: Browser, userId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  await page.goto('/');
  await submitSignIn(page, userId);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  return page;
}

async function syncNow(page: Page) {
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
}

async function find(page: Page, caseNumber: string) {
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText(/显示 1 件|没有/);
}

test('supervisor: reassigns ten cases from one collector to another; the first lets them go, the second gets them with their history', async ({ browser }) => {
  test.setTimeout(300_000);
  const before = await casesOf(FROM);
  expect(before.length, `${FROM} holds at least ten cases`).toBeGreaterThanOrEqual(10);
  const ten = before.slice(0, 10);

  // Collector A logs a visit on the first case and syncs it.
  const a = await laptop(browser, FROM);
  await expect(a.getByTestId('list-summary')).toContainText(`显示 ${before.length} 件`, { timeout: 60_000 });
  await find(a, ten[0]!.caseNumber);
  await a.getByTestId('case-table').focus();
  await a.keyboard.press('Enter');
  await expect(a.getByTestId('case-detail')).toBeVisible();
  await a.getByTestId('log-channel').selectOption('visit');
  await a.getByTestId('log-outcome').selectOption('not_at_home');
  await a.getByTestId('log-notes').fill('上门未遇，留下联系卡');
  await a.getByTestId('log-submit').click();
  await expect(a.getByText('已保存')).toBeVisible();
  await syncNow(a);
  await expect(a.getByTestId('outbox-status')).toHaveText('无待上传变更');

  // The supervisor ticks the ten cases and gives them to collector B, with a reason.
  const s = await laptop(browser, SUPERVISOR);
  await expect(s.getByTestId('assign-open')).toBeVisible({ timeout: 60_000 });
  for (const c of ten) {
    await find(s, c.caseNumber);
    await s.getByTestId('select-row').first().check();
  }
  await expect(s.getByTestId('assign-open')).toHaveText('分案（已选 10 件）');
  await s.getByTestId('case-search').fill('');
  await s.getByTestId('assign-open').click();
  const dialog = s.getByTestId('assign-dialog');
  await expect(dialog.getByTestId('assign-scope-selected')).toBeChecked();
  // By rule first, previewed per collector before → after. Even amounts: A holds the smallest book of the branch,
  // so A keeps all ten and nothing moves; round robin shares them out in turn.
  await dialog.getByTestId('assign-kind-rule').check();
  await dialog.getByTestId('assign-rule').selectOption('balance');
  await expect(dialog.getByTestId('assign-preview').locator('tbody tr')).toHaveCount(4);
  await expect(dialog.getByTestId('assign-moves')).toHaveText('所选案件已在目标人员名下，无需改派');
  await expect(dialog.getByTestId('assign-confirm')).toBeDisabled();
  await dialog.getByTestId('assign-rule').selectOption('round_robin');
  await expect(dialog.getByTestId('assign-moves')).toHaveText(/将改派 [1-9] 件/);
  await s.screenshot({ path: `${SHOTS}/assign-rule.png` });
  await dialog.getByTestId('assign-kind-manual').check();
  await dialog.getByTestId('assign-collector-search').fill(TO);
  await dialog.getByTestId('assign-collector').selectOption(TO);
  await expect(dialog.getByTestId('assign-moves')).toHaveText('将改派 10 件');
  const preview = dialog.getByTestId('assign-preview');
  await expect(preview.locator(`tr[data-officer-id="${FROM}"]`)).toContainText(`${before.length} → ${before.length - 10}`);
  await dialog.getByTestId('assign-reason').fill('工作量平衡，离职交接');
  await s.screenshot({ path: `${SHOTS}/assign-dialog.png` });
  await dialog.getByTestId('assign-confirm').click();
  await expect(s.getByTestId('assign-done')).toContainText('已改派 10 件');
  await syncNow(s);
  await s.getByRole('button', { name: '同步', exact: true }).click();
  await expect(s.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(s.getByTestId('sync-no-rejections')).toBeVisible();

  // Head office moved them.
  expect((await casesOf(TO)).map((c) => c.id)).toEqual(expect.arrayContaining(ten.map((c) => c.id)));

  // A's laptop lets them go at its next sync.
  await syncNow(a);
  await a.getByRole('button', { name: '案件', exact: true }).click();
  await a.getByTestId('case-search').fill('');
  await expect(a.getByTestId('list-summary')).toContainText(`显示 ${before.length - 10} 件`, { timeout: 60_000 });
  await find(a, ten[0]!.caseNumber);
  await expect(a.getByTestId('list-summary')).toContainText('没有');

  // B's laptop holds them, with A's visit on the first one's timeline.
  const b = await laptop(browser, TO);
  for (const c of ten.slice(0, 3)) {
    await find(b, c.caseNumber);
    await expect(b.getByTestId('list-summary')).toContainText('显示 1 件');
  }
  await find(b, ten[0]!.caseNumber);
  await b.getByTestId('case-table').focus();
  await b.keyboard.press('Enter');
  await expect(b.getByTestId('timeline')).toContainText('上门未遇，留下联系卡');
  await b.screenshot({ path: `${SHOTS}/new-collector-timeline.png` });
});
