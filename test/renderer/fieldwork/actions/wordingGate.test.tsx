import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createPlan, planVisit, recordVisit } from '../../../../renderer/src/fieldwork/actions';
import { MarkedText, markedSpans } from '../../../../renderer/src/fieldwork/screens/MarkedText';
import { initI18n, i18next } from '../../../../renderer/src/i18n';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { CN_2026, checkWording } from '../../../../shared/compliance';
import { draftPlan } from '../../../../shared/fieldwork/plans';
import { BRANCH_WAIVER_LIMIT_FEN } from '../../../../shared/fieldwork/branchLimits';
import { newId } from '../../../../shared/sync';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, openTestStore } from '../../store/fixture';

const c = makeCase(1, { officerId: collector.id });
const party = c.parties[0]!;
let store: Store;
let asCollector: ActionContext;

beforeEach(async () => {
  const opened = await openTestStore([c]);
  store = opened.store;
  asCollector = opened.contextFor(collector);
});
afterEach(() => closeTestStore(store));

describe('the wording check where a visit or a plan is written (the contact action has its own: logContact.test.ts)', () => {
  it('a visit whose notes threaten, even spaced or in traditional characters, is refused and nothing is written', async () => {
    const visit = { id: newId(), caseId: c.id, plannedFor: '2026-11-23', addressId: party.addresses[0]!.id, staff: ['王小明', '李四'], status: 'planned' as const, peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: '2026-11-23T02:00:00Z' };
    expect((await runAction(asCollector, planVisit, visit)).ok).toBe(true);
    for (const notes of ['告诉他不还就坐 牢', '已告知其會上黑名單']) {
      const refused = await runAction(asCollector, recordVisit, { ...visit, status: 'done', peopleMet: '借款人本人', outcome: 'met', notes });
      expect(refused).toMatchObject({ ok: false, error: { code: 'wording_blocked' } });
      expect((await store.db.visits.get(visit.id))?.status).toBe('planned');
    }
    // Reworded (a lawful reassurance): saved.
    const saved = await runAction(asCollector, recordVisit, { ...visit, status: 'done', peopleMet: '借款人本人', outcome: 'met', notes: '已告知欠款属于民事纠纷，不会坐牢' });
    expect(saved.ok).toBe(true);
  });

  it('a plan whose remarks urge borrowing elsewhere is refused; reworded it is made', async () => {
    const plan = draftPlan({ id: newId(), caseId: c.id, outstandingFen: 1_014_745, instalments: [{ seq: 1, dueDate: '2026-12-01', amountFen: 1_014_745 }], kind: 'custom', createdAt: '2026-11-23T02:00:00Z', makerId: collector.id }, BRANCH_WAIVER_LIMIT_FEN);
    expect(await runAction(asCollector, createPlan, { plan, notes: '让他去网贷借点钱先还上' })).toMatchObject({ ok: false, error: { code: 'wording_blocked' } });
    expect(await store.db.plans.count()).toBe(0);
    expect((await runAction(asCollector, createPlan, { plan, notes: '客户同意一次性还清' })).ok).toBe(true);
  });
});

describe('the original text with the phrase marked', () => {
  beforeAll(() => initI18n('zh-CN'));
  const render = (text: string) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18next}>
        <MarkedText text={text} findings={checkWording(CN_2026, text)} testId="t" />
      </I18nextProvider>,
    );

  it.each([
    ['不还就等着坐 牢吧', '不还就等着<mark', '>坐 牢</mark>吧'],
    ['你已经上了黑名單', '你已经', '>上了黑名單</mark>'],
    ['你就是个老\u200b赖', '你就是个', `>老\u200b赖</mark>`],
  ])('%s', (text, before, marked) => {
    const html = render(text);
    expect(html).toContain(before);
    expect(html).toContain(marked);
    expect(html).toContain('data-rule="cn.wording.');
  });

  it('shows nothing for lawful text, and joins overlapping findings into one mark', () => {
    expect(render('我行不会将您的情况告诉您的单位')).toBe('');
    const text = '老赖，不还就坐牢';
    const spans = markedSpans(text, [...checkWording(CN_2026, text), { ...checkWording(CN_2026, text)[0]!, ruleId: 'x.other', phrase: '老赖，', index: 0 }]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['老赖，', '坐牢']);
    expect(spans[0]!.ruleIds).toEqual(['cn.wording.threatInsult', 'x.other']);
  });
});
