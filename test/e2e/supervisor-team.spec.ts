import { expect, test, type Page } from '@playwright/test';
import { DEMO_STAFF } from '../../shared/demo';
import { pullAs, submitSignIn } from './support/headOffice';

/**
 * The supervisor's team view (团队) and Settings' rule pack, against the real head office Playwright starts
 * (playwright.config.ts: demo users and portfolio, every password demo1234). What head office holds is asked
 * over HTTP, as its own users would.
 */
const BRANCH = '310115';
const SUPERVISOR = `demo-supervisor-${BRANCH}`;

interface PulledCase {
  id: string;
  assignment: { branchCode: string; officerId: string | null };
}

/** Every case head office has in the user's scope now. */
const pullCases = async (userId: string): Promise<PulledCase[]> => (await pullAs<PulledCase>(userId)).cases;


async function signIn(page: Page, userId: string) {
  await page.goto('/');
  await submitSignIn(page, userId);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
}

const cell = (page: Page, rowTestId: string, col: string) => page.getByTestId(rowTestId).locator(`td[data-col="${col}"]`);

test('supervisor: 团队 lists the branch’s collectors, each with the cases the case list shows for them', async ({ page }) => {
  test.setTimeout(180_000);
  const branchCases = await pullCases(SUPERVISOR);
  const collectors = DEMO_STAFF.filter((s) => s.branchCode === BRANCH && s.role === 'collector');
  expect(collectors.length).toBeGreaterThan(1);
  const heldBy = (id: string | null) => branchCases.filter((c) => c.assignment.officerId === id).length;
  expect(collectors.every((c) => heldBy(c.id) > 0), 'every demo collector holds cases').toBe(true);

  await signIn(page, SUPERVISOR);
  await expect(page.getByTestId('list-summary')).toContainText(`显示 ${branchCases.length} 件`, { timeout: 60_000 });
  await page.getByRole('button', { name: '团队' }).click();
  await expect(page.getByTestId('team-screen')).toBeVisible();
  await expect(page.getByTestId('team-as-of')).toContainText('数据截至本机上次同步');
  await page.screenshot({ path: 'test-results/supervisor-team.png', fullPage: true });

  // Each collector: a row with their name, the count head office holds for them, and the same count in the case list.
  for (const collector of collectors) {
    const row = `team-row-${collector.id}`;
    await expect(page.getByTestId(row)).toContainText(collector.name);
    await expect(cell(page, row, 'cases')).toHaveText(String(heldBy(collector.id)));
    await page.getByTestId(`team-cases-${collector.id}`).click();
    await expect(page.getByTestId('list-summary')).toContainText(`显示 ${heldBy(collector.id)} 件`);
    await page.getByRole('button', { name: '团队' }).click();
  }
  await expect(cell(page, 'team-total', 'cases')).toHaveText(String(branchCases.length));
  // The unassigned cases: their own row, and the list filtered to them, named so in the officer filter.
  if (heldBy(null) > 0) {
    await expect(cell(page, 'team-row-unassigned', 'cases')).toHaveText(String(heldBy(null)));
    await page.getByTestId('team-cases-unassigned').click();
    await expect(page.getByTestId('list-summary')).toContainText(`显示 ${heldBy(null)} 件`);
    await expect(page.getByTestId('filter-officer')).toContainText('未分配');
    await page.getByRole('button', { name: '团队' }).click();
  }

  // A collector's timeline opens from their row (no work recorded yet on a fresh head office).
  await page.getByTestId(`team-timeline-${collectors[0]!.id}`).click();
  await expect(page.getByTestId('team-timeline')).toContainText(collectors[0]!.name);
});

test('supervisor: Settings shows the pack read-only for a signed-in user', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, SUPERVISOR);
  await page.getByRole('button', { name: '设置' }).click();
  // The pack head office set for the branch, by name, and nothing to change it with.
  await expect(page.getByTestId('pack-read-only')).toContainText('cn-2026');
  await expect(page.getByTestId('pack-select')).toHaveCount(0);
  await expect(page.getByRole('option', { name: /uk-fca|us-regf/ })).toHaveCount(0);
  await expect(page.getByTestId('operator-select')).toHaveCount(0);
});

test('supervisor: a collector’s contact reaches 团队 once both devices have synced', async ({ browser }) => {
  test.setTimeout(240_000);
  const collector = DEMO_STAFF.find((s) => s.id === `demo-officer-${BRANCH}-02`)!;
  const held = (await pullCases(collector.id)) as (PulledCase & { caseNumber: string; status: string; parties: { role: string; phones: { kind: string; retiredAt: string | null }[] }[] })[];
  const target = held.find((c) => (c.status === 'new' || c.status === 'contacting') && c.parties.find((p) => p.role === 'borrower')?.phones.some((p) => p.kind === 'mobile' && p.retiredAt === null));
  expect(target, 'an open case with a borrower’s mobile').toBeTruthy();

  // The collector's laptop, at 10:00 in Shanghai: one right-party call, then sync.
  const collectorContext = await browser.newContext();
  const desk = await collectorContext.newPage();
  await desk.clock.install({ time: new Date('2026-11-25T10:00:00+08:00') });
  await signIn(desk, collector.id);
  await desk.getByTestId('case-search').fill(target!.caseNumber);
  await expect(desk.getByTestId('list-summary')).toContainText('显示 1 件');
  await desk.getByTestId('case-table').focus();
  await desk.keyboard.press('Enter');
  await desk.getByTestId('log-outcome').selectOption('right_party_contact');
  await expect(desk.getByTestId('compliance-verdict')).toHaveAttribute('data-verdict', /allow|warn/);
  await desk.getByTestId('log-submit').click();
  await expect(desk.getByText('已保存')).toBeVisible();
  await desk.getByTestId('status-sync-now').click();
  await desk.getByRole('button', { name: '同步', exact: true }).click();
  await expect(desk.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await collectorContext.close();

  // The supervisor's laptop, later that morning: the call is in the collector's row and in their timeline.
  const supervisorContext = await browser.newContext();
  const page = await supervisorContext.newPage();
  await page.clock.install({ time: new Date('2026-11-25T10:30:00+08:00') });
  await signIn(page, SUPERVISOR);
  await page.getByRole('button', { name: '团队' }).click();
  const row = `team-row-${collector.id}`;
  await expect(cell(page, row, 'attemptsToday')).toHaveText('1');
  await expect(cell(page, row, 'connectedToday')).toHaveText('1');
  await expect(cell(page, row, 'rightPartyToday')).toHaveText('1');
  await expect(cell(page, 'team-total', 'attemptsToday')).toHaveText('1');
  await page.getByTestId(`team-timeline-${collector.id}`).click();
  // The timeline shows the last 7 days (earlier tests of this run may have worked this collector's cases too).
  const entry = page.getByTestId('team-timeline-entry').filter({ hasText: target!.caseNumber });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('本人接通');
  await page.screenshot({ path: 'test-results/supervisor-team-work.png', fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('team-screen')).toContainText('Contacts today');
  await page.screenshot({ path: 'test-results/supervisor-team-en.png', fullPage: true });
  await supervisorContext.close();
});
