import { describe, expect, it } from 'vitest';
import { addWorkingDays, CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { buildLetter, checkLetter, LETTER_MESSAGES, prepareLetter } from '../../../shared/letters';
import {
  BUILT_IN_LIMITS,
  CalendarYearSchema,
  calendarWith,
  configInForce,
  imageTypeOf,
  letterBranchOf,
  LetterheadSchema,
  PublishedConfigSchema,
  type PublishedConfig,
} from '../../../shared/publishedConfig';
import { CALENDAR_2027_PROVISIONAL, demoLetterhead } from '../../../shared/publishedConfig/demo';
import { decodeBase64 } from '../../../shared/letters';
import { fixtureInput } from '../letters/fixture';

const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const JPEG_HEAD = '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';
const GIF_1PX = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

const head = demoLetterhead('310115')!;
const at = '2026-11-23T01:00:00.000Z';
const letterheadV = (version: number, over: Partial<typeof head> = {}, scope = '310115'): PublishedConfig =>
  PublishedConfigSchema.parse({ kind: 'letterhead', scope, key: '', version, publishedBy: 'demo-admin', publishedAt: at, payload: { ...head, ...over } });
const limitsV = (scope: string, version: number, graceDays: number): PublishedConfig =>
  PublishedConfigSchema.parse({ kind: 'limits', scope, key: '', version, publishedBy: 'demo-admin', publishedAt: at, payload: { ...BUILT_IN_LIMITS, graceDays } });
const year2027 = (version: number): PublishedConfig =>
  PublishedConfigSchema.parse({ kind: 'calendar', scope: 'bank', key: '2027', version, publishedBy: 'demo-admin', publishedAt: at, payload: CALENDAR_2027_PROVISIONAL });

describe('the letterhead schema', () => {
  it('takes the demo letterheads, with no seal or a PNG or JPEG seal', () => {
    expect(LetterheadSchema.safeParse(head).success).toBe(true);
    expect(LetterheadSchema.safeParse({ ...head, seal: { mediaType: 'image/png', base64: PNG_1PX } }).success).toBe(true);
    expect(LetterheadSchema.safeParse({ ...head, seal: { mediaType: 'image/jpeg', base64: JPEG_HEAD } }).success).toBe(true);
  });

  it.each([
    ['a GIF', { mediaType: 'image/png', base64: GIF_1PX }, 'not a PNG or JPEG'],
    ['a PNG said to be a JPEG', { mediaType: 'image/jpeg', base64: PNG_1PX }, 'is image/png, not image/jpeg'],
    ['text that is not base64', { mediaType: 'image/png', base64: '!!!!' }, 'not base64'],
    ['bytes over 200 KB', { mediaType: 'image/png', base64: PNG_1PX + 'A'.repeat(280_000) }, 'larger than 200 KB'],
  ])('refuses %s as the seal', (_what, seal, message) => {
    const res = LetterheadSchema.safeParse({ ...head, seal });
    expect(res.success).toBe(false);
    expect(res.error!.issues.map((i) => i.message).join(' ')).toContain(message);
  });

  it('tells the image type from the bytes', () => {
    expect(imageTypeOf(decodeBase64(PNG_1PX))).toBe('image/png');
    expect(imageTypeOf(decodeBase64(JPEG_HEAD))).toBe('image/jpeg');
    expect(imageTypeOf(decodeBase64(GIF_1PX))).toBeNull();
  });

  it('refuses a 5-digit postcode, an empty channel list and a letterhead for the whole bank', () => {
    expect(LetterheadSchema.safeParse({ ...head, postcode: '20012' }).success).toBe(false);
    expect(LetterheadSchema.safeParse({ ...head, repayChannels: [] }).success).toBe(false);
    expect(PublishedConfigSchema.safeParse({ kind: 'letterhead', scope: 'bank', key: '', version: 1, publishedBy: 'a', publishedAt: at, payload: head }).success).toBe(false);
  });
});

describe('a published calendar year', () => {
  const year = (over: Partial<typeof CALENDAR_2027_PROVISIONAL>) => CalendarYearSchema.safeParse({ ...CALENDAR_2027_PROVISIONAL, ...over });
  it.each([
    ['a holiday in another year', { holidays: ['2027-01-01', '2028-01-01'] }, '2028-01-01 is not in 2027'],
    ['a day listed twice', { holidays: ['2027-01-01', '2027-01-01'] }, 'listed twice'],
    ['a make-up day on a weekday', { workdays: ['2027-02-10'] }, 'is a weekday'],
    ['a make-up day that is also a holiday', { holidays: ['2027-02-13'], workdays: ['2027-02-13'] }, 'both a holiday and a make-up'],
    ['no holiday at all', { holidays: [] }, 'a year has public holidays'],
  ])('refuses %s', (_what, over, message) => {
    const res = year(over);
    expect(res.success).toBe(false);
    expect(res.error!.issues.map((i) => i.message).join(' ')).toContain(message);
  });

  it('takes a 元旦 break that begins in the last days of the year before, and a Saturday make-up day', () => {
    expect(year({ holidays: ['2026-12-31', '2027-01-01'], workdays: ['2027-02-20'] }).success).toBe(true);
  });

  it('replaces or adds its year in the built-in calendar, and the version names it', () => {
    const cal = calendarWith(CN_MAINLAND_CALENDAR, [{ version: 3, notice: CALENDAR_2027_PROVISIONAL }]);
    expect(cal.notices.map((n) => n.year)).toEqual([2025, 2026, 2027]);
    expect(cal.version).toBe(`${CN_MAINLAND_CALENDAR.version}+2027v3`);
    // 春节 2027: 5–8 February off; one working day after Thursday the 4th is Tuesday the 9th, nothing uncovered.
    expect(addWorkingDays(cal, '2027-02-04', 1)).toEqual({ date: '2027-02-09', uncoveredYears: [] });
    expect(addWorkingDays(CN_MAINLAND_CALENDAR, '2027-02-04', 1)).toEqual({ date: '2027-02-05', uncoveredYears: [2027] });
    expect(calendarWith(CN_MAINLAND_CALENDAR, [])).toBe(CN_MAINLAND_CALENDAR);
  });
});

describe('what a device works with', () => {
  it('the newest letterhead of each branch; branch limits over the bank’s over the built-in ones', () => {
    const held = [letterheadV(1), letterheadV(2, { address: '新地址 2 号' }), letterheadV(1, {}, '110105'), limitsV('bank', 1, 5), limitsV('310115', 1, 7), year2027(1)];
    const pudong = configInForce(held, '310115', CN_MAINLAND_CALENDAR);
    expect(pudong.letterheads.get('310115')!.version).toBe(2);
    expect(pudong.limits.graceDays).toBe(7);
    expect(pudong.limitsFrom).toEqual({ scope: '310115', version: 1 });
    expect(configInForce(held, '110105', CN_MAINLAND_CALENDAR).limits.graceDays).toBe(5);
    expect(configInForce([], '110105', CN_MAINLAND_CALENDAR)).toMatchObject({ limits: BUILT_IN_LIMITS, limitsFrom: null, calendarYears: [] });
    expect(pudong.calendarYears).toEqual([{ year: 2027, version: 1, title: CALENDAR_2027_PROVISIONAL.title }]);
  });

  it('prints the published letterhead: its address, the repayment account, the seal image, and records the version', () => {
    const published = letterheadV(4, { address: '上海市浦东新区新地址 9 号', seal: { mediaType: 'image/png', base64: PNG_1PX } });
    const branch = letterBranchOf(published as Extract<PublishedConfig, { kind: 'letterhead' }>, 'zh-CN');
    expect(branch.repayChannels.at(-1)).toContain(`账号：${head.repayAccount.number}`);
    const built = buildLetter(fixtureInput({ branch }));
    expect(built.issued).toBe(true);
    expect(built.record!.letterheadVersion).toBe(4);
    const json = JSON.stringify(built.docDefinition!.content);
    expect(json).toContain('上海市浦东新区新地址 9 号');
    expect(json).toContain(`data:image/png;base64,${PNG_1PX}`);
  });

  it('refuses a letter whose branch has no published letterhead, naming the branch, in both languages', () => {
    const input = fixtureInput({ branch: { code: '310115', name: '上海浦东支行', address: '', postcode: '', phone: '', disputePhone: '', repayChannels: [], letterheadMissing: {} } });
    expect(checkLetter(input)).toEqual([{ code: 'letterhead_missing', severity: 'block', params: { branch: '上海浦东支行（310115）', version: '' } }]);
    expect(buildLetter(input).issued).toBe(false);
    expect(LETTER_MESSAGES['zh-CN'].letters.problem.letterhead_missing).toContain('{{branch}}');
    expect(LETTER_MESSAGES.en.letters.problem.letterhead_missing).toContain('{{branch}}');
  });

  it('counts a letter’s deadline with the published 2027 and warns no more', () => {
    const calendar = configInForce([year2027(1)], '310115', CN_MAINLAND_CALENDAR).calendar;
    const input = fixtureInput({ calendar, issueDate: '2026-12-30' });
    // Thu 31 Dec, (Fri 1 Jan off), Mon 4, Tue 5, Wed 6, Thu 7.
    expect(prepareLetter(input).deadline).toBe('2027-01-07');
    expect(checkLetter(input).filter((p) => p.code === 'calendar_not_covered')).toEqual([]);
  });
});

describe('typing and uploading a year’s days', () => {
  it('reads dates and first..last ranges, one per line, and names the first unreadable line', async () => {
    const { readDayLines, readDaysCsv } = await import('../../../shared/publishedConfig');
    expect(readDayLines('2027-01-01\n\n2027-02-05..2027-02-08\n')).toEqual({ ok: true, days: ['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] });
    expect(readDayLines('2027-01-01\n2027-02-30')).toEqual({ ok: false, line: 2, text: '2027-02-30' });
    expect(readDayLines('2027-02-08..2027-02-05')).toEqual({ ok: false, line: 1, text: '2027-02-08..2027-02-05' });
    expect(readDaysCsv('date,type\n2027-01-01,holiday\n2027-02-20,workday\n')).toEqual({ ok: true, holidays: ['2027-01-01'], workdays: ['2027-02-20'] });
    expect(readDaysCsv('date,type\n2027-01-01,day off')).toEqual({ ok: false, line: 2, text: '2027-01-01,day off' });
  });
});

describe('a branch’s rule-pack parameters', () => {
  it('narrow the contact window and lower a cap; the rest of the pack is the pack’s', async () => {
    const { CN_2026 } = await import('../../../shared/compliance');
    const { RulePackParamsSchema, packWithParams } = await import('../../../shared/publishedConfig');
    const params = RulePackParamsSchema.parse({ packId: 'cn-2026', contactWindows: [{ ruleId: 'cn.window.contactHours', start: '09:00', end: '20:00' }], caps: [{ ruleId: 'cn.cap.unansweredPerNumber', limit: 3 }] });
    const pack = packWithParams(CN_2026, params);
    expect(pack.contactWindows[0]).toMatchObject({ id: 'cn.window.contactHours', start: '09:00', end: '20:00' });
    expect(pack.frequency.find((r) => r.id === 'cn.cap.unansweredPerNumber')).toMatchObject({ limit: 3 });
    expect(pack.wording).toBe(CN_2026.wording);
    expect(packWithParams(CN_2026, null)).toBe(CN_2026);
    expect(packWithParams(CN_2026, { ...params, packId: 'uk-fca' })).toBe(CN_2026);
  });

  it.each([
    ['a window wider than the pack’s', { contactWindows: [{ ruleId: 'cn.window.contactHours', start: '07:00', end: '20:00' }], caps: [] }, 'a branch may only narrow it'],
    ['a cap above the pack’s', { contactWindows: [], caps: [{ ruleId: 'cn.cap.unansweredPerNumber', limit: 9 }] }, 'a branch may only lower it'],
    ['a rule the pack does not have', { contactWindows: [], caps: [{ ruleId: 'cn.cap.nothing', limit: 1 }] }, 'has no cap cn.cap.nothing'],
    ['a window that ends before it starts', { contactWindows: [{ ruleId: 'cn.window.contactHours', start: '12:00', end: '10:00' }], caps: [] }, 'starts before it ends'],
  ])('refuse %s', async (_what, over, message) => {
    const { RulePackParamsSchema } = await import('../../../shared/publishedConfig');
    const res = RulePackParamsSchema.safeParse({ packId: 'cn-2026', ...over });
    expect(res.success).toBe(false);
    expect(res.error!.issues.map((i) => i.message).join(' ')).toContain(message);
  });
});

describe('a published letter template', () => {
  it('is a new version of the shared template shape; the built-in version, a branch scope or a bad statement are refused', async () => {
    const { CN_REMINDER_ZH } = await import('../../../shared/letters/templates/reminder');
    const { LetterTemplateSchema, keyOf } = await import('../../../shared/publishedConfig');
    const next = { ...CN_REMINDER_ZH, version: '2027.1', title: '逾期还款提醒函（新版）' };
    expect(LetterTemplateSchema.safeParse(next).success).toBe(true);
    expect(keyOf('letterTemplate', next)).toBe('reminder.zh-CN');
    expect(LetterTemplateSchema.safeParse(CN_REMINDER_ZH).error!.issues[0]!.message).toContain('already has this version');
    expect(LetterTemplateSchema.safeParse({ ...CN_REMINDER_ZH, version: '2026.2' }).error!.issues[0]!.message).toContain('already has this version');
    // English templates have ids of their own (cn.reminder.en), and may be published too.
    const { CN_REMINDER_EN } = await import('../../../shared/letters/templates/reminder');
    expect(LetterTemplateSchema.safeParse({ ...CN_REMINDER_EN, version: '2027.1' }).success).toBe(true);
    expect(LetterTemplateSchema.safeParse({ ...next, paragraphs: [{ statements: ['nonsense'], text: 'x' }] }).success).toBe(false);
    expect(PublishedConfigSchema.safeParse({ kind: 'letterTemplate', scope: '310115', key: 'reminder.zh-CN', version: 1, publishedBy: 'a', publishedAt: at, payload: next }).success).toBe(false);
    // A letter built with it prints its title and records its version.
    const built = buildLetter(fixtureInput({ type: 'reminder', template: LetterTemplateSchema.parse(next) }));
    expect(built.record?.templateVersion).toBe('2027.1');
    expect(JSON.stringify(built.docDefinition!.content)).toContain('逾期还款提醒函（新版）');
  });
});
