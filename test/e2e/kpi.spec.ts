import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { addDays, CN_MAINLAND_CALENDAR, todayIn } from '../../shared/calendar';
import { DEMO_STAFF } from '../../shared/demo';
import type { Case } from '../../shared/domain/case';
import { formatFen, parseYuanToFen } from '../../shared/domain/money';
import { dailyGoal, formatPercent } from '../../shared/kpi';
import { REPORT_COLUMNS } from '../../shared/kpi/reportColumns';
import { CONSOLE, signInToConsole } from './support/console';
import { pullAs, submitSignIn } from './support/headOffice';
import { collectorKpis } from './support/kpiFigures';
import { needsPdftotext, pdfText } from './support/pdfText';

/**
 * 业绩 (issue 15 §4–§5) against the real head office Playwright starts. Branch 110105: no other spec sets its
 * targets or counts its branch records.
 */
const BRANCH = '110105';
const SUPERVISOR = `demo-supervisor-${BRANCH}`;
const COLLECTOR = `demo-officer-${BRANCH}-02`;
const SHOTS = 'test-results/kpi';
mkdirSync(SHOTS, { recursive: true });

// One story in order: the target is set, the bank's payment comes in, the report is made from the same data.
test.describe.configure({ mode: 'serial' });

// Head office refuses a value date after its today; the device works on the same Shanghai day, in office hours.
const today = todayIn('Asia/Shanghai');
const NOW = new Date(`${today}T10:00:00+08:00`);

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
    // The target in force is the newest set for the branch and month (the console's e2e may have set one earlier).
    const target = records.filter((r) => r.name === 'setTarget').sort((a, b) => String(b.args.setAt).localeCompare(String(a.args.setAt)))[0];
    expect(target).toBeDefined();
    const split = target!.args.collectors as { recoveredFen: number; curedAccounts: number }[];
    expect(split.reduce((s, c) => s + c.recoveredFen, 0)).toBe(100_000_007);
    expect(split.reduce((s, c) => s + c.curedAccounts, 0)).toBe(12);
    expect(split.map((c) => c.recoveredFen).sort()).toEqual(shares.map((x) => parseYuanToFen(x)).sort());
  }).toPass({ timeout: 60_000 });
});

async function openCase(page: Page, caseNumber: string) {
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

test('kpi: a payments file is imported, the promise is kept from the bank’s payment, and 我的业绩 and My day equal shared/kpi on the same data', async ({ page, context }) => {
  test.setTimeout(240_000);
  await page.clock.install({ time: NOW });
  const assigned = await pullAs<Case & { status: string; caseNumber: string }>(COLLECTOR);
  const target = assigned.cases.find(
    (c) => c.assignment.officerId === COLLECTOR && (c.status === 'new' || c.status === 'contacting') && c.parties.find((p) => p.role === 'borrower')?.phones.some((p) => p.kind === 'mobile' && p.retiredAt === null),
  );
  expect(target, 'an open case with a borrower’s mobile').toBeTruthy();

  // The collector promises ¥1,000 in three days.
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

  // Head office imports core banking's repayment file in the console.
  const admin = await context.newPage();
  await signInToConsole(admin);
  await admin.goto(`${CONSOLE}#/payment-imports`);
  const ref = `CB${today.replace(/-/g, '')}-KPI-0001`;
  const csv = ['transaction_ref,account_number,amount,value_date,channel', `${ref},${target!.accounts[0]!.accountNumber},1000.00,${today},柜面`].join('\r\n');
  await admin.getByTestId('import-file').setInputFiles({ name: `repayments-kpi-${today}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'utf8') });
  await admin.getByTestId('import-upload').click();
  await expect(admin.getByTestId('import-count-new')).toHaveText('1', { timeout: 30_000 });
  await admin.getByTestId('import-apply').click();
  await expect(admin.getByTestId('import-status')).toHaveText('已应用');
  await admin.close();

  // The device syncs; the bank's payment keeps the promise.
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByTestId('tab-promises').click();
  await expect(page.getByTestId('promise-state')).toHaveText('已履行', { timeout: 30_000 });

  // shared/kpi over what head office sends this collector: the bank's ¥1,000 is in it.
  const { k, input, records } = await collectorKpis(COLLECTOR, NOW);
  expect(records.filter((r) => r.name === 'recordReceipt'), 'no receipt whose payment the sum would miss').toEqual([]);
  expect(input.payments.some((p) => p.source === 'core_banking' && p.reference === ref && p.amountFen === 100_000)).toBe(true);
  expect(k.recoveredFen).toBeGreaterThanOrEqual(100_000);

  await page.getByRole('button', { name: '业绩' }).click();
  await expect(page.getByTestId('kpi-recovered')).toContainText(formatFen(k.recoveredFen), { timeout: 30_000 });
  await expect(page.getByTestId('kpi-recoveryRate')).toContainText(formatPercent(k.recoveryRate));
  await page.getByTestId('kpi-trend').locator('canvas').first().waitFor();
  await page.screenshot({ path: `${SHOTS}/mine-zh.png`, fullPage: true });

  // Today's goal: the collector's share of the target set in the first test, left over the working days left.
  const set = records.filter((r) => r.name === 'setTarget').at(-1);
  expect(set, 'the branch target reached the collector').toBeDefined();
  const share = (set!.args.collectors as { officerId: string; recoveredFen: number }[]).find((c) => c.officerId === COLLECTOR)!.recoveredFen;
  const todayFen = input.payments.filter((p) => p.paidOn === today).reduce((s, p) => s + p.amountFen, 0);
  const goal = dailyGoal(CN_MAINLAND_CALENDAR, today, share, k.recoveredFen - todayFen);
  await expect(page.getByTestId('kpi-dailyGoal')).toContainText(goal.workingDaysLeft === 0 ? '—' : formatFen(goal.todayFen));
  await page.getByRole('button', { name: '我的工作台' }).click();
  await expect(page.getByTestId('myday-daily-goal')).toContainText(formatFen(goal.leftFen));
  if (goal.workingDay) await expect(page.getByTestId('myday-daily-goal-amount')).toHaveText(formatFen(goal.todayFen));
  await page.getByTestId('myday-daily-goal').screenshot({ path: `${SHOTS}/myday-goal-zh.png` });

  // The same chart in English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Performance' }).click();
  await expect(page.getByTestId('kpi-trend').locator('figcaption')).toHaveText('Recovered per day');
  await expect(page.getByTestId('kpi-recovered')).toContainText(formatFen(k.recoveredFen));
  await page.screenshot({ path: `${SHOTS}/mine-en.png`, fullPage: true });
  await page.getByRole('button', { name: '中文' }).click();
});

/** The reading of a downloaded report: each collector's recovered (fen) and recovery rate, by name. */
async function xlsxFigures(file: string): Promise<Map<string, { recoveredFen: number; rate: string }>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  const col = (c: (typeof REPORT_COLUMNS)[number]) => 2 + REPORT_COLUMNS.indexOf(c);
  const out = new Map<string, { recoveredFen: number; rate: string }>();
  sheet.eachRow((row) => {
    if (row.getCell(1).value !== BRANCH) return;
    const rate = row.getCell(col('recoveryRate')).value;
    out.set(String(row.getCell(col('name')).value), {
      recoveredFen: Math.round(Number(row.getCell(col('recovered')).value) * 100),
      rate: typeof rate === 'number' ? `${(Math.round(rate * 10_000) / 100).toFixed(2)}%` : '—',
    });
  });
  return out;
}

test('kpi: the monthly report as XLSX and PDF holds the team board’s figures, in Chinese and English', async ({ page }) => {
  test.setTimeout(240_000);
  needsPdftotext();
  await page.clock.install({ time: NOW });
  await page.goto('/');
  await submitSignIn(page, SUPERVISOR);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByRole('button', { name: '业绩' }).click();
  const board = page.getByTestId('kpi-ranking');
  await expect(board).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('kpi-collectors-chart').locator('canvas').first().waitFor();
  await page.getByTestId('kpi-collectors-chart').screenshot({ path: `${SHOTS}/board-chart-zh.png` });

  // The board's figures, by collector name.
  const onBoard = new Map<string, { recovered: string; rate: string }>();
  for (const row of await board.locator('tbody tr').all()) {
    const cells = await row.locator('td').allInnerTexts();
    onBoard.set(cells[1]!, { recovered: cells[3]!, rate: cells[5]! });
  }
  const mine = DEMO_STAFF.find((s) => s.id === COLLECTOR)!;
  expect(parseYuanToFen(onBoard.get(mine.name)!.recovered)).toBeGreaterThanOrEqual(100_000);
  const branchLine = await page.getByTestId('kpi-branch-vs-target').innerText();

  for (const [language, label] of [['zh-CN', '中文'], ['en', 'English']] as const) {
    await page.getByTestId('kpi-report-language').selectOption(language);
    await page.getByTestId('kpi-report-generate').click();
    await expect(page.getByTestId('kpi-report-ready')).toBeVisible({ timeout: 90_000 });
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('kpi-report-save-xlsx').click()]);
    const xlsx = `${SHOTS}/report-${language}.xlsx`;
    await xlsxDownload.saveAs(xlsx);
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('kpi-report-save-pdf').click()]);
    const pdf = `${SHOTS}/report-${language}.pdf`;
    await pdfDownload.saveAs(pdf);
    expect(xlsxDownload.suggestedFilename()).toMatch(new RegExp(`_${BRANCH}_${today.slice(0, 7)}\\.xlsx$`));

    // The workbook: every collector on the board, with the board's amount and rate.
    const inBook = await xlsxFigures(xlsx);
    for (const [name, f] of onBoard) {
      expect(inBook.get(name), `${label}: ${name} in the workbook`).toEqual({ recoveredFen: parseYuanToFen(f.recovered), rate: f.rate });
    }
    // The PDF: the same names and figures, and the branch's total.
    const text = pdfText(pdf, '-layout');
    for (const [name, f] of onBoard) {
      const line = text.split('\n').find((l) => l.includes(name));
      expect(line, `${label}: ${name} in the PDF`).toBeDefined();
      expect(line).toContain(f.recovered);
      expect(line).toContain(f.rate);
    }
    expect(branchLine).toContain(text.split('\n').find((l) => /机构合计|Branch total/.test(l))!.match(/¥[\d,]+\.\d\d/g)![2]!);
    // Look at the pages.
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, `${SHOTS}/report-${language}`]);
  }

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Performance' }).click();
  await page.getByTestId('kpi-collectors-chart').locator('canvas').first().waitFor();
  await page.getByTestId('kpi-collectors-chart').screenshot({ path: `${SHOTS}/board-chart-en.png` });
  await page.screenshot({ path: `${SHOTS}/board-en.png`, fullPage: true });
  await page.getByRole('button', { name: '中文' }).click();
});
