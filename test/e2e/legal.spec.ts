import { expect, test, type Browser, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { CONSOLE, signInToConsole } from './support/console';
import { HEAD_OFFICE, PASSWORD, pullAs, submitSignIn } from './support/headOffice';
import { needsPdftotext, pdfText } from './support/pdfText';

/**
 * Issue 19 §1–§4 against the real head office Playwright starts (playwright.config.ts): a collector of branch
 * 440106 refers a case, the branch supervisor approves, head office's legal staff accept it in the console and
 * file the suit; the collector's deadlines card shows limitation interrupted by the filing; a hearing appears on
 * My day; a judgment sets the enforcement deadline and its alert; the collector builds the evidence bundle, the
 * sync uploads it, and its index's hashes are checked here against the file head office holds.
 *
 * The suit is filed two years back, as when head office records a suit it brought before it used this system, so
 * that the judgment (dated after the filing: head office refuses a step dated before what it follows,
 * shared/legal/stepDates.ts) sets a period to apply for enforcement (two years, art. 250) that ends within the
 * 90-day alert on the devices' day, and the hearing set for next week still appears on My day.
 */
const COLLECTOR = 'demo-officer-440106-02';
const SUPERVISOR = 'demo-supervisor-440106';
const SHOTS = '/tmp/legal-e2e';
const COURT_CASE = '（2024）粤0106民初4401号';
const FILED_ON = '2024-11-20';
/** Three years before the filing (limitation, art. 188): the accounts must fall due after it for the filing to interrupt a running period. */
const LIMITATION_FROM = '2021-11-20';
const shanghai = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

interface PulledCase {
  id: string;
  caseNumber: string;
  status: string;
  assignment: { officerId: string | null };
  accounts: { maturityDate: string | null; overdueSince: string | null }[];
}

async function deviceOf(browser: Browser, userId: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.install({ time: shanghai('2026-11-23T10:00:00') });
  await page.goto('/');
  await submitSignIn(page, userId);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 90_000 });
  return page;
}

async function syncNow(page: Page) {
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(page.getByTestId('sync-screen-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect(page.getByTestId('sync-no-rejections')).toBeVisible();
}

async function openCase(page: Page, caseNumber: string) {
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-search').fill(caseNumber);
  await expect(page.getByTestId('list-summary')).toContainText('显示 1 件', { timeout: 30_000 });
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

/** Head office's bytes of one piece of evidence, fetched as head office's legal staff would. */
async function evidenceBytes(sha256: string): Promise<Buffer> {
  const signIn = await fetch(`${HEAD_OFFICE}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'demo-admin', password: PASSWORD, deviceId: `e2e-legal-${Date.now()}` }) });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const res = await fetch(`${HEAD_OFFICE}/admin/evidence/${sha256}`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

test('legal: referred, approved, accepted and filed; limitation interrupted, a hearing on My day, the enforcement alert, and the evidence bundle’s hashes match', async ({ browser }) => {
  test.setTimeout(900_000);
  needsPdftotext();
  mkdirSync(SHOTS, { recursive: true });
  const assigned = await pullAs<PulledCase>(COLLECTOR);
  // Limitation runs from each account's due date (maturity, else overdue since): the filing must come after it,
  // within three years of it.
  const due = (a: PulledCase['accounts'][number]) => a.maturityDate ?? a.overdueSince ?? '9999-12-31';
  const target = assigned.cases.find((c) => c.assignment.officerId === COLLECTOR && (c.status === 'new' || c.status === 'contacting') && c.accounts.every((a) => due(a) < FILED_ON && due(a) > LIMITATION_FROM));
  expect(target, 'an open case of the collector whose limitation is running on the filing day').toBeTruthy();
  const caseNumber = target!.caseNumber;

  // 1. The collector refers the case (诉讼申请): the checklist and claim come from the case.
  const collector = await deviceOf(browser, COLLECTOR);
  await openCase(collector, caseNumber);
  const card = collector.getByTestId('legal-card');
  await card.getByTestId('legal-open-form').click();
  await card.getByTestId('legal-proceeding').selectOption('suit');
  await card.getByTestId('legal-reasons').fill('多次催收无果，承诺均未履行，借款人有稳定收入拒不还款，拟起诉');
  await card.getByTestId('legal-referral-submit').click();
  await expect(card.getByTestId('legal-referral-status')).toHaveText('待主管审批');
  await expect(card.getByTestId('legal-checklist')).toContainText('借款合同');
  await collector.screenshot({ path: `${SHOTS}/1-referred.png` });
  await syncNow(collector);

  // 2. The branch supervisor approves it (maker-checker).
  const supervisor = await deviceOf(browser, SUPERVISOR);
  await openCase(supervisor, caseNumber);
  const sCard = supervisor.getByTestId('legal-card');
  await sCard.getByTestId('legal-decision-reason').fill('证据基本齐全，同意起诉');
  await sCard.getByTestId('legal-approve').click();
  await expect(sCard.getByTestId('legal-referral-status')).toHaveText('主管已同意，待总行受理');
  await syncNow(supervisor);

  // 3. Head office accepts it in the console, files the suit and records a hearing the collector attends.
  const consolePage = await (await browser.newContext()).newPage();
  await signInToConsole(consolePage);
  await consolePage.goto(`${CONSOLE}#/legal`);
  const referral = consolePage.locator('[data-testid^="legal-referral-"]', { hasText: caseNumber });
  await expect(referral).toHaveCount(1, { timeout: 30_000 });
  await referral.getByTestId('legal-review-reason').fill('受理，交法律部立案');
  await referral.getByTestId('legal-accept').click();
  await expect(referral).toHaveCount(0);

  await consolePage.goto(`${CONSOLE}#/legal-cases`);
  const toFile = consolePage.getByTestId('legal-cases-to-file').locator('li', { hasText: caseNumber });
  await toFile.getByTestId('legal-to-file-open').click();
  const fileForm = consolePage.getByTestId('legal-file-form');
  await fileForm.getByTestId('legal-step-forumName').fill('广州市越秀区人民法院');
  await fileForm.getByTestId('legal-step-caseNumber').fill(COURT_CASE);
  await fileForm.getByTestId('legal-step-filedOn').fill(FILED_ON);
  await fileForm.getByTestId('legal-step-principal').fill('10000.00');
  await fileForm.getByTestId('legal-step-interest').fill('520.50');
  await fileForm.getByTestId('legal-step-courtFee').fill('420');
  await fileForm.getByTestId('legal-step-submit').click();
  const legalCase = consolePage.locator('article[data-testid^="legal-case-"]');
  await expect(legalCase).toHaveCount(1);
  await expect(legalCase.getByTestId('legal-case-status')).toHaveText('已立案');
  await expect(legalCase.getByTestId('legal-case-claim')).toContainText('10,520.50');
  const stepForm = legalCase.getByTestId('legal-step-form');
  await stepForm.getByTestId('legal-step-kind').selectOption('hearing');
  await stepForm.getByTestId('legal-step-on').fill('2026-11-26');
  await stepForm.getByTestId('legal-step-time').fill('09:30');
  await stepForm.getByTestId('legal-step-place').fill('第三法庭');
  await stepForm.getByTestId('legal-step-attendees').fill(COLLECTOR);
  await stepForm.getByTestId('legal-step-submit').click();
  await expect(legalCase.getByTestId('legal-case-status')).toHaveText('审理中');

  // 4. The collector's device: limitation interrupted by the filing, and the hearing on My day.
  await syncNow(collector);
  await openCase(collector, caseNumber);
  await expect(collector.getByTestId('deadline-lawsuit').first()).toContainText(`2024年11月20日 起诉（${COURT_CASE}）：诉讼时效中断`);
  await expect(collector.getByTestId('deadline-limitation').first()).toContainText('已起诉，诉讼时效中断');
  await expect(collector.getByTestId('legal-case-status')).toHaveText('审理中');
  await collector.getByTestId('deadlines').scrollIntoViewIfNeeded();
  await collector.screenshot({ path: `${SHOTS}/4-limitation-interrupted.png` });
  await collector.getByRole('button', { name: '我的工作台', exact: true }).click();
  await expect(collector.getByTestId(`myday-${target!.id}`)).toContainText('2026年11月26日 09:30 开庭（第三法庭），还有 3 天');
  await collector.getByTestId(`myday-${target!.id}`).scrollIntoViewIfNeeded();
  await collector.screenshot({ path: `${SHOTS}/4-hearing-on-my-day.png` });

  // 5. The judgment: the enforcement deadline (two years from the last day of performance) and its alert.
  await stepForm.getByTestId('legal-step-kind').selectOption('judgment');
  // A judgment dated before the filing is refused in the form, naming both dates; nothing is sent.
  await stepForm.getByTestId('legal-step-effectiveOn').fill('2024-11-01');
  await stepForm.getByTestId('legal-step-principal').fill('10000.00');
  await stepForm.getByTestId('legal-step-submit').click();
  await expect(stepForm.getByRole('alert')).toHaveText('判决的日期 2024-11-01 早于立案的日期 2024-11-20，请核对日期。');
  await expect(legalCase.getByTestId('legal-case-status')).toHaveText('审理中');
  await stepForm.getByTestId('legal-step-effectiveOn').fill('2024-12-20');
  await stepForm.getByTestId('legal-step-performBy').fill('2024-12-31');
  await stepForm.getByTestId('legal-step-principal').fill('10000.00');
  await stepForm.getByTestId('legal-step-submit').click();
  await expect(legalCase.getByTestId('legal-case-status')).toHaveText('已判决/调解');
  await expect(legalCase.getByTestId('legal-case-enforcement')).toContainText('申请执行期限至 2026-12-31');
  await expect(legalCase.getByTestId('legal-case-alert')).toContainText('天提醒');
  await consolePage.screenshot({ path: `${SHOTS}/5-console-judgment.png`, fullPage: true });

  await syncNow(collector);
  await openCase(collector, caseNumber);
  await expect(collector.getByTestId('legal-enforcement')).toContainText('申请执行期限至 2026年12月31日（剩 38 天');
  await expect(collector.getByTestId('legal-enforcement')).toHaveClass(/warning/);
  await collector.getByRole('button', { name: '我的工作台', exact: true }).click();
  await expect(collector.getByTestId(`myday-${target!.id}`)).toContainText('申请执行期限将于 2026年12月31日 届满，剩余 38 天');

  // 6. The evidence bundle: built on the collector's device, uploaded by the sync, each hash checked here.
  await openCase(collector, caseNumber);
  const bundle = collector.getByTestId('legal-bundle');
  await bundle.getByTestId('legal-bundle-build').click();
  await expect(bundle.getByTestId('legal-bundle-index')).toBeVisible({ timeout: 60_000 });
  await syncNow(collector);
  await openCase(collector, caseNumber);
  await expect(bundle.getByTestId('legal-bundle-upload')).toHaveText('已上传总行作为证据');
  await bundle.scrollIntoViewIfNeeded();
  await collector.screenshot({ path: `${SHOTS}/6-bundle-on-device.png` });
  const pdfSha256 = (await bundle.getByTestId('legal-bundle-pdf-sha256').textContent())!.trim();
  const rows = bundle.getByTestId('legal-bundle-document');
  const index = await rows.evaluateAll((trs) => trs.map((tr) => ({ kind: tr.getAttribute('data-kind')!, sha256: tr.getAttribute('data-sha256')! })));
  expect(index.map((d) => d.kind).slice(0, 2)).toEqual(['contract_summary', 'statement']);

  const pdf = await evidenceBytes(pdfSha256);
  expect(createHash('sha256').update(pdf).digest('hex')).toBe(pdfSha256);
  const file = `${SHOTS}/bundle.pdf`;
  writeFileSync(file, pdf);
  const text = pdfText(file).replace(/\s+/g, '');
  expect(text).toContain('证据目录');
  expect(text).toContain(COURT_CASE);
  for (const d of index) {
    expect(text, `the PDF's index lists ${d.kind} ${d.sha256}`).toContain(d.sha256);
    // A letter is named by its issued PDF: the file head office holds hashes to it.
    if (d.kind === 'letter') expect(createHash('sha256').update(await evidenceBytes(d.sha256)).digest('hex')).toBe(d.sha256);
  }

  // Head office's legal staff see the same index and check the file in the browser.
  await consolePage.getByTestId('legal-case-back').click();
  await consolePage.locator('tr', { hasText: COURT_CASE }).getByTestId('legal-case-open').click();
  await expect(consolePage.getByTestId('bundle-pdf-sha256')).toHaveText(pdfSha256);
  await expect(consolePage.getByTestId('bundle-document')).toHaveCount(index.length);
  await consolePage.getByTestId('bundle-check').click();
  await expect(consolePage.getByTestId('bundle-hash-verified').first()).toBeVisible();
  await expect(consolePage.getByTestId('bundle-hash-mismatch')).toHaveCount(0);
  await consolePage.screenshot({ path: `${SHOTS}/6-console-bundle-checked.png`, fullPage: true });
});
