import { describe, expect, it } from 'vitest';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { maskField, mayUnmask } from '../../../shared/compliance/personalData';

describe('CN personal data: masks and who may unmask', () => {
  it.each([
    ['phone', 'display', '13812341234', '138****1234'],
    ['idNumber', 'display', '110101199003071234', '110101********1234'],
    ['card', 'export', '6222021234567890123', '622202*********0123'],
    ['name', 'display', '张三', '张三'], // the collector's own screen
    ['name', 'export', '张三', '张*'], // where a third party could see it
    ['name', 'export', '欧阳娜娜', '欧阳**'],
  ] as const)('%s %s: %s -> %s', (field, purpose, value, masked) => {
    expect(maskField(CN_2026, field, purpose, value)).toBe(masked);
  });

  it.each([
    ['idNumber', 'collector', false],
    ['idNumber', 'supervisor', true],
    ['card', 'clerk', false],
    ['card', 'head_office_admin', true],
    ['phone', 'collector', true],
    ['phone', 'clerk', false],
  ] as const)('%s unmasked by a %s: %s', (field, role, allowed) => {
    expect(mayUnmask(CN_2026, field, role)).toBe(allowed);
  });
});
