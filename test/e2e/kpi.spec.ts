import { expect, test } from '@playwright/test';
import { DEMO_STAFF } from '../../shared/demo';
import { parseYuanToFen } from '../../shared/domain/money';
import { pullAs, submitSignIn } from './support/headOffice';

/**
 * 业绩 (issue 15 §4–§5) against the real head office Playwright starts. Branch 110105: no other spec sets its
 * targets or counts its branch records.
 */
const BRANCH = '110105';
const SUPERVISOR = `demo-supervisor-${BRANCH}`;

test('kpi: the supervisor sets a target that splits exactly, and the team board ranks collectors with conduct columns', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await submitSignIn(page, SUPERVISOR);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByRole('button', { name: '业绩' }).click();
  const board = page.getByTestId('kpi-ranking');
  await expect(board).toBeVisible({ timeout: 60_000 });
  // Conduct beside money.
  for (const col of ['本月回款', '回收率', '户均联系次数', '主管放行次数', '投诉', '每千次联系投诉数']) await expect(board.locator('thead')).toContainText(col);
  const collectors = DEMO_STAFF.filter((s) => s.branchCode === BRANCH && s.role === 'collector');
  await expect(board.locator('tbody tr')).toHaveCount(collectors.length);

  await page.getByTestId('kpi-target-recovered').fill('1000000.07');
  await page.getByTestId('kpi-target-cured').fill('12');
  await page.getByTestId('kpi-target-rate').fill('25');
  await page.getByTestId('kpi-target-reason').fill('十二月目标');
  await page.getByTestId('kpi-target-save').click();
  await expect(page.getByTestId('kpi-branch-vs-target')).toContainText('¥1,000,000.07');
  await page.screenshot({ path: 'test-results/kpi-board.png', fullPage: true });

  // Each collector's share on the board sums exactly to the target.
  const shares = await board.locator('tbody tr td:nth-child(5)').allInnerTexts();
  expect(shares.reduce((s, x) => s + parseYuanToFen(x), 0)).toBe(100_000_007);

  // Head office gets it at the next sync, and a collector of the branch receives the same split.
  await page.getByTestId('status-sync-now').click();
  await expect(async () => {
    const { records } = await pullAs(collectors[0]!.id);
    const target = records.find((r) => r.name === 'setTarget');
    expect(target).toBeDefined();
    const split = target!.args.collectors as { recoveredFen: number; curedAccounts: number }[];
    expect(split.reduce((s, c) => s + c.recoveredFen, 0)).toBe(100_000_007);
    expect(split.reduce((s, c) => s + c.curedAccounts, 0)).toBe(12);
    expect(split.map((c) => c.recoveredFen).sort()).toEqual(shares.map((x) => parseYuanToFen(x)).sort());
  }).toPass({ timeout: 60_000 });
});
