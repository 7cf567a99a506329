import { expect, test, type Page } from '@playwright/test';

async function loadDemo(page: Page) {
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption('100');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 100 件', { timeout: 60_000 });
}

async function actAs(page: Page, staffId: string) {
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(staffId);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

test('a supervisor reveals an ID number with a reason for 60 s, the reveal is in the audit trail, and a collector of another case has no control', async ({ page }) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: new Date('2026-11-23T10:00:00+08:00') });
  await loadDemo(page);
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;

  // A collector (the first of another branch's officers, so not this case's) sees masks and no control.
  await actAs(page, branch === '110105' ? 'demo-officer-310115-01' : 'demo-officer-110105-01');
  const id = page.getByTestId('party-borrower').getByTestId('id-number');
  const masked = await id.innerText();
  expect(masked).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
  await expect(page.locator('[data-testid$="-show"]')).toHaveCount(0);

  await actAs(page, `demo-supervisor-${branch}`);
  await page.getByTestId('party-borrower').getByTestId('id-number-show').click();
  // Both the reason and the detail are required: asked for on their fields, and nothing shows without them.
  const ask = page.getByTestId('party-borrower').locator('form.unmask-form');
  await page.getByTestId('id-number-confirm').click();
  await expect(ask.getByRole('alert')).toHaveText(['请选择原因', '请填写说明']);
  await page.getByTestId('id-number-reason').selectOption('verify_identity');
  await expect(ask.getByRole('alert')).toHaveText(['请填写说明']);
  await expect(id).toHaveAttribute('data-shown', 'masked');
  await page.getByTestId('id-number-detail').fill('借款人来电核对身份');
  await page.getByTestId('id-number-confirm').click();
  await expect(id).toHaveText(/^\d{17}[\dX]$/);
  await expect(id).toHaveAttribute('data-shown', 'full');

  // Masked again after 60 s.
  await page.clock.runFor(61_000);
  await expect(id).toHaveText(masked);

  // Recorded: in the case's audit trail and waiting for head office.
  await page.getByTestId('tab-audit').click();
  await expect(page.getByTestId('case-detail')).toContainText('查看完整个人信息'); // the audit action in words
  await page.getByRole('button', { name: '同步' }).click();
  await expect(page.getByTestId('sync-screen')).toContainText('访问记录');
});
