import { expect, test } from '@playwright/test';
import type { Case } from '../../../shared/domain/case';
import { formatHlc } from '../../../shared/sync/hlc';
import { makeOutboxEntry } from '../../../shared/sync';
import { newId } from '../../../shared/sync/ids';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import { CONSOLE, signInToConsole } from '../support/console';
import { HEAD_OFFICE, PASSWORD, pullAs, submitSignIn } from '../support/headOffice';

/**
 * Conduct re-checked at head office (issue 17 §6). A collector's device whose clock is wrong records a contact at
 * a time inside the contact window; head office received it outside the window, judges it on its own clock too,
 * accepts it and flags it; the branch supervisor sees it in the console.
 *
 * Branch 510107 and its officer -04 (no other spec records contacts there). Head office runs on the real clock, so
 * the spec picks the device's wrong time from the real one: at night a device twelve hours off; in the day the
 * branch's window is narrowed (rule pack parameters, published as an admin) to end before now, and the device
 * claims a time early that morning.
 *
 * Then the branch supervisor's app, after a sync, holds the exception (head office publishes it to the branch's
 * supervisors): an item in the inbox with the rule in words, a count on the team view and the team board; the
 * supervisor reviews it, and after the next sync the console shows it reviewed.
 */
const BRANCH = '510107';
const OFFICER = 'demo-officer-510107-04';

async function signInOverHttp(userId: string): Promise<{ accessToken: string; deviceId: string }> {
  const deviceId = `e2e-conduct-${Date.now()}-${userId}`;
  const res = await fetch(`${HEAD_OFFICE}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, password: PASSWORD, deviceId }) });
  expect(res.status).toBe(200);
  return { accessToken: ((await res.json()) as { accessToken: string }).accessToken, deviceId };
}

/** Shanghai's wall clock now, as minutes of the day, and the offset-carrying instant of a local time `minutes` today. */
function shanghai(nowMs: number) {
  const local = new Date(nowMs + 8 * 3_600_000);
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  const day = local.toISOString().slice(0, 10);
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return { minutes, hhmm, at: (m: number) => new Date(Date.parse(`${day}T${hhmm(m)}:00+08:00`)).toISOString().replace('.000Z', 'Z') };
}

test('conduct: a contact made outside hours on a wrong clock is flagged at head office and reaches the supervisor’s app', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const nowMs = Date.now();
  const { minutes, hhmm, at } = shanghai(nowMs);
  let claimed: string;
  if (minutes >= 22 * 60 || minutes < 8 * 60) {
    claimed = new Date(nowMs - 12 * 3_600_000).toISOString(); // a device twelve hours behind: it reads daytime
  } else {
    // Daytime: the branch's window ends 20 minutes ago (or, before 09:00, opens in 30 minutes); the device claims a time inside it.
    const window = minutes >= 9 * 60 ? { start: '08:00', end: hhmm(minutes - 20) } : { start: hhmm(minutes + 30), end: '22:00' };
    claimed = minutes >= 9 * 60 ? at(8 * 60 + 5) : new Date(nowMs - 12 * 3_600_000).toISOString();
    const admin = await signInOverHttp('demo-admin');
    const published = await fetch(`${HEAD_OFFICE}/admin/config/rulePackParams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
      body: JSON.stringify({ scope: BRANCH, payload: { packId: 'cn-2026', contactWindows: [{ ruleId: 'cn.window.contactHours', ...window }], caps: [] } }),
    });
    expect(published.status, await published.text()).toBe(200);
  }

  // The collector's device pushes the contact, with the time its wrong clock read.
  const { cases } = await pullAs<Case>(OFFICER);
  const target = cases.flatMap((c) => {
    const borrower = c.parties.find((p) => p.role === 'borrower');
    const phone = borrower?.phones.find((p) => p.retiredAt === null);
    return borrower && phone ? [{ c, borrower, phone }] : [];
  })[0];
  expect(target).toBeDefined();
  const device = await signInOverHttp(OFFICER);
  const entry = makeOutboxEntry({
    mutationId: 1,
    name: 'recordActivity',
    args: { id: newId(), caseId: target!.c.id, partyId: target!.borrower.id, channel: 'phone', phoneId: target!.phone.id, addressId: null, outcome: 'right_party_contact', notes: '本人接听，说明还款安排', nextAction: null, nextActionDate: null, at: claimed },
    userId: OFFICER,
    deviceId: device.deviceId,
    hlc: formatHlc({ wallMs: Date.parse(claimed), counter: 0, deviceId: device.deviceId }),
    createdAt: claimed,
  });
  const pushed = await fetch(`${HEAD_OFFICE}/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${device.accessToken}` },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: device.deviceId, mutations: [entry] }),
  });
  const answer = (await pushed.json()) as { results: { status: string }[] };
  // Accepted: it happened.
  expect(answer.results[0]!.status).toBe('applied');

  // The branch supervisor sees it in the console, with the clock that broke the rule.
  await signInToConsole(page, `demo-supervisor-${BRANCH}`);
  await page.goto(`${CONSOLE}#/conduct`);
  const table = page.getByTestId('conduct-exceptions');
  await expect(table).toBeVisible();
  const row = table.locator('tr', { hasText: target!.c.caseNumber });
  await expect(row).toContainText('cn.window.contactHours');
  await expect(row).toContainText('总行收到的时间');
  await expect(row).toContainText(OFFICER);
  await expect(page.getByTestId(`conduct-collector-${OFFICER}`)).toContainText('1');
  // A supervisor's console has no branch filter: head office keeps it to their branch.
  await expect(page.getByTestId('conduct-filter-branchCode')).toHaveCount(0);
  await page.getByTestId('conduct-filter-ruleId').fill('cn.cap.connectedPerDebtor');
  await page.getByTestId('conduct-apply').click();
  await expect(page.getByText('没有行为合规异常。')).toBeVisible();
  await page.getByTestId('conduct-filter-ruleId').fill('cn.window.contactHours');
  await page.getByTestId('conduct-apply').click();
  await expect(row).toBeVisible();
  await page.screenshot({ path: '/tmp/conduct-console.png', fullPage: true });
  const exceptionId = ((await row.getAttribute('data-testid')) ?? '').replace('conduct-exception-', '');
  expect(exceptionId).toMatch(/^\d+$/);

  // The supervisor's device (a browser context of its own, on the real clock) syncs and holds the exception.
  const app = await (await browser.newContext()).newPage();
  await app.goto('/');
  await submitSignIn(app, `demo-supervisor-${BRANCH}`);
  await expect(app.getByTestId('sync-state')).toHaveText('已同步', { timeout: 90_000 });
  await app.getByRole('button', { name: '待办审批', exact: true }).click();
  const item = app.getByTestId(`conduct-item-${exceptionId}`);
  await expect(item).toBeVisible({ timeout: 30_000 });
  await expect(item).toContainText(`异常编号 ${exceptionId}`);
  await expect(item).toContainText('cn.window.contactHours');
  await expect(item).toContainText(target!.c.caseNumber);
  await expect(item).toContainText('依据总行收到的时间');
  await expect(item.getByTestId('conduct-item-rule')).not.toHaveText('');
  await app.screenshot({ path: '/tmp/conduct-inbox.png', fullPage: true });

  // Per collector on the team view, and on the team board's conduct columns.
  await app.getByRole('button', { name: '团队', exact: true }).click();
  await expect(app.getByTestId(`team-conduct-${OFFICER}`).getByTestId('team-conduct-open')).toHaveText('1');
  await app.getByRole('button', { name: '业绩', exact: true }).click();
  await expect(app.getByTestId(`kpi-rank-${OFFICER}`).getByTestId('kpi-rank-exceptions')).toHaveText('1');

  // The supervisor reviews it; it leaves the inbox, and after a sync the console shows it reviewed.
  await app.getByRole('button', { name: '待办审批', exact: true }).click();
  await item.getByTestId('conduct-review-note').fill('已与催收员谈话，设备时钟已校准');
  await item.getByTestId('conduct-review-submit').click();
  await expect(item).toHaveCount(0);
  await app.getByRole('button', { name: '同步', exact: true }).click();
  await app.getByTestId('status-sync-now').click();
  await expect(app.getByTestId('sync-pending')).toHaveText('0', { timeout: 60_000 });
  await expect(app.getByTestId('sync-no-rejections')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId(`conduct-exception-${exceptionId}`).getByTestId('conduct-reviewed')).toContainText('已与催收员谈话');
});
