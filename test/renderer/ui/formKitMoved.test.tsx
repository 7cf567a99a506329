import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { AssignDialog, assignSchema } from '../../../renderer/src/assignment/screens/AssignDialog';
import { OverrideDecision, overrideDecisionSchema } from '../../../renderer/src/approvals/screens/OverrideDecision';
import { ReferralDecision } from '../../../renderer/src/legal/screens/LegalCard';
import { HeadOfficeSettings, headOfficeUrlFormSchema } from '../../../renderer/src/settings/screens/HeadOfficeSettings';
import { autoLockFormSchema } from '../../../renderer/src/settings/screens/AutoLockSetting';
import { proposalSchema } from '../../../renderer/src/outsourcing/screens/OutsourcingCard';
import { ConductReviewForm, conductReviewSchema } from '../../../renderer/src/conduct/screens/ConductReviewForm';
import { PartyCorrection } from '../../../renderer/src/customer/screens/PartyCorrection';
import { correctionSchema } from '../../../renderer/src/customer/screens/partyForm';
import { evidenceKeepSchema } from '../../../renderer/src/sync/screens/EvidenceKeepSetting';
import { UnmaskForm, unmaskSchema } from '../../../renderer/src/access/screens/UnmaskForm';
import { matchPeople } from '../../../renderer/src/ui/form';
import type { LegalReferral } from '../../../shared/records/legalReferral';
import type { RelatedParty } from '../../../shared/records/customerFacts';

const supervisor = { id: 'u-sup', name: '陈建国', role: 'supervisor' as const, branchCode: '310115' };
const staff = [
  supervisor,
  { id: 'u-wang', name: '王小明', role: 'collector' as const, branchCode: '310115' },
  { id: 'u-li', name: '李俊', role: 'collector' as const, branchCode: '310115' },
  { id: 'u-far', name: '远方', role: 'collector' as const, branchCode: '110105' },
];
const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);
const t = (key: string, params?: Record<string, unknown>) => i18next.t(key, params);

/** Every input, select and textarea has a label tied to it by id, or its own aria-label (axe's "label" rule, by hand). */
function unlabelledControls(markup: string): string[] {
  const controls = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/type="(checkbox|radio|file|hidden)"/.test(tag) && !/aria-label="[^"]+"/.test(tag));
  return controls.map((tag) => /\bid="([^"]+)"/.exec(tag)?.[1] ?? tag).filter((id) => !markup.includes(`for="${id}"`));
}
/** Radios and ticks are named by the label wrapped round them. */
const bareChoices = (markup: string) => [...markup.matchAll(/<input[^>]*type="(?:radio|checkbox)"[^>]*>(?!<span>)/g)].length;

/** The messages a schema gives for `value`, in order (none when it passes). */
function messages(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown): string[] {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => i.message);
}

beforeAll(async () => {
  await initI18n('zh-CN');
  const patch = { operator: supervisor, staff, headOfficeUrl: () => 'https://ho.example.cn', autoLockMinutes: 10 };
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
});

describe('the forms moved onto the kit lay out through it, every control labelled', () => {
  const referral = { id: 'r1', caseId: 'case-0001' } as LegalReferral;
  const party = { id: 'rp1', caseId: 'case-0001', kind: 'emergency_contact', name: '张三', relation: '同事', phone: '13800001111' } as RelatedParty;
  it.each([
    ['assign', () => <AssignDialog shown={[]} selected={new Set()} onClose={() => {}} />, ['assign-scope-selected', 'assign-kind-manual', 'assign-collector', 'assign-collector-search', 'assign-reason']],
    ['override decision', () => <OverrideDecision caseId="c1" requestId="o1" timeZone="Asia/Shanghai" onDecided={() => {}} />, ['override-until', 'override-reject-reason', 'override-approve', 'override-reject']],
    ['legal referral decision', () => <ReferralDecision referral={referral} />, ['legal-decision-reason', 'legal-approve', 'legal-reject']],
    ['head office settings', () => <HeadOfficeSettings />, ['settings-url', 'settings-url-save', 'settings-url-test', 'settings-autolock']],
    ['conduct review', () => <ConductReviewForm exceptionId="x1" />, ['conduct-review-note', 'conduct-review-submit']],
    ['party correction', () => <PartyCorrection party={party} onDone={() => {}} />, ['correct-kind', 'correct-name', 'correct-relation', 'correct-phone', 'correct-reason', 'correct-save', 'correct-retire']],
    ['unmask reason', () => <UnmaskForm label="查看身份证号" testId="id-number" onConfirm={async () => {}} onCancel={() => {}} />, ['id-number-reason', 'id-number-detail', 'id-number-confirm']],
  ])('%s', (_name, form, testIds) => {
    const markup = html(form());
    expect(markup).toContain('class="form-fields');
    for (const id of testIds) expect(markup).toContain(`data-testid="${id}"`);
    expect(unlabelledControls(markup)).toEqual([]);
    expect(bareChoices(markup)).toBe(0);
  });

  it('分案 offers only the branch’s collectors and supervisor, by a searchable list; with nothing ticked, “the ticked cases” cannot be chosen', () => {
    const markup = html(<AssignDialog shown={[]} selected={new Set()} onClose={() => {}} />);
    expect(markup).toMatch(/<option value="u-wang">王小明 · u-wang · 催收员<\/option>/);
    expect(markup).toContain('value="u-sup"');
    expect(markup).not.toContain('u-far');
    expect(markup).toMatch(/<input type="radio" disabled="" data-testid="assign-scope-selected"[^>]*\/><span>已选的案件（尚未勾选）<\/span>/);
    expect(markup).toMatch(/<input type="radio" data-testid="assign-scope-filtered"/);
  });

  it('the people list narrows by name, id or role', () => {
    const people = staff.map((s) => ({ id: s.id, name: s.name, detail: s.role }));
    expect(matchPeople(people, '王').map((p) => p.id)).toEqual(['u-wang']);
    expect(matchPeople(people, 'U-LI').map((p) => p.id)).toEqual(['u-li']);
    expect(matchPeople(people, 'supervisor').map((p) => p.id)).toEqual(['u-sup']);
  });
});

describe("each moved form's schema refuses what makes no sense, in the user's language", () => {
  const assign = { scope: 'filtered', kind: 'manual', officerId: 'u-wang', rule: 'balance', within: 'none', reason: '离职交接' };
  it.each([
    ['a reason and a collector', assign, []],
    ['a one-character reason', { ...assign, reason: ' 交 ' }, ['请填写分案原因（至少 2 个字）。']],
    ['no collector, by hand', { ...assign, officerId: '' }, ['请选择一名人员']],
    ['no collector, by rule', { ...assign, kind: 'rule', officerId: '' }, []],
  ])('分案: %s', (_n, value, expected) => expect(messages(assignSchema(t), value)).toEqual(expected));

  const at1000 = overrideDecisionSchema(t, () => '10:00');
  it.each([
    ['approve to the end of today', { decision: 'approve', until: '', reason: '' }, []],
    ['approve until 18:30', { decision: 'approve', until: '18:30', reason: '' }, []],
    ['approve until 09:30, already past', { decision: 'approve', until: '09:30', reason: '' }, ['时间已过（现在 10:00），请选择今天稍后的时间']],
    ['approve until 25:00', { decision: 'approve', until: '25:00', reason: '' }, ['请填写有效时间（时:分）']],
    ['reject with no reason', { decision: 'reject', until: '', reason: '  ' }, ['请填写此项']],
    ['reject with a reason (a past time is not used)', { decision: 'reject', until: '09:30', reason: '理由不充分' }, []],
  ])('override decision: %s', (_n, value, expected) => expect(messages(at1000, value)).toEqual(expected));

  it.each([
    ['https://ho.bank.cn', []],
    ['ftp://example.cn', ['地址须以 http:// 或 https:// 开头']],
    ['', ['请输入总行服务地址']],
  ])('head office address %j', (url, expected) => expect(messages(headOfficeUrlFormSchema(t), { url })).toEqual(expected));

  it.each([
    ['10', []],
    ['0', ['请输入 1 到 60 之间的整数']],
    ['61', ['请输入 1 到 60 之间的整数']],
    ['', ['请输入 1 到 60 之间的整数']],
    ['1.5', ['请输入 1 到 60 之间的整数']],
  ])('auto-lock minutes %j', (minutes, expected) => expect(messages(autoLockFormSchema(t), { minutes })).toEqual(expected));

  it.each([
    ['30', []],
    ['0', ['请输入 1 到 3650 之间的整数天数']],
    ['abc', ['请输入 1 到 3650 之间的整数天数']],
  ])('evidence keep days %j', (days, expected) => expect(messages(evidenceKeepSchema(t), { days })).toEqual(expected));

  it('outsourcing: an agency and a reason long enough', () => {
    expect(messages(proposalSchema(t), { agencyId: 'a1', reason: '逾期 180 天以上，多次失联，建议委外催收' })).toEqual([]);
    expect(messages(proposalSchema(t), { agencyId: '', reason: '短' })).toEqual(['请选择委外机构', expect.stringMatching(/^理由至少 \d+ 个字$/)]);
  });

  it('conduct review: a note of at least 4 characters', () => {
    expect(messages(conductReviewSchema(t), { note: '已谈话，时钟已校准' })).toEqual([]);
    expect(messages(conductReviewSchema(t), { note: '' })).toEqual(['请填写此项', '至少 4 个字']);
    expect(messages(conductReviewSchema(t), { note: '已谈' })).toEqual(['至少 4 个字']);
  });

  const correction = { replace: true, kind: 'emergency_contact', name: '张三', relation: '', phone: '13900002222', reason: '号码属于他人' };
  it.each([
    ['a correction', correction, []],
    ['a correction to a phone with letters', { ...correction, phone: '139abc' }, ['「电话」填写有误']],
    ['retiring only: the fields are not used', { ...correction, replace: false, name: '', phone: '139abc' }, []],
    ['a one-character reason', { ...correction, reason: '号' }, ['至少 2 个字']],
  ])('party correction: %s', (_n, value, expected) => expect(messages(correctionSchema(t), value)).toEqual(expected));

  it('unmask: a reason from the list and a note', () => {
    expect(messages(unmaskSchema(t), { reason: 'verify_identity', detail: '来电核对身份' })).toEqual([]);
    expect(messages(unmaskSchema(t), { reason: '', detail: ' ' })).toEqual(['请选择原因', '请填写说明']);
  });
});
