import { expect, test, type Page } from '@playwright/test';
import { generateCase } from '../../shared/demo';
import { summarizeCase } from '../../shared/domain/caseSummary';
import { EMPTY_FILTERS, queryCaseRows } from '../../shared/domain/caseQuery';
import { BUCKETS, bucketRank } from '../../shared/domain/buckets';
import { formatFen, formatFenLarge, totalOfAmounts } from '../../shared/domain/money';
import { formatDay } from '../../renderer/src/i18n/dateStyle';
import { maskIdNumber } from '../../shared/domain/masks';

// The demo portfolio the app loads: same seed, same size, snapshot dated today in Shanghai.
const DEMO_SEED = 20261123;
const COUNT = 2_000;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

function expectedTopCase() {
  const cases = Array.from({ length: COUNT }, (_, i) => generateCase(DEMO_SEED, i, { snapshotDate: today }));
  const shown = queryCaseRows(cases.map(summarizeCase), {
    filters: { ...EMPTY_FILTERS, buckets: BUCKETS.filter((b) => bucketRank(b) >= bucketRank('M3')), amountMinFen: 1_000_001 },
    search: '',
    sort: { column: 'totalFen', direction: 'desc' },
  });
  return { shown, top: cases.find((c) => c.id === shown[0]!.id)! };
}

async function loadDemo(page: Page) {
  await page.goto('/');
  // The real store asks for sign-in first; demo data is offered on the same screen, without one.
  await expect(page.getByTestId('sign-in-screen')).toContainText('演示数据');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('demo-banner')).toContainText('演示数据');
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT.toLocaleString('zh-CN')} 件`, { timeout: 60_000 });
}

test('a collector finds the largest M3+ case over ¥10,000 and reads it, in Chinese and English', async ({ page }) => {
  const { shown, top } = expectedTopCase();
  await loadDemo(page);

  // Filter: M3 and worse.
  await page.getByTestId('filter-bucket').click();
  for (const b of ['M3', 'M4', 'M5', 'M6', 'M6+']) await page.getByRole('checkbox', { name: b, exact: true }).check();
  await page.keyboard.press('Escape');
  // Over ¥10,000.
  await page.getByTestId('filter-amount-min').fill('10000.01');
  // Sort by amount: the first click sorts largest first.
  await page.locator('.th button[data-column="totalFen"]').click();
  await expect(page.locator('[role="columnheader"][aria-sort="descending"]')).toContainText('欠款总额');

  const summary = page.getByTestId('list-summary');
  await expect(summary).toContainText(`显示 ${shown.length.toLocaleString('zh-CN')} 件`);
  // A large total in 万/亿, the exact amount in the tooltip.
  const totalFen = shown.reduce((s, r) => s + r.totalFen, 0);
  await expect(summary).toContainText(formatFenLarge(totalFen, 'zh-CN'));
  await expect(summary).toHaveAttribute('title', formatFen(totalFen));

  // What is on screen obeys the filters and the order.
  const firstRows = page.locator('.tbody [role="row"]');
  await expect(firstRows.first()).toHaveAttribute('data-case-id', top.id);
  const buckets = await firstRows.locator('[data-column="bucket"]').allInnerTexts();
  expect(buckets.length).toBeGreaterThan(5);
  for (const b of buckets) expect(['M3', 'M4', 'M5', 'M6', 'M6+']).toContain(b);

  // Open the top case with the keyboard: the table has focus, the first row is active.
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  const detail = page.getByTestId('case-detail');
  await expect(detail).toBeVisible();
  const borrower = top.parties.find((p) => p.role === 'borrower')!;
  await expect(detail.getByRole('heading', { level: 1 })).toContainText(borrower.name);
  await expect(page.getByTestId('case-total')).toHaveText(formatFen(top.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0)));

  const account = top.accounts[0]!;
  const card = page.getByTestId('account-card').first();
  await expect(card.getByTestId('amount-principal')).toContainText(formatFen(account.amounts.principalFen));
  await expect(card.getByTestId('amount-penalty')).toContainText(formatFen(account.amounts.penaltyFen));
  await expect(card.getByTestId('amount-total')).toContainText(formatFen(totalOfAmounts(account.amounts)));
  await expect(card.getByTestId('as-of')).toContainText(`数据截至 ${formatDay(account.snapshotDate, 'zh-CN')}`);

  // The ID number is masked: first 6 and last 4 only, never the whole number.
  const idCell = page.getByTestId('party-borrower').getByTestId('id-number');
  await expect(idCell).toHaveText(maskIdNumber(borrower.idNumber));
  await expect(idCell).toHaveText(/^\d{6}\*{8}[\dX]{4}$/);
  await expect(page.locator('body')).not.toContainText(borrower.idNumber);

  // English and back.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Cases' })).toBeVisible();
  await expect(card.getByTestId('amount-principal')).toContainText('Principal');
  await expect(card.getByTestId('as-of')).toContainText(`As of ${formatDay(account.snapshotDate, 'en')}`);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '案件' })).toBeVisible();
  await expect(card.getByTestId('amount-principal')).toContainText('本金');

  // Back to the list: the filters are still there.
  await page.getByRole('button', { name: '返回列表' }).click();
  await expect(summary).toContainText(`显示 ${shown.length.toLocaleString('zh-CN')} 件`);
});

test('search, saved views and the column chooser', async ({ page }) => {
  await loadDemo(page);
  const { top } = expectedTopCase();
  const borrower = top.parties.find((p) => p.role === 'borrower')!;
  const tail = borrower.idNumber.slice(-6);

  await page.getByTestId('case-search').fill(tail);
  await expect(page.locator(`.tbody [data-case-id="${top.id}"]`)).toBeVisible();

  await page.getByTestId('case-search').fill(top.accounts[0]!.contractNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');

  // Save this view, clear, and apply it again.
  await page.getByTestId('saved-views').click();
  await page.getByTestId('view-name').fill('合同查询');
  await page.getByRole('button', { name: '保存当前视图' }).click();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${COUNT.toLocaleString('zh-CN')} 件`);
  await page.getByRole('button', { name: '合同查询', exact: true }).click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');

  // Hide the phone column.
  await expect(page.locator('[role="columnheader"]', { hasText: '电话' })).toBeVisible();
  await page.getByTestId('column-chooser').click();
  await page.getByRole('checkbox', { name: '电话' }).uncheck();
  await expect(page.locator('[role="columnheader"]', { hasText: '电话' })).toHaveCount(0);

  // A saved view survives a reload (it is in the store, not in memory).
  await page.reload();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await page.getByTestId('saved-views').click();
  await expect(page.getByRole('button', { name: '合同查询', exact: true })).toBeVisible();
});
