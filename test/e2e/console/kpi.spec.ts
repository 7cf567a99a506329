import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatFen } from '../../../shared/domain/money';
import { cureRate, formatPercent, recoveryRateOf, rollRate } from '../../../shared/kpi';
import { PerformanceAnswerSchema, type PerformanceAnswer } from '../../../shared/kpi/consoleApi';
import { signInToConsole } from '../support/console';

/**
 * Issue 15 §5, head office: the console's 业绩 page as the head-office admin, read-only (no data is written):
 * the figures on screen are the API's, in zh-CN and in English, every chart has its table, and axe-core finds no
 * serious violation. Screenshots go to test-results/kpi-console-*.png to be looked at.
 */

async function openAndRead(page: Page, open: () => Promise<unknown>): Promise<PerformanceAnswer> {
  const answered = page.waitForResponse((r) => r.url().includes('/admin/kpi/performance') && r.status() === 200);
  await open();
  const api = PerformanceAnswerSchema.parse(await (await answered).json());
  await expect(page.getByTestId('kpi-branch-table')).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
  return api;
}

async function expectFiguresOf(page: Page, api: PerformanceAnswer) {
  await expect(page.getByTestId('kpi-recovered-total')).toHaveText(formatFen(api.total.recoveredFen));
  for (const b of api.branches.filter((x) => x.figures.cases > 0 || x.target !== null)) {
    const row = page.getByTestId(`kpi-branch-${b.code}`);
    await expect(row.getByTestId(`kpi-recovered-${b.code}`)).toHaveText(formatFen(b.figures.recoveredFen));
    await expect(row).toContainText(formatPercent(b.figures.recoveryRate));
  }
  for (const bucket of ['M1', 'M2', 'M3'] as const) {
    const cells = page.getByTestId(`kpi-roll-${bucket}`).locator('td');
    await expect(cells.nth(9)).toHaveText(formatPercent(rollRate(api.totalRolls, bucket)));
    await expect(cells.nth(10)).toHaveText(formatPercent(cureRate(api.totalRolls, bucket)));
  }
}

async function noSeriousViolation(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${what}: ${bad.map((v) => `${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`).toEqual([]);
}

test('kpi: head office’s 业绩 page — branches side by side, the trend and roll rates as the API gives them, in zh-CN and English, accessible', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToConsole(page, 'demo-admin');

  const thisMonth = await openAndRead(page, () => page.getByTestId('console-nav-kpi').click());
  await expect(page.locator('main.page h1')).toHaveText('业绩');
  expect(thisMonth.branches.length).toBeGreaterThan(1);
  expect(thisMonth.total.cases).toBeGreaterThan(0);
  await expectFiguresOf(page, thisMonth);

  // Last month: a whole month, with the roll matrix of the demo portfolio's snapshots.
  const lastMonth = await openAndRead(page, () => page.getByTestId('kpi-preset').selectOption('lastMonth'));
  expect(lastMonth.period.from.slice(0, 7)).toBe(lastMonth.period.to.slice(0, 7));
  expect(lastMonth.period.from < thisMonth.period.from).toBe(true);
  await expectFiguresOf(page, lastMonth);
  const weeks = await openAndRead(page, () => page.getByTestId('kpi-trend-unit').selectOption('week'));
  expect(weeks.trend.points).toHaveLength(13);
  await expect(page.getByTestId('kpi-trend-table').locator('tbody tr')).toHaveCount(13);
  const lastWeek = weeks.trend.points.at(-1)!;
  const lastRow = page.getByTestId('kpi-trend-table').locator('tbody tr').last();
  await expect(lastRow.getByTestId('kpi-trend-recovered')).toHaveText(formatFen(lastWeek.recoveredFen));
  // The recovery rate per period: recovered over the overdue balance at its start (shared/kpi recoveryRateOf).
  expect(lastWeek.openingOverdueFen).toBeGreaterThan(0);
  await expect(lastRow.getByTestId('kpi-trend-rate')).toHaveText(formatPercent(recoveryRateOf(lastWeek.recoveredFen, lastWeek.openingOverdueFen)));

  // Every chart has its numbers as a table.
  for (const chart of ['kpi-branch-chart', 'kpi-trend-chart', 'kpi-roll-chart']) {
    await expect(page.getByTestId(chart).locator('canvas')).toHaveCount(1);
    await page.getByTestId(chart).locator('summary').click();
    await expect(page.getByTestId(chart).locator('table')).toBeVisible();
  }
  await noSeriousViolation(page, 'zh-CN');
  await page.screenshot({ path: 'test-results/kpi-console-zh.png', fullPage: true });

  // A product's own matrix.
  const product = weeks.products[0]!;
  await page.getByTestId('kpi-roll-product').selectOption(product.product);
  await expect(page.getByTestId('kpi-roll-M1').locator('td').first()).toHaveText(String(Object.values(product.rolls.M1).reduce((s, c) => s + c.cases, 0)));

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main.page h1')).toHaveText('Performance');
  await expect(page.getByTestId('kpi-branch-table')).toContainText('Right-party contact rate');
  await expect(page.getByTestId('kpi-recovered-total')).toHaveText(formatFen(weeks.total.recoveredFen));
  const text = await page.locator('body').innerText();
  for (const code of ['[object', 'undefined', 'NaN', 'kpi.branches.', 'kpi.rolls.', 'kpi.trend.']) expect(text).not.toContain(code);
  await noSeriousViolation(page, 'en');
  await page.screenshot({ path: 'test-results/kpi-console-en.png', fullPage: true });
});

test('kpi: 月报下载 — the bank’s monthly report as Excel and PDF in zh-CN, with the page’s figures', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToConsole(page, 'demo-admin');
  const api = await openAndRead(page, () => page.getByTestId('console-nav-kpi').click());
  await expect(page.getByTestId('kpi-report')).toBeVisible();
  await page.screenshot({ path: 'test-results/kpi-console-report.png', fullPage: false });
  const month = api.period.from.slice(0, 7);
  await expect(page.getByTestId('kpi-report-month')).toHaveValue(month);

  const xlsxDone = page.waitForEvent('download');
  await page.getByTestId('kpi-report-xlsx').click();
  const xlsx = await xlsxDone;
  expect(xlsx.suggestedFilename()).toBe(`月报下载-${month}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await xlsx.path())!);
  let total: unknown[] = [];
  book.getWorksheet('业绩汇总')!.eachRow((row) => {
    const v = row.values as unknown[];
    if (v[2] === '全行合计') total = Array.from(v.slice(1), (x) => x ?? null);
  });
  expect(total[2]).toBe(api.total.cases);
  expect(total[5]).toBe(api.total.recoveredFen / 100);

  const pdfDone = page.waitForEvent('download');
  await page.getByTestId('kpi-report-pdf').click();
  const pdf = await pdfDone;
  const file = 'test-results/kpi-console-report.pdf';
  await pdf.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  expect(text).toContain('清收业绩月报（全行）');
  expect(text).toContain(formatFen(api.total.recoveredFen));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, 'test-results/kpi-console-report-page']);
});
