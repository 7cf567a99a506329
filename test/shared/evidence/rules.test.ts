import { describe, expect, it } from 'vitest';
import { mayDropLocalCopy } from '../../../shared/evidence/retention';
import { sniffEvidenceType } from '../../../shared/evidence/sniff';

describe('mayDropLocalCopy: a device drops its copy only once head office holds it, and only when old', () => {
  const now = new Date('2026-12-31T00:00:00+08:00');
  it.each([
    ['confirmed, 40 days old, keep 30', '2026-11-21T00:00:00+08:00', '2026-11-22T00:00:00Z', 30, true],
    ['confirmed, exactly 30 days old', '2026-12-01T00:00:00+08:00', '2026-12-01T01:00:00Z', 30, true],
    ['confirmed, 29 days old', '2026-12-02T00:00:00+08:00', '2026-12-02T01:00:00Z', 30, false],
    ['never confirmed, years old', '2020-01-01T00:00:00+08:00', null, 30, false],
    ['never confirmed, keep 1 day', '2026-01-01T00:00:00+08:00', null, 1, false],
    ['an unreadable date is kept', 'yesterday', '2026-11-22T00:00:00Z', 1, false],
  ] as const)('%s', (_why, addedAt, confirmedAt, keepDays, expected) => {
    expect(mayDropLocalCopy({ addedAt, confirmedAt }, now, keepDays)).toBe(expected);
  });
  it('refuses a keep period that is not a whole number of days from 1 to 3650', () => {
    for (const days of [0, -1, 1.5, 4000]) expect(() => mayDropLocalCopy({ addedAt: '2026-01-01T00:00:00Z', confirmedAt: null }, now, days)).toThrow(RangeError);
  });
});

describe('sniffEvidenceType: what the bytes are, whatever was declared', () => {
  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0], 'image/jpeg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    ['PDF', [...Buffer.from('%PDF-1.7')], 'application/pdf'],
    ['a Windows program (MZ)', [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0], null],
    ['a ZIP (an .xlsx renamed .jpg)', [0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0], null],
    ['too short to tell', [0xff, 0xd8], null],
    ['nothing', [], null],
  ] as const)('%s', (_what, bytes, expected) => {
    expect(sniffEvidenceType(new Uint8Array(bytes))).toBe(expected);
  });
});
