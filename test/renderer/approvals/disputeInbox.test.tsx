import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { DisputeQueueView } from '../../../renderer/src/approvals/screens/DisputeInbox';
import { DisputesDueList } from '../../../renderer/src/myDay/screens/DisputesDue';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { CN_2026 } from '../../../shared/compliance';
import { disputeQueue } from '../../../shared/fieldwork/disputeQueue';
import { disputeOf, type Dispute } from '../../../shared/records/dispute';

/**
 * What the supervisor reads in the dispute inbox and on My day: case, kind, who opened it and when, stage, the
 * pack's deadline with its rule, overdue highlighted; and the actions a supervisor has (a collector has none).
 */
const collector = { id: 'u-collector', name: '王小明', role: 'collector' as const, branchCode: '310115' };
const supervisor = { id: 'u-super', name: '陈建国', role: 'supervisor' as const, branchCode: '310115' };
const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const make = (id: string, kind: Dispute['kind'], opened: string, over: Partial<Dispute> = {}): Dispute => ({
  ...disputeOf({ id, caseId: 'c1', kind, description: '借款人称已还清', openedAt: at(opened) }, collector.id),
  ...over,
});
const disputes = [
  make('d-late', 'complaint', '2026-11-02T09:00:00'),
  make('d-review', 'dispute', '2026-11-10T09:00:00', { reviewedAt: at('2026-11-11T09:30:00'), reviewedBy: supervisor.id }),
];
const queueOn = (today: string) =>
  disputeQueue(disputes, [{ id: 'c1', caseNumber: 'QS-310115-0001', borrowerName: '张三' }], { pack: CN_2026, today, timeZone: 'Asia/Shanghai', calendar: CN_MAINLAND_CALENDAR });
const queue = queueOn('2026-11-18');
/** The server renderer reads the store's initial state: set both. */
const setState = (patch: Partial<ReturnType<typeof useAppStore.getState>>) => {
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
};
const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);

beforeAll(async () => {
  await initI18n('zh-CN');
  setState({ operator: supervisor, staff: [collector, supervisor] });
});

describe('the dispute inbox', () => {
  it('shows each unresolved item with who opened it, its stage and the pack’s deadline, the overdue one marked', () => {
    const out = html(<DisputeQueueView queue={queue} />);
    const late = out.slice(out.indexOf('data-testid="dispute-row-d-late"'), out.indexOf('data-testid="dispute-row-d-review"'));
    expect(late).toContain('data-status="overdue"');
    expect(late).toContain('class="overdue"');
    expect(late).toContain('QS-310115-0001');
    expect(late).toContain('投诉');
    expect(late).toContain('王小明');
    expect(late).toContain('2026年11月17日 前（15 个自然日，规则 cn.handling.complaint）');
    expect(late).toContain('已逾期');
    expect(late).toContain('受理核查');
    const review = out.slice(out.indexOf('data-testid="dispute-row-d-review"'));
    expect(review).toContain('核查中');
    expect(review).toContain('陈建国 于 2026年11月11日 09:30 受理');
    expect(review).toContain('规则包未规定时限');
    // Under review: no second take-up, but still resolvable.
    expect(review).not.toContain('dispute-take-up');
    expect(review).toContain('dispute-resolve-toggle');
  });

  it('a collector sees the items but no take-up or resolve', () => {
    setState({ operator: collector });
    try {
      const out = html(<DisputeQueueView queue={queue} />);
      expect(out).toContain('dispute-row-d-late');
      expect(out).not.toContain('dispute-take-up');
      expect(out).not.toContain('dispute-resolve-toggle');
    } finally {
      setState({ operator: supervisor });
    }
  });

  it('says so when nothing is waiting, and while reading', () => {
    expect(html(<DisputeQueueView queue={[]} />)).toContain('没有未结的异议或投诉');
    expect(html(<DisputeQueueView queue={null} />)).toContain('正在读取');
  });
});

describe('My day’s disputes due', () => {
  it('lists the overdue complaint with its deadline and days late, not the one without a deadline', () => {
    const out = html(<DisputesDueList queue={queue} today="2026-11-18" />);
    expect(out).toContain('到期的异议与投诉');
    expect(out).toContain('投诉（案件 QS-310115-0001，张三）应于 2026年11月17日 前处理，已逾期 1 天');
    expect(out).not.toContain('d-review');
  });

  it('draws nothing when nothing is due', () => {
    expect(html(<DisputesDueList queue={queueOn('2026-11-16')} today="2026-11-16" />)).toBe('');
  });
});
