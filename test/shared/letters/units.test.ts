import { describe, expect, it } from 'vitest';
import { addWorkingDays, CN_MAINLAND_CALENDAR, WEEKENDS_ONLY_CALENDAR } from '../../../shared/calendar';
import { checkWording, CN_2026 } from '../../../shared/compliance';
import type { Account } from '../../../shared/domain/case';
import {
  amountMismatches,
  decodeBase64,
  formatLetterNumber,
  getTemplate,
  LETTER_LANGUAGES,
  LETTER_MESSAGES,
  LETTER_PROBLEM_CODES,
  LETTER_TYPES,
  letterAmounts,
  missingGlyphs,
  parseLetterNumber,
  projectPenalty,
  TEMPLATES,
  verificationCode,
  verifyLetterCode,
} from '../../../shared/letters';
import { fixtureCase, TEST_CALENDAR } from './fixture';

describe('addWorkingDays (letter deadlines; the calendar itself is tested in test/shared/calendar)', () => {
  it('skips a weekend and a holiday', () => {
    // Wed 2026-12-30 + 5: Thu 31 (1), Fri 1 Jan holiday, weekend, Mon 4 (2) … Thu 7 (5).
    expect(addWorkingDays(TEST_CALENDAR, '2026-12-30', 5)).toEqual({ date: '2027-01-07', uncoveredYears: [] });
    expect(addWorkingDays(WEEKENDS_ONLY_CALENDAR, '2026-12-30', 5)).toEqual({ date: '2027-01-06', uncoveredYears: [2026, 2027] });
  });
  it('counts a make-up working Saturday (调休) and skips Golden Week', () => {
    // Wed 2026-09-30 + 3: Oct 1–7 holidays, Thu 8 (1), Fri 9 (2), Sat 10 make-up day (3).
    expect(addWorkingDays(CN_MAINLAND_CALENDAR, '2026-09-30', 3).date).toBe('2026-10-10');
  });
  it('n = 0 is the day itself; bad input throws', () => {
    expect(addWorkingDays(CN_MAINLAND_CALENDAR, '2026-11-23', 0).date).toBe('2026-11-23');
    expect(() => addWorkingDays(CN_MAINLAND_CALENDAR, '2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays(CN_MAINLAND_CALENDAR, '2026-11-23', -1)).toThrow(RangeError);
  });
});

describe('letter numbers and verification codes', () => {
  const fields = { number: 'CS-310115-2026-DK7Q2M-000123', caseId: 'case-1', partyId: 'p1', totalFen: 1_265_023, issueDate: '2026-12-30', templateId: 'cn.demand_notice', templateVersion: '2026.1' };
  it('formats and parses canonical numbers only', () => {
    expect(formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: 123 })).toBe('CS-310115-2026-DK7Q2M-000123');
    expect(parseLetterNumber('CS-310115-2026-DK7Q2M-000123')).toEqual({ branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: 123 });
    expect(parseLetterNumber('CS-310115-2026-dk7q2m-000123')).toBeNull();
    expect(parseLetterNumber('CS-310115-2026-DK7Q2M-0000123')).toBeNull();
    expect(() => formatLetterNumber({ branchCode: '3101', year: 2026, deviceCode: 'DK7Q2M', counter: 1 })).toThrow(RangeError);
    expect(() => formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: 0 })).toThrow(RangeError);
  });
  it('is 8 Crockford base32 characters that head office can recompute', () => {
    const code = verificationCode(fields);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(verificationCode({ ...fields })).toBe(code);
    expect(verifyLetterCode(fields, code)).toBe(true);
    expect(verifyLetterCode(fields, `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`)).toBe(true);
    expect(verifyLetterCode({ ...fields, totalFen: 1_265_024 }, code)).toBe(false);
    expect(verifyLetterCode({ ...fields, number: 'CS-310115-2026-DK7Q2M-000124' }, code)).toBe(false);
    expect(verifyLetterCode({ ...fields, templateVersion: '2026.2' }, code)).toBe(false);
  });
});

describe('amounts', () => {
  const account = fixtureCase().accounts[0] as Account;
  it('projects penalty interest: principal × rate / 10000 × days / 360, half up', () => {
    expect(projectPenalty(account, '2026-12-30')).toEqual({ fen: 2500, days: 5 });
    expect(projectPenalty(account, '2026-12-25')).toEqual({ fen: 0, days: 0 });
    expect(projectPenalty(account, '2026-12-20')).toEqual({ fen: 0, days: 0 });
    // 100 fen × 18000 bp × 1 day / 3,600,000 = 0.5 → 1; 0.4999… → 0.
    expect(projectPenalty({ ...account, amounts: { ...account.amounts, principalFen: 100 }, penaltyRateBps: 18_000, snapshotDate: '2026-12-29' }, '2026-12-30').fen).toBe(1);
    expect(projectPenalty({ ...account, amounts: { ...account.amounts, principalFen: 99 }, penaltyRateBps: 18_000, snapshotDate: '2026-12-29' }, '2026-12-30').fen).toBe(0);
    // 1,234,567 × 1850 × 3 / 3,600,000 = 1903.29 → 1903.
    expect(projectPenalty({ ...account, amounts: { ...account.amounts, principalFen: 1_234_567 }, penaltyRateBps: 1850, snapshotDate: '2026-12-27' }, '2026-12-30').fen).toBe(1903);
    expect(projectPenalty({ ...account, dpd: 0 }, '2026-12-30').fen).toBe(0);
  });
  it('itemises per account and the parts sum to the total', () => {
    const a = letterAmounts([account, { ...account, id: 'acc-2', contractNumber: 'XYK2', penaltyRateBps: 0 }], '2026-12-30');
    expect(a.asOfTotalFen).toBe(2 * 1_262_523);
    expect(a.projectedPenaltyFen).toBe(2500);
    expect(a.totalFen).toBe(2 * 1_262_523 + 2500);
    expect(amountMismatches(a)).toEqual([]);
    const broken = { ...a, totalFen: a.totalFen + 1 };
    expect(amountMismatches(broken).map((m) => m.where)).toEqual(['paid_since']);
    const line = { ...a, perAccount: [{ ...a.perAccount[0]!, interestFen: a.perAccount[0]!.interestFen + 1 }, a.perAccount[1]!] };
    expect(amountMismatches(line).map((m) => m.where)).toEqual([a.perAccount[0]!.contractNumber, 'components']);
  });

  // Snapshot date 2026-12-25 in the fixture; the letter is dated 2026-12-30.
  const paid = (paidOn: string, amountFen: number, source = 'receipt', reference: string | null = 'SK-1') => ({ paidOn, amountFen, source, reference });
  it.each([
    ['on the snapshot date (already in it)', [paid('2026-12-25', 10_000)], 0],
    ['after the snapshot, before the letter', [paid('2026-12-26', 10_000)], 10_000],
    ['on the letter date', [paid('2026-12-30', 10_000, 'transfer', null)], 10_000],
    ['after the letter date (not yet counted)', [paid('2026-12-31', 10_000)], 0],
    ['two, one counted', [paid('2026-12-27', 30_000), paid('2026-12-20', 5_000)], 30_000],
  ])('deducts what was paid %s', (_what, payments, deducted) => {
    const a = letterAmounts([account], '2026-12-30', payments);
    expect(a.totalFen).toBe(1_262_523 + 2500 - deducted);
    expect(a.paidSinceFen ?? 0).toBe(deducted);
    expect(amountMismatches(a)).toEqual([]);
  });
  it('never asks for less than nothing', () => {
    const a = letterAmounts([account], '2026-12-30', [paid('2026-12-28', 99_999_999)]);
    expect(a.totalFen).toBe(0);
    expect(amountMismatches(a)).toEqual([]);
  });
});

describe('glyph coverage', () => {
  it('decodes base64 without Buffer', () => {
    expect([...decodeBase64('AAEC/w==')]).toEqual([0, 1, 2, 255]);
    expect(() => decodeBase64('A*==')).toThrow(RangeError);
  });
  it('knows rare characters the font has and finds the ones it lacks', () => {
    expect(missingGlyphs('𠮷䶮㛃 张三\n\t')).toEqual([]);
    // U+2B820 (CJK Ext E) is not in Source Han Sans SC 2.001 (checked with fontkit).
    expect(missingGlyphs('王𫠠明𫠠')).toEqual(['𫠠']);
    expect(missingGlyphs('\u{30000}')).toEqual(['\u{30000}']);
    expect(missingGlyphs('a\u200Db\uFE0F')).toEqual([]);
  });
});

describe('templates', () => {
  it('has zh-CN and en for every type', () => {
    for (const type of LETTER_TYPES) for (const lang of LETTER_LANGUAGES) expect(getTemplate(type, lang)?.type).toBe(type);
    expect(new Set(TEMPLATES.map((t) => `${t.id}@${t.version}`)).size).toBe(TEMPLATES.length);
  });
  it('pass the CN pack wording check (no threats, no exaggerated consequences)', () => {
    for (const t of TEMPLATES) {
      const text = [t.title, t.salutation, ...t.paragraphs.map((p) => p.text), ...t.closing.map((p) => p.text)].join('\n');
      expect(checkWording(CN_2026, text), t.id).toEqual([]);
      expect(text).not.toMatch(/坐牢|拘留|后果自负|黑名单|arrest|jail|prison/i);
    }
  });
  it('the demand notice covers every statement the pack requires', () => {
    const rule = CN_2026.letters.find((r) => r.letterType === 'demand_notice');
    const t = getTemplate('demand_notice', 'zh-CN');
    const said = new Set([...(t?.paragraphs ?? []), ...(t?.closing ?? [])].flatMap((p) => p.statements as string[]));
    for (const key of rule?.requiredStatements ?? []) expect(key === 'seal' ? t?.sealArea : said.has(key), key).toBe(true);
    expect(t?.acknowledgement).toBe(true);
  });
});

describe('LETTER_MESSAGES', () => {
  it('has a message for every problem code in both languages', () => {
    for (const lang of LETTER_LANGUAGES) for (const code of LETTER_PROBLEM_CODES) expect(LETTER_MESSAGES[lang].letters.problem[code], `${lang} ${code}`).toMatch(/\S/);
  });
});
