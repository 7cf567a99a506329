import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../../renderer/src/i18n';
import { panelMessages } from '../../../../renderer/src/i18n/modules/panels';
import { useAppStore } from '../../../../renderer/src/state/appStore';
import type { CaseWork } from '../../../../renderer/src/fieldwork/state/fieldworkSlice';
import { draftPlan } from '../../../../shared/fieldwork/plans';
import type { Receipt } from '../../../../shared/fieldwork/records';
import { PlanPanel } from '../../../../renderer/src/fieldwork/screens/PlanPanel';
import { ReceiptsPanel } from '../../../../renderer/src/fieldwork/screens/ReceiptsPanel';
import { StatusPanel } from '../../../../renderer/src/fieldwork/screens/StatusPanel';
import { Timeline } from '../../../../renderer/src/fieldwork/screens/Timeline';
import { VisitsPanel } from '../../../../renderer/src/fieldwork/screens/VisitsPanel';
import { ContactRepair } from '../../../../renderer/src/fieldwork/screens/ContactRepair';
import { DayReceipts } from '../../../../renderer/src/fieldwork/screens/DayReceipts';
import { BRANCH_WAIVER_LIMIT_FEN } from '../../../../shared/fieldwork/branchLimits';
import { makeCase } from '../../../fixtures/cases';

// Assigned to the collector below: collectors act on their own cases only (shared/domain/permissions.ts).
const c = makeCase(1, { officerId: 'u-collector' });
const collector = { id: 'u-collector', name: '王小明', role: 'collector' as const, branchCode: '310115' };
const supervisor = { id: 'u-super', name: '陈建国', role: 'supervisor' as const, branchCode: '310115' };
// Waiver 1,014,745 − 400,000 fen: above the ¥5,000 limit, so pending.
const plan = draftPlan(
  { id: 'plan-1', caseId: c.id, outstandingFen: 1_014_745, instalments: [{ seq: 1, dueDate: '2026-12-01', amountFen: 400_000 }], kind: 'custom', createdAt: '2026-11-25T02:00:00Z', makerId: collector.id },
  BRANCH_WAIVER_LIMIT_FEN,
);
const receipt: Receipt = { id: 'r-1', number: 'SK-D7F3-000123', caseId: c.id, payerName: '测试1', amountFen: 1_262_523, method: 'cash', receivedAt: '2026-11-25T03:00:00Z', userId: collector.id, deviceId: 'dev-1', voided: null };
const work: CaseWork = { caseId: c.id, activities: [], promises: [], payments: [], plans: [plan], receipts: [receipt], visits: [], disputes: [], letters: [], audit: [], history: [] };

const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);

beforeAll(async () => {
  await initI18n('zh-CN');
  for (const lng of ['zh-CN', 'en'] as const) for (const module of panelMessages) i18next.addResourceBundle(lng, 'translation', module[lng], true, true);
  setState({ caseWork: work, operator: collector, staff: [collector, supervisor] });
});

/** Server rendering reads zustand's initial state object, so the test state is written into it too. */
function setState(patch: Partial<ReturnType<typeof useAppStore.getState>>) {
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
}

/** Every string went through a key that exists: no raw `panels.` key reaches the screen. */
const translated = (markup: string) => expect(markup).not.toMatch(/>[^<]*panels\.[a-z]/);

describe('panels render in zh-CN', () => {
  it('PlanPanel: a pending plan, and why its maker cannot approve it', () => {
    const out = html(<PlanPanel caseRecord={c} />);
    translated(out);
    expect(out).toContain('data-testid="plan-status-plan-1">待主管审批<');
    expect(out).toContain('经办人不能审批自己制定的方案');
    expect(out).not.toContain('data-testid="plan-approve"');
  });

  it('PlanPanel: a supervisor who did not make it may approve or reject', () => {
    setState({ operator: supervisor });
    const out = html(<PlanPanel caseRecord={c} />);
    expect(out).toContain('data-testid="plan-approve"');
    expect(out).toContain('data-testid="plan-reject"');
    setState({ operator: collector });
  });

  it('ReceiptsPanel: the receipt with figures and capitals', () => {
    const out = html(<ReceiptsPanel caseRecord={c} />);
    translated(out);
    expect(out).toContain('data-testid="receipt-row-SK-D7F3-000123"');
    expect(out).toContain('¥12,625.23');
    expect(out).toContain('人民币壹万贰仟陆佰贰拾伍元贰角叁分');
    // The collector voids a receipt on their own case (written wrong, written again on the spot), as does the
    // branch supervisor; a colleague on a case not theirs sees no void control.
    expect(out).toContain('data-testid="receipt-void-r-1"');
    setState({ operator: supervisor });
    expect(html(<ReceiptsPanel caseRecord={c} />)).toContain('data-testid="receipt-void-r-1"');
    setState({ operator: { ...collector, id: 'u-colleague', name: '李同事' } });
    expect(html(<ReceiptsPanel caseRecord={c} />)).not.toContain('data-testid="receipt-void-r-1"');
    setState({ operator: collector });
  });

  it('StatusPanel: allowed moves first, forbidden ones marked', () => {
    const out = html(<StatusPanel caseRecord={{ ...c, status: 'settled' }} />);
    translated(out);
    expect(out).toContain('可变更为：已结案');
    expect(out).toContain('联系中（不允许）');
  });

  it('StatusPanel: an open dispute offers the branch supervisor a resolution form, the collector none', () => {
    const open = { id: 'd-1', caseId: c.id, kind: 'dispute' as const, description: '借款人称已于2月还清', openedAt: '2026-11-25T02:00:00Z', resolvedAt: null, resolution: null, outcome: null, openedBy: null, reviewedAt: null, reviewedBy: null, evidence: [] };
    const done = { ...open, id: 'd-2', kind: 'complaint' as const, resolvedAt: '2026-11-26T02:00:00Z', resolution: '已致歉并更正催收时间', outcome: 'upheld' as const };
    const onHold = { ...c, status: 'on_hold' as const, holdReason: 'dispute' as const };
    setState({ caseWork: { ...work, disputes: [open, done] }, operator: supervisor });
    const out = html(<StatusPanel caseRecord={onHold} />);
    translated(out);
    expect(out).toContain('data-testid="dispute-resolve-d-1"');
    expect(out).not.toContain('data-testid="dispute-resolve-d-2"');
    expect(out).toContain('处理此异议');
    expect(out).toContain('结论：成立');
    const timeline = html(<Timeline timeZone={c.timeZone} />);
    expect(timeline).toContain('投诉已处理：成立');
    expect(timeline).toContain('已致歉并更正催收时间');
    setState({ operator: collector });
    expect(html(<StatusPanel caseRecord={onHold} />)).not.toContain('data-testid="dispute-resolve-');
    setState({ caseWork: work });
  });

  it('VisitsPanel, ContactRepair and DayReceipts render', () => {
    translated(html(<VisitsPanel caseRecord={c} />));
    const party = { ...c.parties[0]!, phones: [] };
    const repair = html(<ContactRepair caseId={c.id} party={party} />);
    translated(repair);
    expect(repair).toContain('失联');
    translated(html(<DayReceipts />));
  });
});
