import { expect, test } from '@playwright/test';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { signInToConsole } from '../support/console';
import { submitSignIn } from '../support/headOffice';

/**
 * The segment decision table and the contact strategy in the console (issue 16 §2–§3): head office reads them in
 * words, edits the next version, is refused in words before anything is sent when it would leave a row dead or a
 * segment without a rule, and publishes a version for one branch (510107, this spec's own) that the branch's
 * collector's device then uses.
 */
const BRANCH = '510107';
const COLLECTOR = 'demo-officer-510107-02';

test('console: head office views the segment table and the contact strategy, is refused in words, and publishes a table for one branch that its collector then uses', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await signInToConsole(page);

  // The contact strategy in words; a version leaving 失联 without a rule is refused before it is sent.
  await page.getByTestId('console-nav-contact-strategy').click();
  await expect(page.getByTestId('strategy-rule-unable-willing')).toContainText('提出还款计划，每 7 天至多一次');
  await expect(page.getByTestId('strategy-hints')).toContainText('发薪日前 3 天');
  await page.getByTestId('contact-strategy-scope').selectOption(BRANCH);
  await page.getByTestId('contact-strategy-edit').click();
  const uncovered = { ...DEMO_CONTACT_STRATEGY, rules: DEMO_CONTACT_STRATEGY.rules.filter((r) => r.id !== 'lost') };
  await page.getByTestId('contact-strategy-json').fill(JSON.stringify(uncovered, null, 2));
  await expect(page.getByTestId('config-invalid')).toContainText('分群「失联」在账龄 M0、M1、M2、M3、M4、M5、M6、M6+ 没有规则');
  await expect(page.getByTestId('contact-strategy-publish')).toBeDisabled();
  await page.screenshot({ path: 'test-results/console-strategy-refused.png', fullPage: true });

  // The decision table in words; a row left dead under a row without conditions is refused the same way.
  await page.getByTestId('console-nav-segment-table').click();
  await expect(page.getByTestId('segment-row-unable-willing')).toContainText('还款能力 ≤ 1，且 还款意愿 ≥ 2');
  await expect(page.getByTestId('segment-row-default')).toContainText('无条件');
  await page.getByTestId('segment-table-scope').selectOption(BRANCH);
  await page.getByTestId('segment-table-edit').click();
  const json = page.getByTestId('segment-table-json');
  const dead = { ...DEMO_SEGMENT_TABLE, rows: [{ ...DEMO_SEGMENT_TABLE.rows.at(-1)!, id: 'catch-all' }, ...DEMO_SEGMENT_TABLE.rows] };
  await json.fill(JSON.stringify(dead, null, 2));
  await expect(page.getByTestId('config-invalid')).toContainText('第 2 行「evasion-broken」永远用不到');
  await expect(page.getByTestId('segment-table-publish')).toBeDisabled();
  await json.fill('{ "title": ');
  await expect(page.getByTestId('config-invalid')).toContainText('JSON 格式有误');

  // The next version for the branch: a new title, previewed, published as v1 of the branch's slot.
  const title = '客户分群决策表（成都分行 v1）';
  await json.fill(JSON.stringify({ ...DEMO_SEGMENT_TABLE, title }, null, 2));
  await expect(page.getByTestId('segment-table-title')).toHaveText(title);
  await page.getByTestId('segment-table-publish').click();
  await expect(page.getByTestId('config-published')).toContainText('已发布第 1 版');
  await expect(page.getByTestId('config-current')).toContainText('第 1 版');
  await page.screenshot({ path: 'test-results/console-segment-table.png', fullPage: true });

  // The branch's collector syncs: their cases are segmented by the branch's version.
  const app = await browser.newPage();
  await app.goto('/');
  await submitSignIn(app, COLLECTOR);
  await expect(app.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await app.getByTestId('case-table').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('segment-view')).toContainText(`决策表 v1（${BRANCH}）`);
  await app.close();
});
