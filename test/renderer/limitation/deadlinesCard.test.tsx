import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { clock } from '../../../renderer/src/state/clock';
import type { CaseWork } from '../../../renderer/src/fieldwork/state/fieldworkSlice';
import { DeadlinesCard } from '../../../renderer/src/limitation/screens/DeadlinesCard';
import { makeCase } from '../../fixtures/cases';

function caseDueOn(dueDate: string) {
  const c = makeCase(1);
  c.accounts = [{ ...c.accounts[0]!, maturityDate: dueDate, overdueSince: dueDate }];
  c.parties = c.parties.filter((p) => p.role === 'borrower');
  return c;
}

const realNow = clock.now;

/** Server rendering reads zustand's initial state object, so the test state is written into it too. */
function showWork(caseId: string) {
  const work: CaseWork = { caseId, activities: [], promises: [], payments: [], plans: [], receipts: [], visits: [], disputes: [], letters: [], audit: [], history: [] };
  useAppStore.setState({ caseWork: work });
  Object.assign(useAppStore.getInitialState(), { caseWork: work });
}

const render = (dueDate: string) => {
  const c = caseDueOn(dueDate);
  showWork(c.id);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18next}>
      <DeadlinesCard caseRecord={c} />
    </I18nextProvider>,
  );
};

beforeAll(async () => {
  await initI18n('zh-CN');
  clock.now = () => new Date('2026-06-01T02:00:00Z');
});
afterAll(() => {
  clock.now = realNow;
});

describe('the deadlines card says what the holiday calendar says about a last day', () => {
  it('a last day on National Day: act by the working day before', () => {
    const out = render('2023-10-01');
    expect(out).toContain('2026-10-01');
    expect(out).toContain('data-testid="deadline-calendar-note"');
    expect(out).toContain('期间最后一日 2026年10月1日 是法定节假日或休息日');
    expect(out).toContain('最后一个工作日 2026年9月30日');
  });

  it('a last day in 2027, which the calendar does not cover: a warning, not a guess', () => {
    const out = render('2024-05-20');
    expect(out).toContain('2027-05-20');
    expect(out).toContain('不在节假日日历（cn-mainland');
  });

  it('an ordinary working day: no note', () => {
    expect(render('2023-12-03')).not.toContain('deadline-calendar-note');
  });
});
