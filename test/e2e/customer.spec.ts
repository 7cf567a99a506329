import { expect, test } from '@playwright/test';
import { generateCase } from '../../shared/demo';

// Issue 16 §1–§3 on the demo portfolio (local store, no head office): what the collector learns moves the case's
// segment, with the table row shown; the next best action follows the segment's strategy at a time the hints allow;
// a relative recorded as an emergency contact is judged by the third-party rule when called.
const DEMO_SEED = 20261123;
const COUNT = 100;

function callableCase() {
  for (let i = 0; i < COUNT; i++) {
    const c = generateCase(DEMO_SEED, i, { snapshotDate: '2026-11-23' });
    const borrower = c.parties.find((p) => p.role === 'borrower')!;
    if ((c.status === 'new' || c.status === 'contacting') && borrower.phones.some((p) => p.retiredAt === null && p.kind === 'mobile')) return c;
  }
  throw new Error('no callable case in the demo portfolio');
}

test('customer: "失业, willing but unable" and a payday put the case in 无能力有意愿 with its reasons, My day proposes a plan offer at a hinted time, and an emergency contact is governed by the third-party rules', async ({ page }) => {
  test.setTimeout(180_000);
  const c = callableCase();
  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  // Monday 23 November 2026, 08:30 in Shanghai.
  await page.clock.setFixedTime(new Date('2026-11-23T08:30:00+08:00'));
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

  const card = page.getByTestId('customer-card');
  await expect(card.getByTestId('segment-name')).toHaveText('尚未了解');

  // What the collector learned: unemployed, willing (3) but unable (0), paid on the 27th.
  await card.getByTestId('fact-reason').selectOption('unemployment');
  await card.getByTestId('fact-ability').selectOption('0');
  await card.getByTestId('fact-willingness').selectOption('3');
  await card.getByTestId('fact-payday').fill('27');
  await card.getByTestId('facts-save').click();
  await expect(card.getByTestId('segment-name')).toHaveText('无能力有意愿');
  const reasons = card.getByTestId('segment-reasons');
  await expect(reasons).toContainText('决策表第 6 行「unable-willing」');
  await expect(reasons).toContainText('还款能力 ≤ 1（本案：0（无））');
  await expect(reasons).toContainText('还款意愿 ≥ 2（本案：3（强））');
  await expect(card.getByTestId('profile-reason')).toContainText('失业');
  await expect(card.getByTestId('profile-payday')).toContainText('每月 27 日');

  // The strategy for 无能力有意愿: a plan offer, on Tuesday 24th (three days before payday), first quarter-hour.
  await expect(card.getByTestId('next-action-step')).toHaveText('提出还款计划');
  await expect(card.getByTestId('next-action-time')).toContainText('2026年11月24日 09:00');
  await expect(card.getByTestId('next-action-hints')).toContainText('发薪日前 3 天');

  // A relative added as the emergency contact: calling her is judged by the emergency-contact rule.
  await card.getByTestId('party-kind').selectOption('emergency_contact');
  await card.getByTestId('party-name').fill('王芳');
  await card.getByTestId('party-relation').fill('母亲');
  await card.getByTestId('party-phone').fill('13900001111');
  await card.getByTestId('party-add').click();
  await expect(card.getByTestId('related-party')).toContainText('按「紧急联系人」类第三方规则联系');
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await page.getByTestId('log-party').selectOption({ label: '王芳（紧急联系人）' });
  await expect(page.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', 'block');
  await expect(page.getByTestId('log-submit')).toBeDisabled();

  // My day: the case with its next step by segment.
  await page.getByRole('button', { name: /我的工作台/ }).click();
  // Every open case of the collector has one, the case above under 无能力有意愿.
  const next = page.getByTestId('myday-next-actions').getByTestId(`next-${c.id}`);
  await expect(next).toContainText(borrower.name);
  await expect(page.getByTestId('next-group-unable_willing')).toContainText(borrower.name);
  await expect(next.getByTestId('next-action-step')).toHaveText('提出还款计划');
  await expect(next.getByTestId('next-action-time')).toContainText('2026年11月24日 09:00');
  await page.screenshot({ path: 'test-results/customer-myday.png', fullPage: true });
});

test('customer: the case list filters by segment and shows it, a saved view keeps the filter, My day proposes an action for every open case, and a wrong emergency contact is corrected', async ({ page }) => {
  test.setTimeout(180_000);
  const c = callableCase();
  const mine = Array.from({ length: COUNT }, (_, i) => generateCase(DEMO_SEED, i, { snapshotDate: '2026-11-23' })).filter(
    (x) => x.assignment.officerId === c.assignment.officerId && x.status !== 'settled' && x.status !== 'closed',
  );
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption(String(COUNT));
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT} 件`, { timeout: 60_000 });
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(c.assignment.officerId!);

  // My day: a proposal for every open case, nothing learned about any of them yet (segmented from what the device knows).
  await page.getByRole('button', { name: /我的工作台/ }).click();
  await expect(page.getByTestId('next-actions-count')).toContainText(`在办案件 ${mine.length} 件`, { timeout: 30_000 });
  await expect(page.getByTestId('myday-next-actions').locator('[data-testid^="next-"][data-testid*="case"]')).toHaveCount(mine.length);
  await page.screenshot({ path: 'test-results/customer-myday-every-case.png', fullPage: true });

  // Learn something about one case: it becomes 无能力有意愿.
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(c.caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  const card = page.getByTestId('customer-card');
  await card.getByTestId('fact-reason').selectOption('unemployment');
  await card.getByTestId('fact-ability').selectOption('0');
  await card.getByTestId('fact-willingness').selectOption('3');
  await card.getByTestId('facts-save').click();
  await expect(card.getByTestId('segment-name')).toHaveText('无能力有意愿');

  // The list shows the segment and filters by it.
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await expect(page.getByTestId('case-table')).toContainText('无能力有意愿');
  await page.getByTestId('case-search').fill('');
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT} 件`);
  await page.getByTestId('filter-segment').click();
  await page.getByRole('group', { name: '客户分群' }).getByLabel('无能力有意愿').check();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await expect(page.getByTestId('case-table')).toContainText(c.caseNumber);
  await page.screenshot({ path: 'test-results/customer-segment-filter.png', fullPage: true });

  // A saved view keeps the filter.
  await page.getByTestId('saved-views').click();
  await page.getByTestId('view-name').fill('无能力有意愿客户');
  await page.getByTestId('view-name').press('Enter');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT} 件`);
  // The saved-views menu is still open from saving.
  await page.getByRole('button', { name: '无能力有意愿客户', exact: true }).click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await expect(page.getByTestId('filter-segment')).toContainText('无能力有意愿');

  // A wrong emergency contact is corrected: the first one retired with its reason, no longer offered for a contact.
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await card.getByTestId('party-kind').selectOption('emergency_contact');
  await card.getByTestId('party-name').fill('王芳');
  await card.getByTestId('party-relation').fill('母亲');
  await card.getByTestId('party-phone').fill('13900001111');
  await card.getByTestId('party-add').click();
  await expect(card.getByTestId('related-party')).toContainText('139****1111');
  await card.getByTestId('party-correct').click();
  await card.getByTestId('correct-phone').fill('13900002222');
  await card.getByTestId('correct-reason').fill('号码属于他人，已向借款人核实');
  await card.getByTestId('correct-save').click();
  await expect(card.getByTestId('related-party')).toHaveCount(1);
  await expect(card.getByTestId('related-party')).toContainText('139****2222');
  await card.getByTestId('retired-parties').locator('summary').click();
  await expect(card.getByTestId('retired-party')).toContainText('139****1111');
  await expect(card.getByTestId('retired-party')).toContainText('号码属于他人，已向借款人核实');
  await expect(card.getByTestId('retired-party')).toContainText('已更正为 王芳');
  await expect(page.getByTestId('log-party').locator('option', { hasText: '王芳' })).toHaveCount(1);
  await card.screenshot({ path: 'test-results/customer-party-corrected.png' });
});
