import { expect, test } from '@playwright/test';
import { todayIn } from '../../../shared/calendar';
import { formatReceiptNumber } from '../../../shared/records/receiptNumber';
import { formatHlc } from '../../../shared/sync/hlc';
import { newId } from '../../../shared/sync/ids';
import { makeOutboxEntry } from '../../../shared/sync/mutations';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import { signInToConsole } from '../support/console';
import { HEAD_OFFICE, PASSWORD, pullAs } from '../support/headOffice';

// A branch and collector no other spec counts records of (signin-sync.spec counts 310115-01's receipts).
const COLLECTOR = 'demo-officer-440106-01';
const BRANCH = '440106';

/** A collector's device takes two receipts today and pushes them to head office, as the app's sync does. */
async function twoReceiptsPushed(): Promise<{ numbers: [string, string]; amounts: [number, number] }> {
  const { cases } = await pullAs<{ id: string; assignment: { branchCode: string } }>(COLLECTOR);
  const caseId = cases.find((c) => c.assignment.branchCode === BRANCH)!.id;
  const deviceId = `e2e-recon-${Date.now()}`;
  const signIn = await fetch(`${HEAD_OFFICE}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: COLLECTOR, password: PASSWORD, deviceId }) });
  expect(signIn.status).toBe(200);
  const { accessToken, device } = (await signIn.json()) as { accessToken: string; device: { code: string } };
  const numbers: [string, string] = [formatReceiptNumber(device.code, 1), formatReceiptNumber(device.code, 2)];
  const amounts: [number, number] = [123_400, 56_700];
  const now = Date.now();
  const mutations = numbers.map((number, i) =>
    makeOutboxEntry({
      mutationId: i + 1,
      name: 'recordReceipt',
      args: { id: newId(), caseId, number, payerName: '张三', amountFen: amounts[i]!, method: 'cash', chequeNumber: null, receivedAt: new Date(now - 60_000 * (2 - i)).toISOString() },
      userId: COLLECTOR,
      deviceId,
      hlc: formatHlc({ wallMs: now + i, counter: 0, deviceId }),
      createdAt: new Date(now).toISOString(),
    }),
  );
  const pushed = await fetch(`${HEAD_OFFICE}/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId, mutations }),
  });
  expect(pushed.status).toBe(200);
  expect(((await pushed.json()) as { results: { status: string }[] }).results.map((r) => r.status)).toEqual(['applied', 'applied']);
  return { numbers, amounts };
}

test('console: a deposit file leaves one receipt unmatched and the console shows it', async ({ page }) => {
  const { numbers } = await twoReceiptsPushed();
  const day = todayIn('Asia/Shanghai');

  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-reconciliation').click();
  await expect(page.getByRole('heading', { name: '回款核对', level: 1 })).toBeVisible();
  await expect(page.getByTestId('reconciliation-day')).toHaveValue(day);
  // Before any deposit file, both receipts wait to be deposited.
  await expect(page.getByTestId(`unmatched-receipt-${numbers[0]}`)).toBeVisible();
  await expect(page.getByTestId(`unmatched-receipt-${numbers[1]}`)).toBeVisible();

  // A file without the reference column is refused whole, in words, and nothing is stored.
  await page.getByTestId('deposit-file').setInputFiles({ name: 'no-reference.csv', mimeType: 'text/csv', buffer: Buffer.from(`日期,金额,账号\r\n${day},1.00,6222020200112233\r\n`, 'utf8') });
  await page.getByTestId('deposit-upload').click();
  await expect(page.getByRole('alert')).toContainText('存款文件无法读取：缺少列：reference（可用列名：reference、附言');
  await page.screenshot({ path: 'test-results/console-reconciliation-refused.png' });
  await expect(page.getByTestId('reconciliation-files')).not.toContainText('no-reference.csv');

  // The bank's file of the day names the first receipt only (GB18030 would do as well; this one is UTF-8).
  const file = ['交易日期,金额,账号,附言', `${day},1234.00,6222020200112233,张三还款 ${numbers[0]}`, `${day},-5.00,6222020200112233,冲正`, ''].join('\r\n');
  await page.getByTestId('deposit-file').setInputFiles({ name: `存款-${day}.csv`, mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
  await page.getByTestId('deposit-branch').selectOption(BRANCH);
  await page.getByTestId('deposit-upload').click();
  await expect(page.getByTestId('deposit-upload-result')).toContainText('1 行存款，拒绝 1 行');
  await expect(page.getByTestId('deposit-rejections')).toContainText('金额不能为负数');

  await expect(page.getByTestId(`matched-${numbers[0]}`)).toBeVisible();
  const unmatched = page.getByTestId(`unmatched-receipt-${numbers[1]}`);
  await expect(unmatched).toBeVisible();
  await expect(unmatched).toContainText('¥567.00');
  await expect(unmatched).toContainText('待存款');
  await expect(page.getByTestId(`unmatched-receipt-${numbers[0]}`)).toHaveCount(0);
  await expect(page.getByTestId('reconciliation-files')).toContainText(`存款-${day}.csv`);
  await expect(page.getByTestId(`collector-${COLLECTOR}`)).toContainText('¥567.00');
  await page.screenshot({ path: 'test-results/console-reconciliation.png', fullPage: true });

  // The same file again is not stored twice.
  await page.getByTestId('deposit-upload').click();
  await expect(page.getByTestId('deposit-upload-result')).toContainText('未重复保存');

  // The export carries the unmatched receipt, with Chinese headers.
  const download = page.waitForEvent('download');
  await page.getByTestId('reconciliation-export-csv').click();
  const saved = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(saved!, 'utf8');
  expect(text.startsWith('\uFEFF结果,说明')).toBe(true);
  expect(text).toContain(`收据未存款`);
  expect(text).toContain(numbers[1]);
  await page.getByTestId('console-sign-out').click();

  // The branch's supervisor sees the same, read-only: no upload.
  await signInToConsole(page, `demo-supervisor-${BRANCH}`);
  await page.getByTestId('console-nav-reconciliation').click();
  await expect(page.getByTestId(`unmatched-receipt-${numbers[1]}`)).toBeVisible();
  await expect(page.getByTestId('reconciliation-read-only')).toBeVisible();
  await expect(page.getByTestId('deposit-upload')).toHaveCount(0);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId(`unmatched-receipt-${numbers[1]}`)).toContainText('pending');
  await page.screenshot({ path: 'test-results/console-reconciliation-supervisor-en.png', fullPage: true });
});
