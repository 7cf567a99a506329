import { describe, expect, it } from 'vitest';
import { ATTACHMENT_LIMITS, checkAttachment, sha256Hex, validateVisitRecord, visitResultDayProblem, type VisitProblemCode } from '../../../shared/fieldwork/visits';
import type { Visit } from '../../../shared/fieldwork/records';

type V = Pick<Visit, 'staff' | 'status' | 'outcome' | 'peopleMet'>;
const visit = (over: Partial<V> = {}): V => ({ staff: ['王伟', '李娜'], status: 'done', outcome: 'met', peopleMet: '借款人本人', ...over });

describe('validateVisitRecord', () => {
  it.each<[string, V, number | undefined, VisitProblemCode[]]>([
    ['two staff, met, who named', visit(), undefined, []],
    ['planned, no outcome yet', visit({ status: 'planned', outcome: null, peopleMet: null }), undefined, []],
    ['one person', visit({ staff: ['王伟'] }), undefined, ['too_few_staff']],
    ['nobody', visit({ staff: [] }), undefined, ['too_few_staff']],
    ['the same name twice', visit({ staff: ['王伟', '王伟'] }), undefined, ['staff_duplicate', 'too_few_staff']],
    ['the same name with spaces and case', visit({ staff: ['Wang Wei', ' wang wei '] }), undefined, ['staff_duplicate', 'too_few_staff']],
    ['a blank name beside one real', visit({ staff: ['王伟', '  '] }), undefined, ['staff_name_empty', 'too_few_staff']],
    ['a blank name beside two real', visit({ staff: ['王伟', '', '李娜'] }), undefined, ['staff_name_empty']],
    ['three staff when three are required', visit({ staff: ['王伟', '李娜', '张敏'] }), 3, []],
    ['two staff when three are required', visit(), 3, ['too_few_staff']],
    ['one person when one is enough', visit({ staff: ['王伟'] }), 1, []],
    ['met but nobody named', visit({ peopleMet: null }), undefined, ['people_met_required']],
    ['met, blank who', visit({ peopleMet: '   ' }), undefined, ['people_met_required']],
    ['not at home needs no one named', visit({ outcome: 'not_at_home', peopleMet: null }), undefined, []],
    ['done without an outcome', visit({ outcome: null, peopleMet: null }), undefined, ['outcome_required']],
    ['a phone outcome on a visit', visit({ outcome: 'busy' }), undefined, ['outcome_not_for_visit']],
  ])('%s', (_name, v, minStaff, codes) => {
    expect(validateVisitRecord(v, minStaff).map((p) => p.code)).toEqual(codes);
  });

  it('says how many staff were needed and given, and which name repeats', () => {
    expect(validateVisitRecord(visit({ staff: [' 王伟', '王伟 '] }))).toEqual([
      { code: 'staff_duplicate', field: 'staff', params: { name: '王伟' } },
      { code: 'too_few_staff', field: 'staff', params: { min: 2, actual: 1 } },
    ]);
  });

  it('treats composed and decomposed forms of a name as one person', () => {
    expect(validateVisitRecord(visit({ staff: ['Zoë', 'Zoe\u0308'] })).map((p) => p.code)).toEqual(['staff_duplicate', 'too_few_staff']);
  });
});

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [...'%PDF-1.7'].map((c) => c.charCodeAt(0));
const EXE = [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

describe('checkAttachment', () => {
  const file = (fileName: string, mimeType: string, bytes: number[], sizeBytes = 1_000) => ({
    fileName,
    mimeType,
    sizeBytes,
    firstBytes: new Uint8Array(bytes),
  });

  it.each([
    ['photo.jpg', 'image/jpeg', JPEG],
    ['PHOTO.JPEG', 'image/jpeg', JPEG],
    ['门牌照片.png', 'image/png', PNG],
    ['回执 扫描件.pdf', 'application/pdf', PDF],
  ])('accepts %s', (fileName, mimeType, bytes) => {
    expect(checkAttachment(file(fileName, mimeType, bytes))).toEqual({ ok: true, type: mimeType });
  });

  it.each([
    ['exactly the limit', ATTACHMENT_LIMITS.maxBytes, { ok: true, type: 'image/jpeg' }],
    ['one byte over', ATTACHMENT_LIMITS.maxBytes + 1, { ok: false, code: 'too_large' }],
    ['one byte', 1, { ok: true, type: 'image/jpeg' }],
    ['zero bytes', 0, { ok: false, code: 'empty' }],
    ['a negative size', -1, { ok: false, code: 'empty' }],
  ])('size: %s', (_name, sizeBytes, expected) => {
    expect(checkAttachment(file('a.jpg', 'image/jpeg', JPEG, sizeBytes))).toEqual(expected);
  });

  it('the limit is 10 MiB', () => {
    expect(ATTACHMENT_LIMITS.maxBytes).toBe(10_485_760);
  });

  it.each([
    ['no first bytes', file('a.jpg', 'image/jpeg', []), 'empty'],
    ['an .exe', file('a.exe', 'application/octet-stream', EXE), 'type_not_allowed'],
    ['a .gif declared as gif', file('a.gif', 'image/gif', [0x47, 0x49, 0x46, 0x38]), 'type_not_allowed'],
    ['an .exe declared as a JPEG', file('a.exe', 'image/jpeg', EXE), 'type_not_allowed'],
    ['no extension', file('photo', 'image/jpeg', JPEG), 'type_not_allowed'],
    ['an executable renamed .jpg', file('a.jpg', 'image/jpeg', EXE), 'content_mismatch'],
    ['a PNG named .jpg', file('a.jpg', 'image/jpeg', PNG), 'content_mismatch'],
    ['a .pdf name declared as PNG', file('a.pdf', 'image/png', PNG), 'content_mismatch'],
    ['a PDF declared as JPEG', file('a.jpg', 'image/jpeg', PDF), 'content_mismatch'],
    ['only part of the PNG signature', file('a.png', 'image/png', [0x89, 0x50, 0x4e, 0x47]), 'content_mismatch'],
    ['a JPEG signature one byte short', file('a.jpg', 'image/jpeg', [0xff, 0xd8]), 'content_mismatch'],
    ['"%PDX" instead of "%PDF-"', file('a.pdf', 'application/pdf', [0x25, 0x50, 0x44, 0x58, 0x2d]), 'content_mismatch'],
  ])('refuses %s', (_name, f, code) => {
    expect(checkAttachment(f)).toEqual({ ok: false, code });
  });

  it.each([
    ['a parent path', '../x.jpg'],
    ['just ..', '..'],
    ['a folder', 'a/b.jpg'],
    ['a Windows folder', 'a\\b.jpg'],
    ['an absolute Windows path', 'C:\\x.jpg'],
    ['a NUL byte', 'x.jpg\u0000.exe'],
    ['a newline', 'x\n.jpg'],
    ['a tab', 'x\t.jpg'],
    ['DEL', 'x\u007f.jpg'],
    ['a right-to-left override', 'photo\u202Egpj.exe'],
    ['a zero-width space', 'x\u200B.jpg'],
    ['a line separator', 'x\u2028.jpg'],
    ['a hidden name', '.jpg'],
    ['a Windows device name', 'CON.jpg'],
    ['a trailing dot', 'x.jpg.'],
    ['empty', ''],
    ['201 characters', `${'a'.repeat(197)}.jpg`],
  ])('refuses a name with %s', (_name, fileName) => {
    expect(checkAttachment(file(fileName, 'image/jpeg', JPEG))).toEqual({ ok: false, code: 'unsafe_name' });
  });

  it('accepts a name of 200 characters', () => {
    expect(checkAttachment(file(`${'a'.repeat(196)}.jpg`, 'image/jpeg', JPEG)).ok).toBe(true);
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('of %j', (text, hex) => {
    expect(sha256Hex(new Uint8Array([...text].map((c) => c.charCodeAt(0))))).toBe(hex);
  });
});

describe('visitResultDayProblem', () => {
  it.each([
    ['planned for today', '2026-12-04', '2026-12-04', null],
    ['planned for yesterday, written up today', '2026-12-03', '2026-12-04', null],
    ['planned for tomorrow', '2026-12-05', '2026-12-04', 'result_before_visit_day'],
    ['planned for next year', '2027-01-01', '2026-12-31', 'result_before_visit_day'],
  ])('%s', (_, plannedFor, today, code) => {
    expect(visitResultDayProblem(plannedFor, today)?.code ?? null).toBe(code);
  });
  it('names the planned day, for the message', () => {
    expect(visitResultDayProblem('2026-12-05', '2026-12-04')).toEqual({ code: 'result_before_visit_day', field: 'plannedFor', params: { date: '2026-12-05' } });
  });
});
