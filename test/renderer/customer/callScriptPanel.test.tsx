import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { setHeldConfig } from '../../../renderer/src/config/configInForce';
import { CallScriptPanel } from '../../../renderer/src/customer/screens/CallScriptPanel';
import type { CaseWork } from '../../../renderer/src/fieldwork/state/fieldworkSlice';
import type { SegmentId } from '../../../shared/segments/ids';
import { DEMO_SCRIPT_LIBRARY } from '../../../shared/scripts';
import { makeCase } from '../../fixtures/cases';

// The segment comes from the segmenting work (customer/useCaseSegment.ts); here it is whatever the test says.
const segment = vi.hoisted(() => ({ value: null as SegmentId | null }));
vi.mock('../../../renderer/src/customer/useCaseSegment', () => ({ useCaseSegment: () => segment.value }));

const c = makeCase(11, { dpd: 45, principalFen: 1_000_000, name: '张三' });
const work: CaseWork = { caseId: c.id, activities: [], promises: [], payments: [], plans: [], receipts: [], visits: [], disputes: [], letters: [], audit: [], history: [] };
const html = () => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{<CallScriptPanel caseRecord={c} />}</I18nextProvider>);
const texts = (markup: string) => [...markup.matchAll(/data-testid="script-text">(.*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''));

beforeAll(async () => {
  await initI18n('zh-CN');
  const patch = { caseWork: work };
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
});
afterEach(() => {
  segment.value = null;
  setHeldConfig([]);
});

describe('the call script on the case screen', () => {
  it('with nothing published and no segment known: the built-in general opening, with the case filled in', () => {
    const out = html();
    expect(out).toContain('适用客群：通用');
    expect(out).toContain('内置话术库');
    expect(texts(out)[0]).toBe('您好，我是上海浦东支行的贷后服务专员王敏，工号可向本行客服核实。请问是张三本人吗？');
  });

  it('a segment with its own opening gets it (失联: a message to pass on, no debt named)', () => {
    segment.value = 'lost_contact';
    const out = html();
    expect(out).toContain('适用客群：失联');
    expect(texts(out)).toEqual(['您好，我是上海浦东支行的工作人员王敏，有一件个人业务需要张三本人处理。请问您能帮忙转达，请他回电本行客服吗？']);
  });

  it('uses the library head office published, and the excuse answers with amounts filled in', () => {
    const library = { ...DEMO_SCRIPT_LIBRARY, scripts: DEMO_SCRIPT_LIBRARY.scripts.map((s) => (s.id === 'general.opening' ? { ...s, text: { ...s.text, 'zh-CN': '您好，逾期金额{{overdueAmount}}，账号{{accountNumber}}。' } } : s)) };
    setHeldConfig([{ kind: 'scriptLibrary', scope: 'bank', key: '', version: 3, publishedBy: 'demo-admin', publishedAt: '2026-12-04T04:00:00.000Z', payload: library }]);
    const out = html();
    expect(out).toContain('话术库第 3 版');
    expect(texts(out)[0]).toBe('您好，逾期金额¥10,147.45，账号622202******0011。');
    expect(out).not.toContain(c.accounts[0]!.accountNumber);
    expect(out).toMatch(/data-testid="script-answer-forgot">.*¥10,147\.45/);
  });
});
