import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addDays, DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { formatFen } from '../../../shared/domain/money';
import { TargetPageAnswerSchema, type TargetPageAnswer } from '../../../shared/kpi/targetConsoleApi';
import { pullAs } from '../support/headOffice';
import { signInToConsole } from '../support/console';

/**
 * Issue 15 §4 from head office: the admin sets a branch's monthly target in the console (业绩目标), sees it split
 * over the weeks and working days and per collector before saving (each summing exactly), a wrong by-hand split
 * is refused in words, the saved target is in force with its change recorded, and a collector of the branch
 * pulls it. zh-CN and English, axe-core; screenshots go to test-results/kpi-targets-*.png to be looked at.
 * Next month's target, so the other specs' figures for this month are not touched.
 */

async function noSeriousViolation(page: Page, what: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${what}: ${bad.map((v) => `${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('; ')}`).toEqual([]);
}

const nextMonth = () => {
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  return addDays(`${today.slice(0, 7)}-28`, 7).slice(0, 7);
};

test('kpi: head office sets a branch’s monthly target in the console — split by week, day and collector, audited, pulled by the branch', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToConsole(page, 'demo-admin');
  const month = nextMonth();
  const loaded = (m: string) => page.waitForResponse((r) => r.url().includes('/admin/kpi/targets?') && r.url().includes(`month=${m}`) && r.status() === 200);

  const first = loaded(todayIn(DEFAULT_TIME_ZONE, new Date()).slice(0, 7));
  await page.getByTestId('console-nav-kpi-targets').click();
  await first;
  await expect(page.locator('main.page h1')).toHaveText('业绩目标');
  const answered = loaded(month);
  await page.getByTestId('kpi-targets-month').fill(month);
  const data: TargetPageAnswer = TargetPageAnswerSchema.parse(await (await answered).json());
  expect(data.collectors.length).toBeGreaterThan(1);
  const branch = data.branchCode;

  await page.getByTestId('kpi-targets-recovered').fill('123,456.78');
  await page.getByTestId('kpi-targets-cured').fill('12');
  await page.getByTestId('kpi-targets-rate').fill('30.5');
  await page.getByTestId('kpi-targets-reason').fill('总行下达下月目标');
  // The preview: per collector by portfolio, and by week, each summing to the target exactly.
  await expect(page.getByTestId('kpi-targets-collectors-sum')).toHaveText(formatFen(12_345_678));
  await expect(page.getByTestId('kpi-targets-collectors-cured-sum')).toHaveText('12');
  await expect(page.getByTestId('kpi-targets-weeks-sum')).toHaveText(formatFen(12_345_678));
  await page.locator('[data-testid="kpi-targets-split-preview"] summary').click();
  await expect(page.getByTestId('kpi-targets-days').locator('tbody tr').first()).toBeVisible();

  // By hand, starting from the portfolio's split; one share changed so they no longer add up: refused in words.
  await page.getByTestId('kpi-targets-split').selectOption('by_hand');
  const c0 = data.collectors[0]!.id;
  await expect(page.getByTestId(`kpi-targets-share-${c0}`)).not.toHaveValue('');
  await page.getByTestId(`kpi-targets-share-${c0}`).fill('1.00');
  await page.getByTestId('kpi-targets-save').click();
  await expect(page.getByTestId('kpi-targets-problems')).toContainText('不一致');
  await noSeriousViolation(page, 'zh-CN form with a refusal');
  await page.screenshot({ path: 'test-results/kpi-targets-refused-zh.png', fullPage: true });

  // Back to the portfolio's split: saved, in force, recorded.
  await page.getByTestId('kpi-targets-split').selectOption('portfolio');
  const saved = page.waitForResponse((r) => r.url().endsWith('/admin/kpi/targets') && r.request().method() === 'POST');
  await page.getByTestId('kpi-targets-save').click();
  const answer = (await (await saved).json()) as { id: string; target: { collectors: { recoveredFen: number }[] } };
  expect(answer.target.collectors.reduce((s, c) => s + c.recoveredFen, 0)).toBe(12_345_678);
  await expect(page.getByTestId('kpi-targets-in-force')).toContainText(formatFen(12_345_678));
  await expect(page.getByTestId(`kpi-targets-change-${answer.id}`)).toContainText('首次设定');
  await expect(page.getByTestId(`kpi-targets-change-${answer.id}`)).toContainText('demo-admin');
  await noSeriousViolation(page, 'zh-CN');
  await page.screenshot({ path: 'test-results/kpi-targets-zh.png', fullPage: true });

  // A collector of the branch receives it on their next pull: the same record a supervisor's device makes.
  const pulled = await pullAs(data.collectors[1]!.id);
  const record = pulled.records.find((r) => r.name === 'setTarget' && r.id === answer.id);
  expect(record?.args).toMatchObject({ branchCode: branch, month, recoveredFen: 12_345_678, curedAccounts: 12, successRateBps: 3_050, split: 'portfolio' });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('main.page h1')).toHaveText('Targets');
  await expect(page.getByTestId('kpi-targets-split-preview')).toContainText('Split per collector');
  await expect(page.getByTestId('kpi-targets-history')).toContainText('(first target)');
  const text = await page.locator('body').innerText();
  for (const code of ['[object', 'undefined', 'NaN', 'kpiTargets.']) expect(text).not.toContain(code);
  await noSeriousViolation(page, 'en');
  await page.screenshot({ path: 'test-results/kpi-targets-en.png', fullPage: true });
});
