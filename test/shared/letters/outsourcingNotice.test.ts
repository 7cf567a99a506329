import { describe, expect, it } from 'vitest';
import { buildLetter, checkLetter, getTemplate, prepareLetter, type LetterProblem, type LetterTemplate } from '../../../shared/letters';
import { fixtureInput, GUARANTOR } from './fixture';

/** The seventh letter type, 委外催收告知函: checked like the others, and it must name the agency and how to verify it. */
const AGENCY = { name: '华信委外催收有限公司', licenceNumber: '91310000MA1FL0001X', verifyContact: '本行客服热线 95588 转 8', contractEnd: '2027-06-30' };
const codes = (ps: LetterProblem[]) => ps.map((p) => `${p.severity}:${p.code}:${String(p.params.field ?? p.params.statement ?? p.params.phrase ?? '')}`).sort();
const notice = (more: Parameters<typeof fixtureInput>[0] = {}) => fixtureInput({ type: 'outsourcing_notice', agency: AGENCY, ...more });

describe('outsourcing notice (委外催收告知函)', () => {
  it.each(['zh-CN', 'en'] as const)('%s: passes with the agency named, its licence, how to verify it and the repay-only-to-the-bank warning', (language) => {
    const input = notice({ language });
    expect(checkLetter(input)).toEqual([]);
    const m = prepareLetter(input);
    for (const text of [AGENCY.name, AGENCY.licenceNumber, AGENCY.verifyContact]) expect(m.templateText).toContain(text);
    expect(m.templateText).toContain(language === 'zh-CN' ? '2027年6月30日' : '30 June 2027');
    expect(m.templateText).toContain(language === 'zh-CN' ? '切勿向催收机构或任何个人的账户付款' : 'never into an account of the agency');
    expect(m.deadline).toBeNull();
    expect(buildLetter(input).issued).toBe(true);
  });

  it('is refused without the agency: the field is named and its placeholders stay unfilled', () => {
    const { agency: _a, ...input } = notice();
    expect(codes(checkLetter(input))).toEqual([
      'block:missing_field:agency',
      'block:placeholder_unfilled:',
      'block:placeholder_unfilled:',
      'block:placeholder_unfilled:',
      'block:placeholder_unfilled:',
    ]);
    expect(buildLetter(input).issued).toBe(false);
  });

  it('goes to a guarantor too (they are contacted by the agency), and never to no one', () => {
    expect(checkLetter(notice({ partyId: GUARANTOR.id }))).toEqual([]);
  });

  it('refuses prohibited wording in the free text like every letter', () => {
    expect(codes(checkLetter(notice({ freeText: '不还就上征信黑名单' })))).toEqual(['block:prohibited_wording:上征信黑名单']);
  });

  it('refuses a template (published by head office) that drops the repay-only-to-the-bank statement or threatens', () => {
    const builtIn = getTemplate('outsourcing_notice', 'zh-CN')!;
    const dropped: LetterTemplate = { ...builtIn, closing: builtIn.closing.filter((p) => !p.statements.includes('rights_and_duties')) };
    expect(codes(checkLetter(notice({ template: dropped })))).toEqual(['block:missing_statement:rights_and_duties']);
    const threat: LetterTemplate = { ...builtIn, closing: [...builtIn.closing, { statements: [], text: '催收机构将上门，后果自负。' }] };
    expect(codes(checkLetter(notice({ template: threat })))).toEqual(['block:prohibited_wording:后果自负']);
  });

  it('masks the ID number and prints no full phone number', () => {
    const m = prepareLetter(notice());
    expect(m.vars.recipientIdMasked).toMatch(/\*{4,}/);
    expect(checkLetter(notice()).some((p) => p.code === 'unmasked_personal_data')).toBe(false);
  });
});
