import { copyFile, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { maskName } from '../../shared/domain/masks';
import { signInToConsole } from './support/console';
import { pullAs, submitSignIn } from './support/headOffice';
import { pdfText, readsPdfs } from './support/pdfText';

/**
 * Outsourcing end to end against a real head office (issue 19 §5): branch 510107's third collector's cases (no
 * other spec changes them), its supervisor, and the head-office admin. The collector proposes an agency head
 * office published, the supervisor approves in 待办审批, the collector issues the debtor's notice letter, head
 * office hands the case over, exports it (masked, logged), imports the agency's results, and the agency's payment
 * counts once, apart from the branch's own, on the devices and at head office.
 */
interface Pulled {
  id: string;
  caseNumber: string;
  status: string;
  assignment: { officerId: string | null };
  parties: { role: string; name: string }[];
}
const OFFICER = 'demo-officer-510107-03';
const SUPERVISOR = 'demo-supervisor-510107';
const SHOTS = 'test-results/outsourcing';

async function laptop(browser: import('@playwright/test').Browser, userId: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  await page.goto('/');
  await submitSignIn(page, userId);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 90_000 });
  return page;
}

async function syncAndSettle(page: Page) {
  await page.getByTestId('status-sync-now').click();
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('sync-no-rejections')).toBeVisible();
}

async function openCase(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
}

async function myRecovered(page: Page): Promise<string> {
  await page.getByRole('button', { name: '业绩' }).click();
  const card = page.getByTestId('kpi-recovered');
  await expect(card).toBeVisible({ timeout: 60_000 });
  return (await card.innerText()).trim();
}

test('legal: a case is outsourced with its notice letter (proposed, approved, handed over), the agency’s results file comes back, and its payment counts once, apart from the branch’s own', async ({ page, browser }) => {
  test.setTimeout(600_000);
  const held = (await pullAs<Pulled>(OFFICER)).cases
    .filter((c) => c.assignment.officerId === OFFICER && c.status !== 'settled' && c.status !== 'closed')
    .sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : 1));
  const c = held[0]!;
  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  const licence = `E2E-LIC-${Date.now()}`;
  const agencyName = `蜀信委外催收有限公司${licence.slice(-4)}`;

  // Head office registers the agency: publishing it to branch 510107's devices.
  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-outsourcing').click();
  await page.getByTestId('agency-new').click();
  await page.getByTestId('agency-name').fill(agencyName);
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

  // The collector proposes the case to that agency (from the list head office published).
  const collector = await laptop(browser, OFFICER);
  const before = await myRecovered(collector);
  await openCase(collector, c.caseNumber);
  const card = collector.getByTestId('outsourcing-card');
  await card.getByTestId('outsourcing-open-form').click();
  const option = card.locator('[data-testid="outsourcing-agency-select"] option', { hasText: agencyName });
  await card.getByTestId('outsourcing-agency-select').selectOption((await option.getAttribute('value'))!);
  await card.getByTestId('outsourcing-reason').fill('逾期 180 天以上，多次失联，建议委外催收');
  await card.getByTestId('outsourcing-submit').click();
  await expect(card.getByTestId('outsourcing-status')).toHaveText('待主管审批');
  // Without an approved proposal the notice letter is not offered.
  await collector.getByTestId('tab-letters').click();
  await expect(collector.locator('[data-testid="letter-type"] option[value="outsourcing_notice"]')).toHaveCount(0);
  await card.screenshot({ path: `${SHOTS}/proposed.png` });
  await syncAndSettle(collector);

  // The branch supervisor approves it in 待办审批 (maker-checker).
  const supervisor = await laptop(browser, SUPERVISOR);
  await supervisor.getByRole('button', { name: /待办审批/ }).click();
  const inbox = supervisor.getByTestId('outsourcing-inbox');
  await expect(inbox).toContainText(c.caseNumber, { timeout: 30_000 });
  await expect(inbox).toContainText(agencyName);
  await inbox.getByTestId('outsourcing-decision-reason').fill('同意委外，先向借款人发告知函');
  await supervisor.screenshot({ path: `${SHOTS}/inbox.png`, fullPage: true });
  await inbox.getByTestId('outsourcing-approve').click();
  await expect(inbox).toHaveCount(0);
  await syncAndSettle(supervisor);

  // Head office cannot hand it over before the debtor's notice letter is registered.
  await page.reload();
  await page.getByTestId('console-nav-outsourcing').click();
  await page.getByTestId(`agency-open-${licence}`).click();
  const detail = page.getByTestId('agency-detail');
  await expect(detail.getByTestId(`handover-${c.caseNumber}`)).toContainText('尚未登记');
  await expect(detail.getByTestId(`handover-give-${c.caseNumber}`)).toBeDisabled();

  // The collector sees the approval and issues the notice (preview, number, register) naming the agency.
  await syncAndSettle(collector);
  await openCase(collector, c.caseNumber);
  await expect(card.getByTestId('outsourcing-status')).toHaveText('主管已同意，待出具告知函并由总行移交');
  await collector.getByTestId('tab-letters').click();
  await collector.getByTestId('letter-type').selectOption('outsourcing_notice');
  await collector.getByTestId('letter-preview-button').click();
  await expect(collector.getByTestId('letter-issue')).toBeEnabled({ timeout: 60_000 });
  await collector.getByTestId('letter-issue').click();
  const issued = collector.getByTestId('letter-issued');
  await expect(issued).toContainText('已出具并登记', { timeout: 60_000 });
  const number = (await issued.locator('strong').innerText()).match(/CS-[\w-]+/)![0];
  await expect(collector.getByTestId(`case-letter-${number}`)).toContainText('委外催收告知函');
  await collector.screenshot({ path: `${SHOTS}/notice-issued.png`, fullPage: true });
  // What the debtor reads: the agency as head office published it, how to check it, and to pay the bank only.
  const download = collector.waitForEvent('download');
  await collector.getByTestId('letter-download').click();
  const pdf = await (await download).path();
  await copyFile(pdf, `${SHOTS}/notice.pdf`);
  if (readsPdfs) {
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const said of ['委外催收告知函', agencyName, licence, '本行客服95588转8', '2030年12月31日', number]) expect(text).toContain(said);
  }
  await syncAndSettle(collector);
  const letter = (await pullAs<Pulled>(OFFICER)).records.find((r) => r.name === 'issueLetter' && r.args.number === number)!;
  expect(letter.args).toMatchObject({ type: 'outsourcing_notice', caseId: c.id, copy: false });

  // Head office hands it over: the row names the letter; the proposal's reason goes with the case.
  await page.reload();
  await page.getByTestId('console-nav-outsourcing').click();
  await page.getByTestId(`agency-open-${licence}`).click();
  await expect(detail.getByTestId(`handover-${c.caseNumber}`)).toContainText(number);
  await detail.getByTestId(`handover-give-${c.caseNumber}`).click();
  await expect(detail.getByRole('status')).toContainText(`已移交案件 ${c.caseNumber}`);
  await expect(page.getByTestId(`agency-case-${c.caseNumber}`)).toContainText('逾期 180 天以上');

  // Export only what the contract allows, masked, logged.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('agency-export-csv').click();
  const csv = (await readFile(await (await downloading).path())).toString('utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('案件编号,借款人姓名,欠款金额（元）');
  expect(csv).toContain(`${c.caseNumber},${maskName(borrower.name)},`);
  expect(csv).not.toContain(borrower.name);
  await expect(page.getByTestId('agency-exports')).toContainText('借款人姓名（脱敏）');

  // The agency's results file comes back: one payment, one refused row; the same file again changes nothing.
  const results = Buffer.from(['案件编号,类型,日期,金额,流水号', `${c.caseNumber},还款,2026-11-20,321.00,E2E-TX-${Date.now()}`, 'NO-SUCH-CASE,还款,2026-11-20,5.00,'].join('\r\n'), 'utf8');
  for (const [name, answer] of [['results.csv', '已导入 results.csv：1 行，拒绝 1 行'], ['results-again.csv', '此文件已导入过，未重复导入。']] as const) {
    await page.getByTestId('agency-results-file').setInputFiles({ name, mimeType: 'text/csv', buffer: results });
    await page.getByTestId('agency-results-upload').click();
    await expect(page.getByTestId('agency-results-answer')).toContainText(answer);
    await expect(page.getByTestId('agency-results-rejections')).toContainText('没有案件 NO-SUCH-CASE');
  }

  // Head office counts it once, as the agency's, apart from the branch's own.
  await page.getByTestId('agency-recovery-month').fill('2026-11');
  await expect(page.getByTestId('agency-recovery-510107').locator('td').nth(2)).toHaveText('¥321.00');
  await page.screenshot({ path: `${SHOTS}/console.png`, fullPage: true });
  const records = (await pullAs<Pulled>(OFFICER)).records.filter((r) => r.caseId === c.id && r.name === 'recordPayment');
  expect(records.map((r) => [r.args.source, r.args.amountFen])).toEqual([['agency', 32_100]]);

  // The collector's device: the payment on the case, marked as the agency's; not credited to the collector.
  await syncAndSettle(collector);
  await openCase(collector, c.caseNumber);
  await expect(collector.getByTestId('timeline').locator('li', { hasText: '还款 ¥321.00' })).toContainText('委外机构回传');
  // The handover reached the device: the case says an agency calls the debtor now, since when and why.
  await expect(collector.getByTestId('outsourcing-handover')).toContainText(`委外中：总行已于`);
  await expect(collector.getByTestId('outsourcing-handover')).toContainText(agencyName);
  await expect(collector.getByTestId('outsourcing-card').getByTestId('outsourcing-status')).toHaveText('总行已据此移交');
  await collector.getByTestId('outsourcing-card').screenshot({ path: `${SHOTS}/handover-on-device.png` });
  await collector.getByTestId('timeline').locator('li', { hasText: '还款 ¥321.00' }).screenshot({ path: `${SHOTS}/timeline.png` });
  expect(await myRecovered(collector)).toBe(before);

  // The supervisor's team board: the agency's money once, apart from the branch's own.
  await syncAndSettle(supervisor);
  await supervisor.getByRole('button', { name: '业绩' }).click();
  await expect(supervisor.getByTestId('kpi-branch-agency')).toContainText('¥321.00', { timeout: 60_000 });
  await supervisor.screenshot({ path: `${SHOTS}/team-board.png`, fullPage: true });

  // Recalled with a reason: the case shows who took it back.
  page.once('dialog', (d) => void d.accept('客户要求由本行直接联系'));
  await page.getByTestId(`agency-recall-${c.caseNumber}`).click();
  await expect(page.getByTestId(`agency-case-${c.caseNumber}`)).toContainText('客户要求由本行直接联系');
  // And the collector's device learns the case is back, with the reason; a new proposal may be made.
  await syncAndSettle(collector);
  await openCase(collector, c.caseNumber);
  await expect(collector.getByTestId('outsourcing-handover')).toContainText(`从 ${agencyName} 收回本案：客户要求由本行直接联系`);
  await expect(collector.getByTestId('outsourcing-open-form')).toBeVisible();
});
