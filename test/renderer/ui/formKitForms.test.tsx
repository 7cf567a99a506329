import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { dateText, optionalDateText, requiredText } from '../../../renderer/src/ui/form';
import { yuanText } from '../../../renderer/src/fieldwork/screens/panels/money';
import { PaymentForm } from '../../../renderer/src/fieldwork/screens/PaymentForm';
import { ReceiptForm } from '../../../renderer/src/fieldwork/screens/panels/ReceiptForm';
import { PlanForm } from '../../../renderer/src/fieldwork/screens/panels/PlanForm';
import { StatusChange } from '../../../renderer/src/fieldwork/screens/panels/StatusChange';
import { ArrangementForm } from '../../../renderer/src/arrangements/screens/ArrangementForm';
import { ReferralForm } from '../../../renderer/src/legal/screens/ReferralForm';
import { makeCase } from '../../fixtures/cases';

const c = makeCase(1, { officerId: 'u-collector' });
const collector = { id: 'u-collector', name: '王小明', role: 'collector' as const, branchCode: '310115' };
const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);
const t = (key: string, params?: Record<string, unknown>) => i18next.t(key, params);

/** Every input, select and textarea has a label tied to it by id (axe's "label" rule, by hand). */
function unlabelledControls(markup: string): string[] {
  const ids = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)].filter((m) => !/type="(checkbox|file|hidden)"/.test(m[0])).map((m) => /\bid="([^"]+)"/.exec(m[0])?.[1] ?? '(no id)');
  return ids.filter((id) => !markup.includes(`for="${id}"`));
}

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues[0]!.message);

beforeAll(async () => {
  await initI18n('zh-CN');
  const patch = { operator: collector, staff: [collector] };
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
});

describe("the kit's shared checks refuse dates and amounts that make no sense, in the user's language", () => {
  it.each([
    ['2026-11-24', null],
    ['2026-11-23', null],
    ['2026-11-25', '日期不能晚于今天（2026年11月24日）'],
    ['2026-02-30', '请选择有效日期'],
    ['', '请选择有效日期'],
  ])('a payment dated %j (today 2026-11-24)', (d, message) => expect(firstMessage(dateText(t, { max: '2026-11-24' }).safeParse(d))).toBe(message));

  it.each([
    ['', null],
    ['2026-11-24', null],
    ['2026-11-23', '日期不能早于今天（2026年11月24日）'],
  ])('an optional date to come %j', (d, message) => expect(firstMessage(optionalDateText(t, { min: '2026-11-24' }).safeParse(d))).toBe(message));

  it.each([
    ['100', 10_000, null],
    ['12625.23', 1_262_523, null],
    ['', null, '请输入金额'],
    ['0', null, '金额须大于 0'],
    ['1.234', null, '金额最多两位小数（精确到分）'],
  ])('yuan %j', (text, fen, message) => {
    const r = yuanText(t, { positive: true }).safeParse(text);
    expect(firstMessage(r)).toBe(message);
    if (fen !== null) expect(r.data).toBe(fen);
  });

  it('text to fill in counts 汉字 as one each', () => {
    expect(firstMessage(requiredText(t, 3).safeParse('  '))).toBe('请填写此项');
    expect(requiredText(t, 3).safeParse('王小明').success).toBe(true);
    expect(firstMessage(requiredText(t, 3).safeParse('王小明明'))).toBe('最多 3 个字');
  });
});

describe('the forms moved onto the kit lay out through it, every control labelled', () => {
  it.each([
    ['payment', () => <PaymentForm caseRecord={c} today="2026-11-24" />, 'payment-amount'],
    ['receipt', () => <ReceiptForm caseRecord={c} />, 'receipt-amount'],
    ['plan', () => <PlanForm caseRecord={c} />, 'plan-agreed-total'],
    ['status', () => <StatusChange caseRecord={c} />, 'status-select'],
    ['arrangement', () => <ArrangementForm caseRecord={c} attachments={[]} onDone={() => {}} />, 'arrangement-proposal'],
    ['legal referral', () => <ReferralForm caseRecord={c} onDone={() => {}} />, 'legal-reasons'],
  ])('%s', (_name, form, testId) => {
    const markup = html(form());
    expect(markup).toContain('class="form-fields"');
    expect(markup).toContain(`data-testid="${testId}"`);
    expect(markup).not.toContain('field-grid');
    expect(unlabelledControls(markup)).toEqual([]);
  });

  it('the payment date offers no day after today', () => {
    expect(html(<PaymentForm caseRecord={c} today="2026-11-24" />)).toMatch(/type="date" max="2026-11-24"/);
  });
});
