import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO_OFFICERS } from '../../../shared/demo/branches';
import { demoExtract, todayInShanghai } from '../../../server/import/demoPortfolio';
import { signInToConsole } from '../support/console';
import { pullAs } from '../support/headOffice';

/**
 * §2 Portfolio in the console, against the e2e head office (its demo portfolio: 2,000 cases as of today in
 * Shanghai). The extract is that portfolio again, with one case's fees changed, one new customer (in the head
 * office's own branch, so no collector's list changes) and one customer whose ID number is wrong.
 */

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function extractCsv(): { csv: Buffer; updatedCase: string; newCaseNumber: string; cases: number } {
  const e = demoExtract({ snapshotDate: todayInShanghai() });
  const rows = e.rows.map((r) => ({ ...r.cells }));
  const last = rows[rows.length - 1]!;
  last.fees = (Number(last.fees) + 1).toFixed(2);
  const template = rows[0]!;
  const fresh = { ...template, customer_no: 'E2E-NEW-0001', case_number: 'CS-E2E-NEW-0001', branch_code: '000000', officer_id: '', account_number: '6222990000000001', contract_number: 'HT-E2E-NEW-1' };
  const bad = { ...template, customer_no: 'E2E-BAD-0001', case_number: 'CS-E2E-BAD-0001', account_number: '6222990000000002', contract_number: 'HT-E2E-BAD-1', borrower_id_number: '110101199003070001' };
  const all: Record<string, string>[] = [...rows, fresh, bad];
  const text = [e.header.join(','), ...all.map((r) => e.header.map((h) => csvField(r[h] ?? '')).join(','))].join('\r\n') + '\r\n';
  return { csv: Buffer.from(text, 'utf8'), updatedCase: last.case_number!, newCaseNumber: fresh.case_number, cases: new Set(rows.map((r) => r.customer_no)).size };
}

test('console: an admin uploads an extract, sees the dry run and the rejections, applies it', async ({ page }) => {
  const { csv, newCaseNumber, cases } = extractCsv();
  const badRow = csv.toString('utf8').trimEnd().split('\r\n').length; // the last line (the header is row 1)
  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-imports').click();
  // The template head office makes: the extract's header (the one this test's file has) and an example row.
  const templateDone = page.waitForEvent('download');
  await page.getByTestId('import-template').click();
  const template = await templateDone;
  expect(template.suggestedFilename()).toBe('逾期贷款清单模板.csv');
  const templateLines = (await readFile((await template.path())!, 'utf8')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(templateLines).toHaveLength(2);
  expect(templateLines[0]).toBe(demoExtract({ cases: 1 }).header.join(','));
  await page.getByTestId('import-file').setInputFiles({ name: '核心系统导出.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByTestId('import-upload').click();

  const result = page.getByTestId('import-result');
  await expect(result.getByTestId('import-status')).toHaveText('待应用', { timeout: 60_000 });
  await expect(result.getByTestId('import-count-new')).toHaveText('1');
  await expect(result.getByTestId('import-count-closed')).toHaveText('0');
  await expect(result.getByTestId('import-count-rejected')).toHaveText('1');
  const updated = Number(await result.getByTestId('import-count-updated').textContent());
  const unchanged = Number(await result.getByTestId('import-count-unchanged').textContent());
  expect(updated).toBeGreaterThanOrEqual(1);
  expect(updated + unchanged).toBe(cases);
  await expect(result.getByTestId('import-branch-000000')).toContainText('1');
  const rejections = result.getByTestId('import-rejections');
  await expect(rejections.locator('tbody tr')).toHaveCount(1);
  await expect(rejections.locator('tbody tr')).toContainText(String(badRow));
  await expect(rejections.locator('tbody tr')).toContainText('E2E-BAD-0001');
  await expect(rejections.locator('tbody tr')).toContainText('borrower_id_number');
  await expect(rejections.locator('tbody tr')).toContainText('身份证号校验码或出生日期错误');
  await page.screenshot({ path: test.info().outputPath('dry-run.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await result.getByTestId('import-download-report').click();
  const report = await readFile((await (await download).path())!);
  expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(report.toString('utf8')).toContain('行号,客户号,字段,代码,原因');
  expect(report.toString('utf8')).toContain(`${badRow},E2E-BAD-0001,borrower_id_number,id_checksum,身份证号校验码或出生日期错误`);

  await result.getByTestId('import-apply').click();
  await expect(result.getByTestId('import-note')).toContainText('已应用：新增 1');
  await expect(result.getByTestId('import-status')).toHaveText('已应用');
  await expect(result.getByTestId('import-apply')).toHaveCount(0);
  const row = page.getByTestId('import-history').locator('tbody tr').first();
  await expect(row).toContainText('核心系统导出.csv');
  await expect(row).toContainText('已应用');
  await expect(row).toContainText('总行管理员');
  await page.screenshot({ path: test.info().outputPath('applied.png'), fullPage: true });

  // The new case is at head office: the case list finds it.
  await page.getByTestId('console-nav-cases').click();
  await page.getByTestId('cases-search').fill(newCaseNumber);
  await page.getByTestId('cases-apply').click();
  await expect(page.getByTestId('cases-matched')).toContainText('共 1 个案件');
  await expect(page.getByTestId('cases-table').locator('tbody')).toContainText(newCaseNumber);
});

test('console: an admin assigns a case to another collector, and the case shows the new collector', async ({ page }) => {
  interface Pulled { id: string; caseNumber: string; assignment: { officerId: string | null; branchCode: string } }
  const [from, to] = DEMO_OFFICERS.filter((o) => o.branchCode === '510107');
  const held = (await pullAs<Pulled>(from!.id)).cases.filter((c) => c.assignment.officerId === from!.id).sort((a, b) => (a.caseNumber < b.caseNumber ? 1 : -1));
  const c = held[0]!;

  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-cases').click();
  await page.getByTestId('cases-search').fill(c.caseNumber);
  await page.getByTestId('cases-apply').click();
  await expect(page.getByTestId('cases-matched')).toContainText('共 1 个案件');
  await expect(page.getByTestId(`case-officer-${c.id}`)).toHaveText(from!.name);
  await page.getByTestId(`case-select-${c.id}`).check();
  await page.getByTestId('assign-to-officer').check();
  await page.getByTestId('assign-officer').selectOption(to!.id);
  await page.getByTestId('assign-reason').fill('工作量调整');
  await page.getByTestId('assign-preview').click();
  await expect(page.getByTestId('assign-plan')).toContainText('将移动 1 个案件');
  await page.screenshot({ path: test.info().outputPath('assign.png'), fullPage: true });
  await page.getByTestId('assign-confirm').click();
  await expect(page.getByTestId('assign-done')).toContainText('已分配：移动 1 个案件');
  await expect(page.getByTestId(`case-officer-${c.id}`)).toHaveText(to!.name);

  // Through the change log, as the app's 分案: the new collector's device gets it, the old one's drops it.
  expect((await pullAs<Pulled>(to!.id)).cases.some((x) => x.id === c.id && x.assignment.officerId === to!.id)).toBe(true);
  expect((await pullAs<Pulled>(from!.id)).cases.some((x) => x.id === c.id)).toBe(false);

  // A supervisor of the branch sees it too, read-only: no selection, no assignment panel.
  await page.getByTestId('console-sign-out').click();
  await signInToConsole(page, 'demo-supervisor-510107');
  await page.getByTestId('console-nav-cases').click();
  await page.getByTestId('cases-search').fill(c.caseNumber);
  await page.getByTestId('cases-apply').click();
  await expect(page.getByTestId(`case-officer-${c.id}`)).toHaveText(to!.name);
  await expect(page.getByTestId('assign-panel')).toHaveCount(0);
  await expect(page.getByTestId(`case-select-${c.id}`)).toHaveCount(0);
  await expect(page.getByTestId('console-nav-imports')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('supervisor.png'), fullPage: true });
});
