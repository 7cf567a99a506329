import { needsPdftotext, pdfText, readsPdfs } from './support/pdfText';
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { generateCase } from '../../shared/demo';

/** Works as the clerk of the open case's branch (clerks print and register letters; shared/domain/permissions.ts), back on the same case. */
async function actAsBranchClerk(page: import('@playwright/test').Page) {
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-clerk-${branch}`);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
}

/** A case of the demo portfolio a collector may call: open, its borrower on an active mobile. */
function callableCase() {
  for (let i = 0; i < 100; i++) {
    const c = generateCase(20261123, i, { snapshotDate: '2026-11-23' });
    const borrower = c.parties.find((p) => p.role === 'borrower')!;
    if ((c.status === 'new' || c.status === 'contacting') && borrower.phones.some((p) => p.retiredAt === null && p.kind === 'mobile')) return c;
  }
  throw new Error('no callable case in the demo portfolio');
}

async function loadDemo(page: import('@playwright/test').Page, count: number) {
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption(String(count));
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${count.toLocaleString('zh-CN')} 件`, { timeout: 90_000 });
}

test('a clerk previews a demand notice (cancelling takes no number), issues it, saves it, re-prints a copy, and registers its posting', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await loadDemo(page, 100);
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await actAsBranchClerk(page);
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letter-type').selectOption('demand_notice');

  // Prohibited wording in the clerk's own text is refused, with the phrase.
  await page.getByTestId('letter-free-text').fill('逾期不还将被刑事拘留');
  await expect(page.getByTestId('letter-problems')).toContainText('拘留');
  await expect(page.getByTestId('letter-preview-button')).toBeDisabled();
  await page.getByTestId('letter-free-text').fill('');
  await expect(page.getByTestId('letter-check-ok')).toBeVisible();

  // Previewed and cancelled: no number is used (the letter issued next is still the first).
  await page.getByTestId('letter-preview-button').click();
  await expect(page.getByTestId('letter-preview-card')).toContainText('尚未编号', { timeout: 60_000 });
  await page.getByTestId('letter-preview-cancel').click();
  await expect(page.getByTestId('letter-preview-card')).toHaveCount(0);
  await expect(page.locator('[data-testid^="case-letter-"]')).toHaveCount(0);

  // Previewed again and confirmed.
  await page.getByTestId('letter-preview-button').click();
  await expect(page.getByTestId('letter-preview-card')).toContainText('尚未编号', { timeout: 60_000 });
  await page.getByTestId('letter-issue').click();
  const issued = page.getByTestId('letter-issued');
  await expect(issued).toContainText('已出具并登记', { timeout: 60_000 });
  const number = (await issued.locator('strong').innerText()).split('：')[1]!.trim();
  expect(number).toMatch(/^CS-\d{6}-2026-[A-Z0-9]+-000001$/);

  // Save it and read what it says.
  const download = page.waitForEvent('download');
  await page.getByTestId('letter-download').click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
  if (readsPdfs) {
    const text = pdfText(file, '-layout');
    expect(text).toContain('逾期贷款催收通知书');
    expect(text).toContain(number);
    expect(text).toMatch(/人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+/);
    expect(text).toContain('回执');
  }

  // A re-print is a copy under the same number.
  await page.getByTestId(`letter-reprint-${number}`).click();
  await expect(page.locator(`[data-testid="case-letter-${number}"]`)).toHaveCount(2, { timeout: 60_000 });
  await expect(page.locator(`[data-testid="case-letter-${number}"] .pill`, { hasText: '副本' })).toHaveCount(1);

  // The register has both; the clerk enters the tracking number.
  await page.getByRole('button', { name: '函件', exact: true }).click();
  const rows = page.locator(`[data-testid="register-row-${number}"]`);
  await expect(rows).toHaveCount(2);
  const original = rows.filter({ hasNot: page.locator('.pill', { hasText: '副本' }) });
  await original.getByTestId(`letter-delivery-${number}`).click();
  await page.getByTestId('letter-tracking').fill('EA123456789CN');
  await page.getByTestId('letter-action-save').click();
  await expect(original).toContainText('EA123456789CN');
  await page.getByTestId('register-search').fill('EA1234');
  await expect(page.locator('[data-testid^="register-row-"]')).toHaveCount(1);
});

/** Issues the letter the panel is set to (preview, then confirm) and reads back its total with pdftotext. */
async function issueAndReadTotal(page: import('@playwright/test').Page): Promise<{ number: string; text: string; totalYuan: number }> {
  await page.getByTestId('letter-preview-button').click();
  await expect(page.getByTestId('letter-issue')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('letter-issue').click();
  const issued = page.getByTestId('letter-issued');
  await expect(issued).toContainText('已出具并登记', { timeout: 60_000 });
  const number = (await issued.locator('strong').innerText()).split('：')[1]!.trim();
  const download = page.waitForEvent('download');
  await page.getByTestId('letter-download').click();
  const text = pdfText(await (await download).path(), '-layout');
  const total = /合计（小写）\s+¥([\d,]+\.\d\d)/.exec(text);
  expect(total, text).not.toBeNull();
  return { number, text, totalYuan: Number(total![1]!.replace(/,/g, '')) };
}

test('a receipt recorded today lowers what the next demand notice asks for, itemised; sending it again within days needs a reason', async ({ page }) => {
  // The amounts are read back from the PDF.
  needsPdftotext();
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await loadDemo(page, 100);
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await actAsBranchClerk(page);
  // The next day (the portfolio's data date is the day it was loaded): a notice, then a field receipt of ¥500.
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+08:00'));
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letter-type').selectOption('demand_notice');
  const before = await issueAndReadTotal(page);

  await page.getByTestId('tab-receipts').click();
  await page.getByTestId('receipt-amount').fill('500');
  await page.getByTestId('receipt-submit').click();
  await expect(page.getByTestId('receipt-issued')).toBeVisible();
  const receiptNumber = (await page.locator('[data-testid^="receipt-row-"]').first().getAttribute('data-testid'))!.replace('receipt-row-', '');

  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letter-type').selectOption('demand_notice');
  // The same notice to the same debtor the same day is refused until the clerk says why.
  await expect(page.getByTestId('letter-problems')).toContainText('已向该当事人发出同类函件');
  await expect(page.getByTestId('letter-preview-button')).toBeDisabled();
  await page.getByTestId('letter-repeat-reason').fill('客户今日部分还款，按新余额重新送达');
  const after = await issueAndReadTotal(page);
  expect(after.number).not.toBe(before.number);
  expect(Math.round((before.totalYuan - after.totalYuan) * 100)).toBe(50_000);
  expect(after.text).toContain('减：2026年11月24日已还款');
  // The receipt's number is printed with it (it may wrap inside its cell; the render test reads it whole).
  expect(after.text).toContain(receiptNumber.slice(0, 3));
  expect(after.text).toContain('−¥500.00');
});

test('a promise in force is mentioned on the next demand notice', async ({ page }) => {
  needsPdftotext();
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await loadDemo(page, 100);
  // A case whose borrower can be called, worked by its branch's supervisor (who may log contact).
  const c = callableCase();
  await page.getByTestId('case-search').fill(c.caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-supervisor-${c.assignment.branchCode}`);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await page.clock.setFixedTime(new Date('2026-11-24T10:00:00+08:00'));
  await page.getByTestId('log-outcome').selectOption('promise');
  await page.getByTestId('log-promise-amount').fill('1000');
  await page.getByTestId('log-promise-due').fill('2026-11-30');
  await page.getByTestId('log-submit').click();
  await expect(page.getByText('已保存')).toBeVisible();

  await actAsBranchClerk(page);
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letter-type').selectOption('demand_notice');
  const { text } = await issueAndReadTotal(page);
  expect(text.replace(/\s+/g, ''), text).toContain('我行已记录：您已于2026年11月24日承诺于2026年11月30日前还款¥1,000.00。');
});

test('a batch of over 500 letters becomes numbered volumes in order with an exceptions report, and the screen stays usable meanwhile', async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await loadDemo(page, 2_000);
  // The cases in M1 (about 600 of the 2,000).
  await page.getByTestId('filter-bucket').click();
  await page.getByRole('checkbox', { name: 'M1', exact: true }).check();
  await page.keyboard.press('Escape');
  const summary = await page.getByTestId('list-summary').innerText();
  const shown = Number(summary.match(/显示 ([\d,]+) 件/)![1]!.replace(/,/g, ''));
  expect(shown).toBeGreaterThan(500);

  // Batch printing is a clerk's (or supervisor's) work.
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption('demo-clerk-310115');
  await page.getByRole('button', { name: '函件', exact: true }).click();
  await page.getByTestId('letters-tab-batch').click();
  await expect(page.getByTestId('batch-print')).toContainText(shown.toLocaleString('zh-CN'));
  await page.getByTestId('batch-type').selectOption('reminder');
  // Nothing is numbered before the clerk has seen what will go out and what will not.
  await page.getByTestId('batch-start').click();
  const confirmation = page.getByTestId('batch-confirmation');
  await expect(confirmation).toContainText('将出具', { timeout: 60_000 });
  const planned = Number((await confirmation.locator('strong').innerText()).match(/将出具 (\d+) 份/)![1]);
  await page.getByTestId('batch-confirm').click();
  await expect(page.getByTestId('batch-progress')).toBeVisible();
  // Over LETTERS_PER_VOLUME (250) letters: volumes, each in a fresh worker, counted across the whole batch.
  await expect(page.getByTestId('batch-progress')).toContainText(/第 \d 册（共 3 册）：.* \/ \d+ 封/, { timeout: 60_000 });
  await page.screenshot({ path: test.info().outputPath('batch-volumes-progress.png') });
  // While the worker renders, the tabs still answer.
  await page.getByTestId('letters-tab-register').click();
  await expect(page.getByTestId('letter-register')).toBeVisible();
  await page.getByTestId('letters-tab-batch').click();

  const result = page.getByTestId('batch-result');
  await expect(result).toBeVisible({ timeout: 180_000 });
  const text = await page.getByTestId('batch-summary').innerText();
  const [, letters, pages, , exceptions] = text.match(/已生成：(\d+) 份函件，(\d+) 页，([\d.]+ MB)；另有 (\d+) 件未出具/)!;
  expect(Number(letters) + Number(exceptions)).toBe(shown);
  expect(Number(letters)).toBe(planned);
  expect(Number(letters)).toBeGreaterThanOrEqual(500);
  expect(Number(pages)).toBeGreaterThanOrEqual(Number(letters));
  if (Number(exceptions) > 0) await expect(page.getByTestId('batch-exceptions').locator('tr')).toHaveCount(Number(exceptions));
  await expect(page.getByTestId('batch-message')).toContainText(`已登记 ${letters} 份`, { timeout: 120_000 });

  // About 600 letters: three volumes of about 200, each saved under a name that says which it is.
  await expect(page.getByTestId('batch-volumes')).toContainText('分为 3 册');
  await page.screenshot({ path: test.info().outputPath('batch-volumes-result.png'), fullPage: true });
  await expect(page.getByTestId('batch-download')).toHaveCount(0);
  const numbers: string[] = [];
  for (const k of [1, 2, 3]) {
    const download = page.waitForEvent('download');
    await page.getByTestId(`batch-download-volume-${k}`).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`逾期还款提醒函-批量-2026-11-23-第${k}册共3册.pdf`);
    const file = await saved.path();
    expect(existsSync(file)).toBe(true);
    // A letter's number is on each of its pages (footer) and its 回执: kept once, where it first appears.
    if (readsPdfs) numbers.push(...new Set(pdfText(file).match(/CS-\d{6}-\d{4}-[A-Z0-9]{4,8}-\d{6}/g) ?? []));
  }
  if (readsPdfs) {
    // Every letter once, in the original order (consecutive numbers), across the three volumes.
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBe(Number(letters));
    // Numbers carry each case's branch; the device's counter runs on across the batch: consecutive, in order.
    const counters = numbers.map((n) => Number(n.slice(-6)));
    expect(counters).toEqual(counters.map((_, i) => counters[0]! + i));
  }

  // The same batch again the same day: every debtor who just got the letter is an exception, nothing is issued.
  await page.getByTestId('batch-start').click();
  await expect(confirmation).toContainText('将出具 0 份', { timeout: 60_000 });
  await expect(confirmation).toContainText(`${shown} 件例外`);
  await expect(confirmation.locator('[data-testid^="batch-exception-"]').filter({ hasText: '已向该当事人发出同类函件' }).first()).toBeVisible();
  await expect(page.getByTestId('batch-confirm')).toBeDisabled();
});
