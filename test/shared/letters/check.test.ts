import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { buildLetter, checkLetter, LETTER_MESSAGES, prepareLetter, type LetterProblem } from '../../../shared/letters';
import { BORROWER, fixtureCase, fixtureInput, GUARANTOR } from './fixture';

const codes = (ps: LetterProblem[]) => ps.map((p) => `${p.severity}:${p.code}`).sort();

describe('checkLetter', () => {
  it('passes the fixture demand notice with no problem at all', () => {
    expect(checkLetter(fixtureInput())).toEqual([]);
  });

  it('warns when the deadline is counted into a year the holiday calendar does not cover, and still issues', () => {
    // 2026-12-30 + 5 working days with the shipped calendar (2025–2026): 2027 is counted by weekends only.
    const input = fixtureInput({ calendar: CN_MAINLAND_CALENDAR });
    expect(prepareLetter(input).deadline).toBe('2027-01-06');
    const problems = checkLetter(input);
    expect(problems).toEqual([
      { code: 'calendar_not_covered', severity: 'warn', params: { deadline: '2027-01-06', years: '2027', calendar: 'cn-mainland', version: CN_MAINLAND_CALENDAR.version } },
    ]);
    expect(buildLetter(input).issued).toBe(true);
    expect(LETTER_MESSAGES['zh-CN'].letters.problem.calendar_not_covered).toContain('{{years}}');
    expect(LETTER_MESSAGES.en.letters.problem.calendar_not_covered).toContain('{{years}}');
  });

  it('does not warn when every day counted is covered, even across Golden Week', () => {
    const input = fixtureInput({ calendar: CN_MAINLAND_CALENDAR, issueDate: '2026-09-30' });
    // Oct 1–7 off, Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13.
    expect(prepareLetter(input).deadline).toBe('2026-10-13');
    expect(checkLetter(input).filter((p) => p.code === 'calendar_not_covered')).toEqual([]);
  });

  it('refuses prohibited wording in free text, naming the phrase and the rule', () => {
    const problems = checkLetter(fixtureInput({ freeText: '再不还钱就让你坐牢，后果自负。' }));
    const wording = problems.filter((p) => p.code === 'prohibited_wording');
    expect(wording.map((p) => p.params.phrase).sort()).toEqual(['后果自负', '坐牢']);
    expect(wording.every((p) => p.severity === 'block' && p.params.where === 'free_text')).toBe(true);
    expect(wording.map((p) => p.ruleId).sort()).toEqual(['cn.wording.legalConsequences', 'cn.wording.threatInsult']);
    const built = buildLetter(fixtureInput({ freeText: '再不还钱就让你坐牢' }));
    expect(built.issued).toBe(false);
    expect(built.docDefinition).toBeNull();
  });

  it('refuses a name with a character the font lacks, and says which', () => {
    const c = fixtureCase({ parties: [{ ...BORROWER, name: '王𫠠' }, GUARANTOR] });
    const problems = checkLetter(fixtureInput({ case: c }));
    expect(problems).toEqual([expect.objectContaining({ code: 'missing_glyph', severity: 'block', params: { field: 'recipientName', chars: '𫠠', codePoints: 'U+2B820' } })]);
    const built = buildLetter(fixtureInput({ case: c }));
    expect(built.issued).toBe(false);
    expect(built.record).toBeNull();
  });

  it('guarantor letter: refused when the guarantee lapsed, warned close to lapse, refused to a borrower', () => {
    const g = (guarantee?: { allowed: boolean; code: string; daysLeft: number }) => checkLetter(fixtureInput({ type: 'guarantor_demand', partyId: GUARANTOR.id, ...(guarantee ? { guarantee } : {}) }));
    expect(codes(g({ allowed: false, code: 'lapsed', daysLeft: -3 }))).toEqual(['block:guarantee_not_allowed']);
    expect(g({ allowed: false, code: 'general_without_lawsuit', daysLeft: 20 })[0]?.params.reason).toBe('general_without_lawsuit');
    expect(codes(g({ allowed: true, code: 'close_to_lapse', daysLeft: 12 }))).toEqual(['warn:guarantee_close_to_lapse']);
    expect(codes(g({ allowed: true, code: 'within_period', daysLeft: 120 }))).toEqual([]);
    expect(codes(g())).toEqual(['warn:guarantee_unknown']);
    expect(codes(checkLetter(fixtureInput({ type: 'guarantor_demand', guarantee: { allowed: true, code: 'within_period', daysLeft: 100 } })))).toEqual(['block:recipient_role']);
  });

  it('blocks a deadline shorter than the pack minimum (5 working days)', () => {
    const p = checkLetter(fixtureInput({ deadlineWorkingDays: 3 }));
    expect(p).toEqual([expect.objectContaining({ code: 'deadline_too_short', severity: 'block', ruleId: 'cn.letter.demandNotice', params: { days: 3, minDays: 5, dayKind: 'working' } })]);
  });

  it('blocks a case on hold (dispute, deceased) and warns on a complaint hold', () => {
    expect(codes(checkLetter(fixtureInput({ case: fixtureCase({ status: 'on_hold', holdReason: 'dispute' }) })))).toEqual(['block:hold']);
    expect(codes(checkLetter(fixtureInput({ case: fixtureCase({ status: 'on_hold', holdReason: 'deceased' }) })))).toEqual(['block:hold']);
    expect(codes(checkLetter(fixtureInput({ case: fixtureCase({ status: 'on_hold', holdReason: 'complaint' }) })))).toEqual(['warn:hold']);
  });

  it('blocks a recipient without an active address', () => {
    const retired = { ...BORROWER, addresses: BORROWER.addresses.map((a) => ({ ...a, retiredAt: '2026-12-02T00:00:00+08:00' })) };
    expect(codes(checkLetter(fixtureInput({ case: fixtureCase({ parties: [retired, GUARANTOR] }) })))).toEqual(['block:no_valid_address']);
  });

  it('warns past the letter frequency cap (default 3 in 30 days)', () => {
    expect(codes(checkLetter(fixtureInput({ recentLettersToParty: 2 })))).toEqual([]);
    const p = checkLetter(fixtureInput({ recentLettersToParty: 3 }));
    expect(p).toEqual([expect.objectContaining({ code: 'frequency_cap', severity: 'warn', params: { count: 3, limit: 3, days: 30 } })]);
  });

  it.each([
    // issue date 2026-12-30 in the fixture; the interval is REPEAT_INTERVAL_DAYS (7)
    ['2026-12-30', undefined, 'block:repeat_within_interval'],
    ['2026-12-24', undefined, 'block:repeat_within_interval'],
    ['2026-12-23', undefined, null],
    ['2026-12-30', '客户来电称未收到上一封，要求重寄', 'warn:repeat_within_interval'],
    ['2026-12-30', '太短', 'block:repeat_within_interval'],
    [null, undefined, null],
  ])('the same letter to the same party last sent %s (reason %s): %s', (lastOn, reason, expected) => {
    const p = codes(checkLetter(fixtureInput({ lastSameLetterOn: lastOn, ...(reason ? { repeatReason: reason } : {}) })));
    expect(p).toEqual(expected ? [expected] : []);
  });

  it('a re-print (copy) and a receipt are not repeats', () => {
    expect(codes(checkLetter(fixtureInput({ lastSameLetterOn: '2026-12-30', copy: true })))).toEqual([]);
  });

  it('blocks unmasked personal data in free text', () => {
    expect(codes(checkLetter(fixtureInput({ freeText: `身份证 ${BORROWER.idNumber} 请核对` })))).toEqual(['block:unmasked_personal_data', 'block:unmasked_personal_data']);
    expect(codes(checkLetter(fixtureInput({ freeText: '请致电 13812345678 联系' })))).toEqual(['block:unmasked_personal_data']);
  });

  it('lists missing fields: bank phone, channels, serial, amounts', () => {
    const input = fixtureInput();
    const p = checkLetter({ ...input, branch: { ...input.branch, phone: ' ', repayChannels: [] }, serial: { ...input.serial, deviceCode: 'x' } });
    expect(p.filter((x) => x.code === 'missing_field').map((x) => x.params.field).sort()).toEqual(['bankPhone', 'repayChannels']);
    expect(p.some((x) => x.code === 'invalid_serial')).toBe(true);
    expect(p.some((x) => x.code === 'placeholder_unfilled' && x.params.placeholder === 'branchPhone')).toBe(true);
    const zero = fixtureCase();
    zero.accounts = zero.accounts.map((a) => ({ ...a, amounts: { principalFen: 0, interestFen: 0, penaltyFen: 0, compoundFen: 0, feesFen: 0 } }));
    expect(codes(checkLetter(fixtureInput({ case: zero })))).toEqual(['block:no_amount']);
  });

});

describe('custom templates from head office', () => {
  it('refuses one that lacks a statement the pack requires (rights and duties)', async () => {
    const { getTemplate } = await import('../../../shared/letters');
    const t = getTemplate('demand_notice', 'zh-CN');
    if (!t) throw new Error('no template');
    const cut = { ...t, version: '2026.9', closing: t.closing.filter((p) => !p.statements.includes('rights_and_duties')), requiredStatements: [] };
    const p = checkLetter(fixtureInput({ template: cut }));
    expect(p).toEqual([expect.objectContaining({ code: 'missing_statement', severity: 'block', params: { statement: 'rights_and_duties' }, ruleId: 'cn.letter.demandNotice' })]);
  });
});

describe('the letters’ own words pass the wording check', () => {
  // A letter names the debtor's products (信用卡、个人经营贷款…): none of the pack's wording rules may read that as
  // advice to borrow or a threat, in either language, whatever products the case has.
  const PRODUCTS = ['credit_card', 'consumer_loan', 'business_loan', 'mortgage'] as const;
  const base = fixtureCase().accounts[0]!;
  const cases = PRODUCTS.flatMap((a) => PRODUCTS.filter((b) => b !== a).map((b) => [a, b] as const));
  for (const language of ['zh-CN', 'en'] as const) {
    for (const type of ['reminder', 'demand_notice', 'final_demand', 'guarantor_demand'] as const) {
      it(`${language} ${type}: no prohibited wording for any two products`, () => {
        for (const [a, b] of cases) {
          const c = fixtureCase({ accounts: [{ ...base, product: a }, { ...base, id: 'acc-2', accountNumber: '6222020099998888', contractNumber: 'GRXF2025310115000043', product: b }] });
          const partyId = type === 'guarantor_demand' ? GUARANTOR.id : BORROWER.id;
          const wording = checkLetter(fixtureInput({ type, language, case: c, partyId })).filter((p) => p.code === 'prohibited_wording');
          expect(wording, `${a} + ${b}`).toEqual([]);
        }
      });
    }
  }
});
