import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The forms moved onto the form kit last (issue 12 §2): 分案, the legal referral's decision, correcting a person
 * around the debtor, the reason to unmask, Settings' head office address and auto-lock, the evidence keep days.
 * Each is submitted empty or wrong and must say so on its fields, then is looked at in both languages under axe.
 * Demo data on this device only: nothing reaches the shared head office.
 */
const SHOTS = 'test-results/forms-moved';
const LANGUAGES = [
  { button: '中文', lng: 'zh', nav: { cases: '案件', settings: '设置', sync: '同步' } },
  { button: 'English', lng: 'en', nav: { cases: 'Cases', settings: 'Settings', sync: 'Sync' } },
] as const;

/** A screenshot of the form (or, for a dialog taller than the window, of the window) and axe on the form. */
async function lookAt(page: Page, form: Locator, name: string, window = false) {
  if (window) await page.screenshot({ path: `${SHOTS}/${name}.png` });
  else {
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: `${SHOTS}/${name}.png` });
  }
  const handle = await form.elementHandle();
  const selector = await handle!.evaluate((el) => {
    el.setAttribute('data-axe-target', 'yes');
    return '[data-axe-target="yes"]';
  });
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await handle!.evaluate((el) => el.removeAttribute('data-axe-target'));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const nav = (page: Page, name: string) => page.locator('nav.sidenav').getByRole('button', { name, exact: true });

async function openFirstCase(page: Page) {
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

test('forms moved onto the kit: each refuses what makes no sense on its fields, is labelled and accessible, in Chinese and in English', async ({ page }) => {
  test.setTimeout(420_000);
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption('100');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 100 件', { timeout: 90_000 });
  await openFirstCase(page);
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;
  // The branch's supervisor may assign, decide, correct and unmask on every case of the branch.
  await nav(page, '设置').click();
  await page.getByTestId('operator-select').selectOption(`demo-supervisor-${branch}`);
  await nav(page, '案件').click();
  await openFirstCase(page);

  // What the later checks need on the case: a person around the debtor and a referral waiting for a decision.
  const parties = page.getByTestId('related-parties');
  await parties.getByTestId('party-name').fill('张三');
  await parties.getByTestId('party-phone').fill('13900001111');
  await parties.getByTestId('party-add').click();
  await expect(parties.getByTestId('related-party')).toHaveCount(1);
  await page.getByTestId('legal-open-form').click();
  await page.getByTestId('legal-reasons').fill('多次催收无果，承诺均未履行，借款人有稳定收入拒不还款，拟起诉');
  await page.getByTestId('legal-referral-submit').click();
  await expect(page.getByTestId('legal-decision')).toBeVisible();

  for (const { button, lng, nav: to } of LANGUAGES) {
    await page.getByRole('banner').getByRole('button', { name: button, exact: true }).click();

    // The reason to unmask: a reason from the list and a note, both asked for on their fields; nothing shows.
    const borrower = page.getByTestId('party-borrower');
    await borrower.getByTestId('id-number-show').click();
    const unmask = borrower.locator('form.unmask-form');
    await borrower.getByTestId('id-number-confirm').click();
    await expect(unmask.locator('.field-error')).toHaveCount(2);
    await expect(borrower.getByTestId('id-number')).toHaveAttribute('data-shown', 'masked');
    await lookAt(page, unmask, `${lng}-unmask`);
    await unmask.getByRole('button', { name: lng === 'zh' ? '取消' : 'Cancel' }).click();

    // Correcting a person: the replacement is checked as a new person is, and a reason is needed.
    await parties.getByTestId('party-correct').click();
    const correction = page.getByTestId('party-correction');
    await correction.getByTestId('correct-phone').fill('139abc');
    await correction.getByTestId('correct-save').click();
    await expect(correction.locator('.field-error')).toHaveCount(2);
    await expect(correction.getByTestId('correct-phone')).toHaveAttribute('aria-invalid', 'true');
    await lookAt(page, correction, `${lng}-party-correction`);
    await correction.getByRole('button', { name: lng === 'zh' ? '取消' : 'Cancel' }).click();

    // The referral's decision needs its reason either way.
    const decision = page.getByTestId('legal-decision');
    await decision.getByTestId('legal-approve').click();
    await expect(decision.locator('.field-error')).toHaveText(lng === 'zh' ? '请填写审批意见' : 'Please give the reason for your decision');
    await lookAt(page, decision, `${lng}-legal-decision`);

    // 分案: a collector picked from the searchable list, and the reason asked for on its field.
    await nav(page, to.cases).click();
    await page.getByTestId('assign-open').click();
    const dialog = page.getByTestId('assign-dialog');
    const firstCollector = dialog.getByTestId('assign-collector').locator('option').filter({ hasText: lng === 'zh' ? '催收员' : 'Collector' }).first();
    const name = (await firstCollector.innerText()).split(' · ')[0]!;
    await dialog.getByTestId('assign-collector-search').fill(name);
    await expect(dialog.getByTestId('assign-collector').locator('option')).toHaveCount(1);
    await dialog.getByTestId('assign-collector').selectOption({ index: 0 });
    await dialog.getByTestId('assign-confirm').click();
    await expect(dialog.locator('.field-error')).toHaveCount(1);
    await expect(dialog.getByTestId('assign-reason')).toHaveAttribute('aria-invalid', 'true');
    await dialog.getByTestId('assign-reason').scrollIntoViewIfNeeded();
    await lookAt(page, dialog, `${lng}-assign`, true);
    await dialog.getByTestId('assign-kind-rule').check();
    await expect(dialog.getByTestId('assign-rule')).toBeVisible();
    await dialog.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
    await lookAt(page, dialog, `${lng}-assign-rule`, true);
    await dialog.getByRole('button', { name: lng === 'zh' ? '取消' : 'Cancel' }).click();
    await expect(page.getByTestId('assign-done')).toHaveCount(0);

    // Settings: an address the app will not talk to, and minutes out of range, each said on its field.
    await nav(page, to.settings).click();
    const address = page.getByTestId('settings-url-form');
    const was = await page.getByTestId('settings-url').inputValue();
    await page.getByTestId('settings-url').fill('ftp://example.cn');
    await page.getByTestId('settings-url-save').click();
    await expect(address.locator('.field-error')).toHaveText(lng === 'zh' ? '地址须以 http:// 或 https:// 开头' : 'The address must start with http:// or https://');
    await page.getByTestId('settings-autolock').fill('0');
    await expect(page.locator('.field-error')).toHaveCount(2);
    await lookAt(page, page.locator('section.settings'), `${lng}-settings`, true);
    await page.getByTestId('settings-url').fill(was);
    await page.getByTestId('settings-autolock').fill('10');
    await expect(page.locator('.field-error')).toHaveCount(0);

    // The days evidence is kept on this device.
    await nav(page, to.sync).click();
    const keep = page.getByTestId('evidence-keep-days');
    await keep.fill('0');
    await page.getByTestId('evidence-keep-days-save').click();
    const keepForm = page.locator('form', { has: keep });
    await expect(keepForm.locator('.field-error')).toHaveCount(1);
    await lookAt(page, keepForm, `${lng}-evidence-keep`);

    await nav(page, to.cases).click();
    await openFirstCase(page);
  }
});
