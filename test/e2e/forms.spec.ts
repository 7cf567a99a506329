import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Fails on serious and critical accessibility violations (axe-core): every control labelled, enough contrast. */
async function expectAccessible(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).include('[data-testid="case-detail"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(bad, report).toEqual([]);
}

const TABS = ['log', 'promises', 'plans', 'receipts', 'visits', 'letters', 'status'] as const;

test('forms: every form of a case lays out through the form kit, is labelled and accessible, in Chinese and in English', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption('100');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 100 件', { timeout: 90_000 });
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;
  // The branch's supervisor may work every case of the branch, so every form is there.
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-supervisor-${branch}`);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();

  // The visit form: staff are picked by typing and ticking, not by Ctrl-click.
  await page.getByTestId('tab-visits').click();
  await page.getByTestId('visit-address').selectOption({ index: 1 });
  const staff = page.getByTestId('visit-staff');
  const other = staff.locator('.people-option').nth(1);
  const name = (await other.locator('span').first().innerText()).trim();
  await page.getByTestId('visit-staff-search').fill(name.slice(0, 1));
  await staff.getByRole('checkbox', { name }).check();
  await expect(page.getByTestId('visit-staff-summary')).toContainText('2 人');
  await page.getByTestId('visit-submit').click();
  await expect(page.getByTestId('visit-saved')).toBeVisible();
  await page.locator('[data-testid^="visit-record-open-"]').first().click();
  // Only what can happen on a doorstep is offered.
  await expect(page.getByTestId('visit-outcome').locator('option', { hasText: '本人接通' })).toHaveCount(0);
  await expect(page.getByTestId('visit-outcome').locator('option', { hasText: '已见面' })).toHaveCount(1);

  for (const language of ['中文', 'English'] as const) {
    await page.getByRole('button', { name: language, exact: true }).click();
    for (const tab of TABS) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.waitForTimeout(150);
      await page.getByTestId('case-detail').screenshot({ path: `test-results/forms/${language === '中文' ? 'zh' : 'en'}-${tab}.png` });
      await expectAccessible(page, `${language} ${tab}`);
    }
  }
});
