import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Fails on serious and critical accessibility violations (axe-core), listing each rule and where it fired. */
async function expectAccessible(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(bad, report).toEqual([]);
}

/** No internal code in what the user reads. */
async function expectNoRawCodes(page: Page) {
  const text = await page.locator('body').innerText();
  for (const code of ['[object', 'rate_limited', 'undefined', 'recordActivity', 'issueLetter', 'createPromise', 'letter.issue']) expect(text).not.toContain(code);
}

async function loadDemo(page: Page, count = 100) {
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption(String(count));
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${count.toLocaleString('zh-CN')} 件`, { timeout: 90_000 });
}

test('Esc in a half-typed contact note keeps the text and the case open', async ({ page }) => {
  await loadDemo(page);
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  // The branch's supervisor may log contact on any case of the branch (shared/domain/permissions.ts).
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-supervisor-${branch}`);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('log-notes').fill('客户称下周一到网点还款，需再');
  await page.getByTestId('log-notes').press('Escape');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await expect(page.getByTestId('log-notes')).toHaveValue('客户称下周一到网点还款，需再');
  // Outside a field, Esc still goes back to the list.
  await page.getByTestId('case-detail').locator('h1, h2').first().click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('case-table')).toBeVisible();
});

test('the main screens have no serious or critical accessibility violations and show no internal codes', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  // As the branch's supervisor, so the team and the inbox are there too.
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption('demo-supervisor-310115');
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await expect(page.getByTestId('case-keys')).toContainText('Enter');
  await expectAccessible(page, 'cases');
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
  await expectAccessible(page, 'case detail');
  await expectNoRawCodes(page);
  for (const [name, screen] of [
    ['我的工作台', 'my day'],
    ['团队', 'team'],
    ['待办审批', 'approvals inbox'],
    ['函件', 'letters'],
    ['同步', 'sync'],
    ['设置', 'settings'],
  ] as const) {
    await page.getByRole('button', { name, exact: true }).click();
    await expectAccessible(page, screen);
    await expectNoRawCodes(page);
  }
});
