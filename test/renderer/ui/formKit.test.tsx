import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { panelMessages } from '../../../renderer/src/i18n/modules/panels';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { VisitPlanForm } from '../../../renderer/src/fieldwork/screens/panels/VisitPlanForm';
import { VisitRecordForm } from '../../../renderer/src/fieldwork/screens/panels/VisitRecordForm';
import { matchPeople } from '../../../renderer/src/ui/form';
import { outcomesForChannel, OUTCOME_LABELS } from '../../../shared/fieldwork/outcomes';
import type { Visit } from '../../../shared/fieldwork/records';
import { clock } from '../../../renderer/src/state/clock';
import { makeCase } from '../../fixtures/cases';

const c = makeCase(1, { officerId: 'u-collector' });
const collector = { id: 'u-collector', name: '王小明', role: 'collector' as const, branchCode: '310115' };
const colleague = { id: 'u-col-2', name: '李娜', role: 'collector' as const, branchCode: '310115' };
const elsewhere = { id: 'u-other', name: '赵强', role: 'collector' as const, branchCode: '440106' };
const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);
const visit = (plannedFor: string): Visit => ({ id: 'v-1', caseId: c.id, plannedFor, addressId: 'a-1', staff: ['王小明', '李娜'], status: 'planned', peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: '2026-12-01T02:00:00Z' });

/** Every input, select and textarea has a label tied to it by id (axe's "label" rule, by hand). */
function unlabelledControls(markup: string): string[] {
  const ids = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)].filter((m) => !/type="(checkbox|file|hidden)"/.test(m[0])).map((m) => /\bid="([^"]+)"/.exec(m[0])?.[1] ?? '(no id)');
  return ids.filter((id) => !markup.includes(`for="${id}"`));
}

beforeAll(async () => {
  await initI18n('zh-CN');
  for (const lng of ['zh-CN', 'en'] as const) for (const module of panelMessages) i18next.addResourceBundle(lng, 'translation', module[lng], true, true);
  // Static rendering reads the store's initial state (React's server snapshot).
  const patch = { operator: collector, staff: [collector, colleague, elsewhere] };
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
});

describe('the visit forms, on the form kit', () => {
  it('plan: the branch colleagues are a searchable list of checkboxes (no Ctrl-click), every control labelled', () => {
    const markup = html(<VisitPlanForm caseRecord={c} />);
    expect(markup).toContain('type="search"');
    expect(markup).not.toContain('multiple=""');
    expect(markup).toContain('李娜');
    expect(markup).not.toContain('赵强'); // another branch's staff are not offered
    expect(unlabelledControls(markup)).toEqual([]);
  });
  it('result: only visit outcomes are offered', () => {
    const today = clock.today(c.timeZone);
    const markup = html(<VisitRecordForm visit={visit(today)} timeZone={c.timeZone} onDone={() => {}} />);
    const zh = OUTCOME_LABELS['zh-CN'];
    for (const o of outcomesForChannel('visit')) expect(markup).toContain(zh[o]);
    expect(markup).not.toContain(`>${zh.right_party_contact}<`);
    expect(unlabelledControls(markup)).toEqual([]);
  });
  it('result: a visit planned for a day that has not come cannot have a result yet, and says why', () => {
    const markup = html(<VisitRecordForm visit={visit('2999-01-01')} timeZone={c.timeZone} onDone={() => {}} />);
    expect(markup).toContain('visit-result-too-early');
    expect(markup).toContain('当天或之后才能记录结果');
    expect(markup).not.toContain('visit-record-submit');
  });
});

describe('matchPeople', () => {
  const people = [{ id: 'u-1', name: '王小明', detail: '催收员' }, { id: 'u-2', name: 'Li Na', detail: '催收主管' }];
  it.each([
    ['', ['u-1', 'u-2']],
    ['小明', ['u-1']],
    ['li', ['u-2']],
    ['U-2', ['u-2']],
    ['主管', ['u-2']],
    ['nobody', []],
  ])('%j', (q, ids) => expect(matchPeople(people, q).map((p) => p.id)).toEqual(ids));
});
