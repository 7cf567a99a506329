import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Fails on serious and critical accessibility violations (axe-core): every control labelled, enough contrast. */
async function expectAccessible(page: Page, screen: string) {
  const result = await new AxeBuilder({ page }).include('[data-testid="case-detail"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
  expect(bad, report).toEqual([]);
}

/** The forms each tab of a case shows, by test id: each is looked at on its own in both languages. */
const TAB_FORMS = {
  log: ['contact-log-form'],
  promises: ['payment-form'],
  plans: ['plan-form'],
  receipts: ['receipt-form'],
  visits: ['visit-form'],
  letters: ['case-letters'],
  status: ['status-form', 'dispute-form'],
} as const;
type Tab = keyof typeof TAB_FORMS;
/** The case's side cards: an arrangement, a legal referral, what was learned and the people around the debtor. */
const SIDE_FORMS = ['arrangement-form', 'legal-referral-form', 'learned-fields', 'related-parties'] as const;
const TABS = Object.keys(TAB_FORMS) as Tab[];
const SHOTS = 'test-results/forms';

async function shoot(page: Page, testId: string, name: string) {
  const form = page.getByTestId(testId).filter({ visible: true }).first();
  await form.scrollIntoViewIfNeeded();
  await form.screenshot({ path: `${SHOTS}/${name}.png` });
}

async function openCaseAsSupervisor(page: Page) {
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
}

test('forms: every form of a case lays out through the form kit, is labelled and accessible, in Chinese and in English', async ({ page }) => {
  test.setTimeout(300_000);
  await openCaseAsSupervisor(page);

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

  // The side cards' forms open on the case too.
  await page.getByTestId('arrangement-open-form').click();
  await expect(page.getByTestId('arrangement-form')).toBeVisible();
  await page.getByTestId('legal-open-form').click();
  await expect(page.getByTestId('legal-referral-form')).toBeVisible();
  await expect(page.getByTestId('customer-card')).toBeVisible();

  for (const language of ['中文', 'English'] as const) {
    const lng = language === '中文' ? 'zh' : 'en';
    await page.getByRole('button', { name: language, exact: true }).click();
    for (const tab of TABS) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.waitForTimeout(150);
      for (const form of TAB_FORMS[tab]) await shoot(page, form, `${lng}-${tab}-${form}`);
      await expectAccessible(page, `${language} ${tab}`);
    }
    for (const form of SIDE_FORMS) await shoot(page, form, `${lng}-${form}`);
  }
});

test('forms: the kit refuses what makes no sense, on the field it concerns, and the contact log keeps its keys', async ({ page }) => {
  test.setTimeout(300_000);
  await openCaseAsSupervisor(page);

  // A payment: an amount is needed, and money paid cannot be dated after today.
  await page.getByTestId('tab-promises').click();
  const payment = page.getByTestId('payment-form');
  await page.getByTestId('payment-submit').click();
  await expect(payment.locator('.field-error')).toContainText('请输入金额');
  await expect(page.getByTestId('payment-amount')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('payment-amount').fill('100');
  await page.getByTestId('payment-date').fill('2099-01-01');
  await page.getByTestId('payment-submit').click();
  await expect(payment.locator('.field-error')).toContainText('日期不能晚于今天');
  await shoot(page, 'payment-form', 'zh-errors-payment-form');

  // A receipt: a cheque brings its number field, and both a payer and the number are needed.
  await page.getByTestId('tab-receipts').click();
  await expect(page.getByTestId('receipt-cheque')).toHaveCount(0);
  await page.getByTestId('receipt-method').selectOption('cheque');
  await page.getByTestId('receipt-payer').fill('');
  await page.getByTestId('receipt-amount').fill('12625.23');
  await expect(page.getByTestId('receipt-amount-capitals')).toContainText('壹万贰仟陆佰贰拾伍元贰角叁分');
  await page.getByTestId('receipt-submit').click();
  await expect(page.getByTestId('receipt-form').locator('.field-error')).toHaveCount(2);
  await expect(page.getByTestId('receipt-issued')).toHaveCount(0);
  await shoot(page, 'receipt-form', 'zh-errors-receipt-form');

  // A plan: the agreed total is asked for on its own field.
  await page.getByTestId('tab-plans').click();
  await page.getByTestId('plan-submit').click();
  await expect(page.getByTestId('plan-agreed-total')).toHaveAttribute('aria-invalid', 'true');
  await shoot(page, 'plan-form', 'zh-errors-plan-form');

  // An arrangement cannot ask for a decision by a day gone.
  await page.getByTestId('arrangement-open-form').click();
  await page.getByTestId('arrangement-decide-by').fill('2001-01-01');
  await page.getByTestId('arrangement-submit').click();
  await expect(page.getByTestId('arrangement-form').locator('.field-error')).toHaveCount(3);
  await expect(page.getByTestId('arrangement-form')).toContainText('日期不能早于今天');
  await shoot(page, 'arrangement-form', 'zh-errors-arrangement-form');

  // The contact log: Ctrl+Enter submits from the keyboard, a promise needs its amount and a day to come, and
  // Escape in a field keeps what was typed.
  await page.getByTestId('tab-log').click();
  await page.getByTestId('log-channel').selectOption('phone');
  await page.getByTestId('log-outcome').selectOption('promise');
  await page.getByTestId('log-notes').fill('客户称下周一到网点还款');
  await page.getByTestId('log-notes').press('Control+Enter');
  const log = page.getByTestId('contact-log-form');
  await expect(log.locator('.field-error')).toHaveCount(2);
  await expect(page.getByTestId('log-promise-amount')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('log-promise-due').fill('2001-01-01');
  await expect(log).toContainText('日期不能早于今天');
  await page.getByTestId('log-notes').press('Escape');
  await expect(page.getByTestId('log-notes')).toHaveValue('客户称下周一到网点还款');
  await shoot(page, 'contact-log-form', 'zh-errors-contact-log-form');
  await expectAccessible(page, 'errors shown');
});
