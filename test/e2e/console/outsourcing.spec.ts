import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { maskName } from '../../../shared/domain/masks';
import { signInToConsole } from '../support/console';
import { pullAs, submitSignIn } from '../support/headOffice';

/**
 * Outsourcing in the console against a real head office: branch 510107's third collector's cases (no other spec
 * changes them). The notice letter and the app's maker-checker proposal are not in this spec (not built yet).
 */
interface Pulled {
  id: string;
  caseNumber: string;
  assignment: { officerId: string | null };
  parties: { role: string; name: string }[];
}
const OFFICER = 'demo-officer-510107-03';

test('console: an admin registers an agency, gives it a case, exports only what the contract allows (logged), imports its results with refused rows, and the collector’s device gets the agency’s payment', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const held = (await pullAs<Pulled>(OFFICER)).cases.filter((c) => c.assignment.officerId === OFFICER).sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : 1));
  const c = held[0]!;
  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  const licence = `E2E-LIC-${Date.now()}`;

  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-outsourcing').click();
  await page.getByTestId('agency-new').click();
  await page.getByTestId('agency-name').fill('蜀信委外催收有限公司');
  await page.getByTestId('agency-licenceNumber').fill(licence);
  await page.getByTestId('agency-contractStart').fill('2026-01-01');
  await page.getByTestId('agency-contractEnd').fill('2030-12-31');
  await page.getByTestId('agency-commissionPercent').fill('12.5');
  await page.getByTestId('agency-branches').fill('510107');
  await page.getByTestId('agency-verifyContact').fill('本行客服 95588 转 8');
  await page.getByTestId('agency-field-debtorName').check();
  await page.getByTestId('agency-field-outstanding').check();
  await page.getByTestId('agency-save').click();
  await expect(page.getByTestId(`agency-row-${licence}`)).toContainText('12.50%');

  const detail = page.getByTestId('agency-detail');
  await page.getByTestId('agency-case-ids').fill(c.id);
  await page.getByTestId('agency-reason').fill('逾期 180 天以上，委外催收');
  await page.getByTestId('agency-assign').click();
  await expect(detail.getByRole('status')).toContainText('已委托 1 件案件');
  await expect(page.getByTestId(`agency-case-${c.caseNumber}`)).toContainText('逾期 180 天以上');

  const downloading = page.waitForEvent('download');
  await page.getByTestId('agency-export-csv').click();
  const csv = (await readFile(await (await downloading).path())).toString('utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('案件编号,借款人姓名,欠款金额（元）');
  expect(csv).toContain(`${c.caseNumber},${maskName(borrower.name)},`);
  expect(csv).not.toContain(borrower.name);
  await expect(page.getByTestId('agency-exports')).toContainText('借款人姓名（脱敏）');

  const results = ['案件编号,类型,日期,金额,流水号', `${c.caseNumber},还款,2026-11-20,321.00,E2E-TX-${Date.now()}`, 'NO-SUCH-CASE,还款,2026-11-20,5.00,'].join('\r\n');
  await page.getByTestId('agency-results-file').setInputFiles({ name: 'results.csv', mimeType: 'text/csv', buffer: Buffer.from(results, 'utf8') });
  await page.getByTestId('agency-results-upload').click();
  await expect(page.getByTestId('agency-results-answer')).toContainText('已导入 results.csv：1 行，拒绝 1 行');
  await expect(page.getByTestId('agency-results-rejections')).toContainText('没有案件 NO-SUCH-CASE');
  await page.screenshot({ path: test.info().outputPath('outsourcing.png'), fullPage: true });

  // The agency's payment is an ordinary record of the case: the collector's device pulls it, marked source agency.
  const records = (await pullAs<Pulled>(OFFICER)).records.filter((r) => r.caseId === c.id && r.name === 'recordPayment');
  expect(records.map((r) => [r.args.source, r.args.amountFen])).toContainEqual(['agency', 32_100]);

  // On the collector's laptop the case's timeline shows the payment, marked as the agency's.
  const laptop = await (await browser.newContext()).newPage();
  await laptop.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  await laptop.goto('/');
  await submitSignIn(laptop, OFFICER);
  await expect(laptop.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await laptop.getByTestId('case-search').fill(c.caseNumber);
  await expect(laptop.getByTestId('list-summary')).toContainText('显示 1 件');
  await laptop.getByTestId('case-table').focus();
  await laptop.keyboard.press('Enter');
  const timeline = laptop.getByTestId('timeline');
  await expect(timeline.locator('li', { hasText: '还款 ¥321.00' })).toContainText('委外机构回传');
  await laptop.screenshot({ path: test.info().outputPath('timeline.png'), fullPage: true });

  // Recalled with a reason: the case shows who took it back.
  page.once('dialog', (d) => void d.accept('客户要求由本行直接联系'));
  await page.getByTestId(`agency-recall-${c.caseNumber}`).click();
  await expect(page.getByTestId(`agency-case-${c.caseNumber}`)).toContainText('客户要求由本行直接联系');
});
