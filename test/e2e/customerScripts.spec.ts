import { expect, test, type Page } from '@playwright/test';
import { signInToConsole } from './support/console';
import { pullAs, submitSignIn } from './support/headOffice';
import { pinyinKeysOf } from '../../shared/domain/namePinyin';
import type { Case } from '../../shared/domain/case';

/**
 * Issue 16 §4–§5 end to end: head office refuses a script library with prohibited wording; a published library
 * reaches a collector's case screen with the case's amounts filled in; the case list finds a name typed in pinyin.
 * A branch no other spec works in (510107), and only the bank-wide script library is published.
 */
const COLLECTOR = 'demo-officer-510107-01';
const CLOSING = 'general.closing';

async function openScriptLibrary(page: Page) {
  await signInToConsole(page, 'demo-admin');
  await page.getByTestId('console-nav-scripts').click();
  await expect(page.getByTestId('script-table')).toBeVisible();
}

async function signInAndSync(page: Page) {
  await page.goto('/');
  await submitSignIn(page, COLLECTOR);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
}

test('customer: a script containing prohibited wording is refused at publishing', async ({ browser }) => {
  const consolePage = await browser.newPage();
  await openScriptLibrary(consolePage);
  const before = await consolePage.getByTestId('config-current').innerText();
  await consolePage.getByTestId('script-edit-general.negotiation-zh-CN').fill('今天不还款，我们就通知你的单位，后果自负。');
  await consolePage.getByTestId('scripts-publish').click();
  const findings = consolePage.getByTestId('script-findings');
  await expect(findings).toContainText('总行拒绝发布：2 处禁止用语');
  await expect(findings.getByTestId('script-finding').first()).toContainText('general.negotiation（zh-CN）：“通知你的单位” — 向他人透露欠款，规则 cn.wording.disclosure');
  await expect(findings.getByTestId('script-finding').nth(1)).toContainText('“后果自负” — 威胁或侮辱');
  await expect(consolePage.getByTestId('script-row-general.negotiation')).toHaveClass(/flagged/);
  await consolePage.screenshot({ path: '/tmp/scripts-shots/console-refused.png', fullPage: true });
  // Nothing was published: the version in force is what it was, and head office holds no such text.
  await expect(consolePage.getByTestId('config-published')).toHaveCount(0);
  await consolePage.reload();
  await expect(consolePage.getByTestId('config-current')).toHaveText(before);
  await expect(consolePage.getByTestId('script-edit-general.negotiation-zh-CN')).not.toHaveValue(/后果自负/);
});

test('customer: the call shows the matching script with the amounts filled in', async ({ page, browser }) => {
  test.setTimeout(240_000);
  // Head office publishes a closing script that repeats the amounts (no segment has a closing of its own, so every case gets it).
  const consolePage = await browser.newPage();
  await openScriptLibrary(consolePage);
  await consolePage
    .getByTestId(`script-edit-${CLOSING}-zh-CN`)
    .fill('最后再跟您核对一下：尾号{{accountNumber}}的账户逾期{{dpd}}天，逾期金额{{overdueAmount}}，欠款合计{{totalAmount}}。感谢您的配合，再见。');
  await consolePage.getByTestId('scripts-publish').click();
  await expect(consolePage.getByTestId('config-published')).toContainText('已发布第');

  await signInAndSync(page);
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('call-script');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('话术库第');
  await expect(panel.getByTestId('script-text').first()).toContainText('您好，我是');
  await panel.getByTestId('script-stage-closing').click();
  const closing = panel.getByTestId('script-text');
  await expect(closing).toContainText('最后再跟您核对一下');
  // The amounts are the case's: the total is the one the case header shows; the account number is masked.
  const total = await page.getByTestId('case-total').innerText();
  await expect(closing.getByTestId('script-value-totalAmount')).toHaveText(total.trim());
  await expect(closing.getByTestId('script-value-overdueAmount')).toHaveText(/^¥[\d,]+\.\d{2}$/);
  await expect(closing.getByTestId('script-value-accountNumber')).toHaveText(/^\d{6}\*+\d{4}$/);
  await expect(closing).not.toContainText('{{');
  // An excuse's answer, filled in too.
  await panel.getByText('“我忘记了”').click();
  await expect(panel.getByTestId('script-answer-forgot').getByTestId('script-value-overdueAmount')).toHaveText(/^¥[\d,]+\.\d{2}$/);
  await page.screenshot({ path: '/tmp/scripts-shots/app-call-script.png', fullPage: true });
});

test('customer: pinyin search finds the case', async ({ page }) => {
  // A borrower whose name no other case of the collector shares in pinyin.
  const { cases } = await pullAs<Case>(COLLECTOR);
  const borrowerOf = (c: Case) => c.parties.find((p) => p.role === 'borrower')!;
  const keysOf = (c: Case) => c.parties.flatMap((p) => pinyinKeysOf(p.name));
  const target = cases.find((c) => {
    const [full] = pinyinKeysOf(borrowerOf(c).name);
    return full !== undefined && cases.filter((o) => keysOf(o).some((k) => k.startsWith(full))).length === 1;
  });
  expect(target, 'a case whose borrower’s pinyin is unique').toBeDefined();
  const name = borrowerOf(target!).name;
  const [full, initials] = pinyinKeysOf(name) as [string, string];
  const sharingInitials = cases.filter((o) => keysOf(o).some((k) => k.startsWith(initials))).length;

  await signInAndSync(page);
  await page.getByTestId('case-search').fill(full);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件');
  await expect(page.locator(`.tbody [data-case-id="${target!.id}"]`)).toContainText(name);
  // Typed with capitals (the search is case-blind).
  await page.getByTestId('case-search').fill(`${full.slice(0, 2).toUpperCase()}${full.slice(2)}`);
  await expect(page.locator(`.tbody [data-case-id="${target!.id}"]`)).toBeVisible();
  // By initials: every case with a name whose initials start so, this one among them (the demo portfolio is
  // deterministic: it is in view).
  await page.getByTestId('case-search').fill(initials);
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${sharingInitials.toLocaleString('zh-CN')} 件`);
  await expect(page.locator(`.tbody [data-case-id="${target!.id}"]`)).toBeVisible();
});
