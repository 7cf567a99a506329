import { pdfText, readsPdfs } from './support/pdfText';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Script and markup typed on purpose into free text: notes, an address, a letter's own text. They must stay
// text on screen (nothing runs, no element appears) and print literally in the PDF.
const IMG = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=2</script>';

/** Opens the first case of the list as its branch's supervisor (who may log, edit contacts, unmask and issue). */
async function openFirstCaseAsSupervisor(page: Page) {
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  const branch = /\((\d{6})\)/.exec(await page.getByTestId('case-branch').innerText())![1]!;
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByTestId('operator-select').selectOption(`demo-supervisor-${branch}`);
  await page.getByRole('button', { name: '案件', exact: true }).click();
  await page.getByTestId('case-table').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('case-detail')).toBeVisible();
}

const xss = (page: Page) => page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss);

test('markup in a note, an address and a letter stays text on screen and prints literally', async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'));
  await page.goto('/');
  await page.getByTestId('demo-count').selectOption('100');
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('list-summary')).toContainText('显示 100 件', { timeout: 60_000 });
  await openFirstCaseAsSupervisor(page);

  // A note.
  await page.getByTestId('log-outcome').selectOption('no_answer');
  await page.getByTestId('log-notes').fill(`${IMG} ${SCRIPT}`);
  await expect(page.getByTestId('log-submit')).toBeEnabled();
  await page.getByTestId('log-submit').click();
  await expect(page.getByTestId('timeline')).toContainText(IMG);
  await expect(page.getByTestId('timeline')).toContainText(SCRIPT);

  // An address line, shown masked and then, revealed with a reason, as its characters.
  await page.locator('[data-testid^="add-address-"]').first().click();
  await page.getByTestId('address-province').fill('浙江省');
  await page.getByTestId('address-city').fill('杭州市');
  await page.getByTestId('address-district').fill('西湖区');
  await page.getByTestId('address-line').fill(IMG);
  await page.getByTestId('address-postcode').fill('310012');
  await page.getByTestId('address-add-submit').click();
  const added = page.locator('[data-testid^="address-"][data-shown]', { hasText: '浙江省杭州市西湖区<i' });
  await expect(added).toHaveCount(1);
  const testId = (await added.getAttribute('data-testid'))!;
  await page.getByTestId(`${testId}-show`).click();
  await page.getByTestId(`${testId}-reason`).selectOption('field_visit');
  await page.getByTestId(`${testId}-detail`).fill('核对外访地址');
  await page.getByTestId(`${testId}-confirm`).click();
  await expect(page.getByTestId(testId)).toHaveText(`浙江省杭州市西湖区${IMG} 310012`);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await xss(page)).toBeUndefined();

  // A letter's own text, printed.
  await page.getByTestId('tab-letters').click();
  await page.getByTestId('letter-type').selectOption('reminder');
  await page.getByTestId('letter-free-text').fill(`${SCRIPT} ${IMG}`);
  await page.getByTestId('letter-preview-button').click();
  await expect(page.getByTestId('letter-issue')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('letter-issue').click();
  await expect(page.getByTestId('letter-issued')).toContainText('已出具并登记', { timeout: 60_000 });
  const download = page.waitForEvent('download');
  await page.getByTestId('letter-download').click();
  const file = await (await download).path();
  expect(readFileSync(file).subarray(0, 4).toString()).toBe('%PDF');
  if (readsPdfs) {
    const text = pdfText(file, '-raw').replace(/\s+/g, ' ');
    expect(text).toContain('<script>window.__xss=2</script>');
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
  }

  expect(await xss(page)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
