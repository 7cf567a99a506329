import { expect, test } from '@playwright/test';
import { generateCase } from '../../shared/demo';

// The demo portfolio at its smallest size (the device's own store: no head office data is touched), at a fixed
// time inside the contact window, so that only the note's wording decides whether the contact may be saved.
const DEMO_SEED = 20261123;
const COUNT = 100;

/** A case a collector may call: open, its borrower reachable on a mobile. */
function callableCase() {
  for (let i = COUNT - 1; i >= 0; i--) {
    const c = generateCase(DEMO_SEED, i, { snapshotDate: '2026-11-23' });
    const borrower = c.parties.find((p) => p.role === 'borrower')!;
    const mobiles = borrower.phones.filter((p) => p.retiredAt === null && p.kind === 'mobile');
    if ((c.status === 'new' || c.status === 'contacting') && mobiles.length > 0) return c;
  }
  throw new Error('no callable case in the demo portfolio');
}

test('compliance: a spaced phrase and a traditional-character phrase are caught and highlighted', async ({ page }) => {
  test.setTimeout(180_000);
  const c = callableCase();
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+08:00'));
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption(String(COUNT));
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT} 件`, { timeout: 60_000 });
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(c.assignment.officerId!);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(c.caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await page.getByTestId('log-outcome').selectOption('no_answer');
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', /allow|warn/);

  const notes = page.getByTestId('log-notes');
  const marked = page.getByTestId('log-notes-marked');
  const submit = page.getByTestId('log-submit');

  // A space between the characters: caught, and the mark covers the original "坐 牢", space included.
  await notes.fill('告诉他再不还钱就等着坐 牢');
  await expect(marked.locator('mark')).toHaveText('坐 牢');
  await expect(marked.locator('mark')).toHaveAttribute('data-rule', 'cn.wording.legalConsequences');
  await expect(marked).toContainText('告诉他再不还钱就等着坐 牢');
  await expect(page.getByTestId('wording-verdict')).toContainText('cn.wording.legalConsequences');
  await expect(page.getByTestId('wording-verdict')).toContainText('依据');
  await expect(submit).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('wording-spaced.png') });

  // Traditional characters: 黑名單 is caught as 黑名单 would be, and marked as typed.
  await notes.fill('已告知客户逾期会被列入黑名單');
  await expect(marked.locator('mark')).toHaveText('列入黑名單');
  await expect(marked.locator('mark')).toHaveAttribute('data-rule', 'cn.wording.fakeBlacklist');
  await expect(submit).toBeDisabled();
  // Ctrl+Enter does not get round it either.
  await notes.press('Control+Enter');
  await expect(page.getByText('已保存')).toHaveCount(0);

  // Reworded as a lawful reassurance: no mark, and the note is saved.
  await notes.fill('已向客户说明不存在黑名单，逾期记录按规定报送征信系统');
  await expect(marked).toHaveCount(0);
  await expect(page.getByTestId('wording-verdict')).toHaveCount(0);
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('不存在黑名单');
});
