import { needsPdftotext, pdfText } from '../support/pdfText';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { signInToConsole } from '../support/console';
import { pullAs, submitSignIn } from '../support/headOffice';

/**
 * Published configuration end to end: an admin publishes in the console (head office the run started), a collector
 * of that branch signs in to the app, syncs, and the next letter is printed with it (read back with pdftotext).
 */
const COLLECTOR = 'demo-officer-310115-01';
/** Signs in to the app as the collector, waits for the first sync, and opens the first case's letters tab. */
async function collectorOnFirstCase(page: Page, letterType: string) {
  await page.goto('/');
  await submitSignIn(page, COLLECTOR);
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letter-type').selectOption(letterType);
  await expect(page.getByTestId('letter-check-ok')).toBeVisible();
}

/** Previews, issues and saves the letter the panel is set to; its text as pdftotext reads it, and its number. */
async function issueAndRead(page: Page): Promise<{ number: string; text: string }> {
  await page.getByTestId('letter-preview-button').click();
  await expect(page.getByTestId('letter-issue')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('letter-issue').click();
  const issued = page.getByTestId('letter-issued');
  await expect(issued).toContainText('已出具并登记', { timeout: 60_000 });
  const number = (await issued.locator('strong').innerText()).split('：')[1]!.trim();
  const download = page.waitForEvent('download');
  await page.getByTestId('letter-download').click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
  return { number, text: pdfText(file).replace(/\s+/g, '') };
}

test('console: an admin publishes a new letterhead for one branch and the next letter a collector of that branch issues prints it', async ({ page, browser }) => {
  test.setTimeout(300_000);
  needsPdftotext();
  const address = `上海市浦东新区测试路 ${Date.now() % 1000} 号`;

  const consolePage = await browser.newPage();
  await signInToConsole(consolePage, 'demo-admin');
  await consolePage.getByTestId('console-nav-letterheads').click();
  await consolePage.getByTestId('letterhead-branch').selectOption('310115');
  await expect(consolePage.getByTestId('config-current')).toContainText('第 1 版');
  await consolePage.getByTestId('letterhead-address').fill(address);
  await consolePage.getByTestId('letterhead-accountNumber').fill('0000 1111 2222 3333');
  // A bad postcode is refused in words before anything is sent.
  await consolePage.getByTestId('letterhead-postcode').fill('2001');
  await consolePage.getByTestId('letterhead-publish').click();
  await expect(consolePage.getByTestId('config-invalid')).toContainText('邮编');
  await consolePage.getByTestId('letterhead-postcode').fill('200120');
  // The preview is a sample letter rendered as the app renders one.
  await consolePage.getByTestId('letterhead-preview').click();
  const previewDownload = consolePage.waitForEvent('download');
  await consolePage.getByTestId('letterhead-preview-download').click({ timeout: 90_000 });
  const preview = await (await previewDownload).path();
  expect(pdfText(preview).replace(/\s+/g, '')).toContain(address.replace(/\s+/g, ''));
  await consolePage.screenshot({ path: '/tmp/cfg-shots/console-letterhead.png', fullPage: true });
  await consolePage.getByTestId('letterhead-publish').click();
  await expect(consolePage.getByTestId('config-published')).toContainText('已发布第 2 版');
  await expect(consolePage.getByTestId('letterhead-versions').locator('tbody tr')).toHaveCount(2);

  await collectorOnFirstCase(page, 'demand_notice');
  const { number, text } = await issueAndRead(page);
  expect(text).toContain(address.replace(/\s+/g, ''));
  expect(text).toContain('0000111122223333');

  // The letter records the letterhead version it was issued under, and head office receives it.
  await page.getByTestId('status-sync-now').click();
  await expect(page.getByTestId('sync-state')).toHaveText('已同步', { timeout: 60_000 });
  await expect
    .poll(async () => (await pullAs(COLLECTOR)).records.find((r) => r.name === 'issueLetter' && r.args.number === number)?.args.letterheadVersion, { timeout: 30_000 })
    .toBe(2);

  // Settings shows the letterhead in use with its version.
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByTestId('config-letterhead')).toContainText('第 2 版');
  await page.getByTestId('published-config').screenshot({ path: '/tmp/cfg-shots/app-config.png' });
});

test('console: an admin publishes the 2027 calendar and a deadline uses it', async ({ page, browser }) => {
  test.setTimeout(300_000);
  needsPdftotext();
  const consolePage = await browser.newPage();
  await signInToConsole(consolePage, 'demo-admin');
  await consolePage.getByTestId('console-nav-calendar').click();
  await expect(consolePage.getByTestId('calendar-years')).toContainText('2027');
  // A test version of 2027 (not the State Council's): 元旦 1–3 January, and Saturday 2 January a make-up working day,
  // so a deadline counted with it differs from one counted with the year as seeded.
  await consolePage.getByTestId('calendar-year').fill('2027');
  await consolePage.getByTestId('calendar-title').fill('端到端测试用 2027 年安排（非官方）');
  await consolePage.getByTestId('calendar-issued-on').fill('2026-11-20');
  await consolePage.getByTestId('calendar-checked-against').fill('测试数据');
  await consolePage.getByTestId('calendar-holidays').fill('2027-01-01\n2027-02-05..2027-02-08\n2027-04-05\n2027-05-01..2027-05-02\n2027-06-09\n2027-09-15\n2027-10-01..2027-10-03');
  // A weekday as a make-up day is refused first, in words.
  await consolePage.getByTestId('calendar-workdays').fill('2027-01-04');
  await consolePage.getByTestId('calendar-publish').click();
  await expect(consolePage.getByTestId('config-invalid')).toContainText('2027-01-04 is a weekday');
  await consolePage.getByTestId('calendar-workdays').fill('2027-01-02');
  await consolePage.getByTestId('calendar-publish').click();
  await expect(consolePage.getByTestId('config-published')).toContainText('已发布第 2 版');
  await consolePage.screenshot({ path: '/tmp/cfg-shots/console-calendar.png', fullPage: true });

  // 30 December 2026: five working days with the published 2027 are 31 Dec, Sat 2 Jan (make-up), 4, 5 and 6 Jan.
  await page.clock.setFixedTime(new Date('2026-12-30T10:00:00+08:00'));
  // A reminder (the first test sent this case a demand notice): no calendar warning, the deadline counted with 2027.
  await collectorOnFirstCase(page, 'reminder');
  const { text } = await issueAndRead(page);
  expect(text).toContain('请您于2027年1月6日前');
  await page.getByRole('button', { name: '设置' }).click();
  await expect(page.getByTestId('config-calendar')).toContainText('2027 年：第 2 版');
});
