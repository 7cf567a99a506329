import { describe, expect, it } from 'vitest';
import { exceptionsPerCollector } from '../../../shared/conduct';

const x = (userId: string, recordId: string, ruleId: string, overriddenBy: string | null = null) => ({ userId, recordId, ruleId, overriddenBy });

describe('conduct exceptions per collector (for the KPIs)', () => {
  it.each([
    ['none', [], []],
    ['one', [x('u1', 'r1', 'w')], [{ userId: 'u1', count: 1, byRule: { w: 1 } }]],
    ['two rules on one record count twice, per rule', [x('u1', 'r1', 'w'), x('u1', 'r1', 'cap')], [{ userId: 'u1', count: 2, byRule: { w: 1, cap: 1 } }]],
    ['the same record and rule listed twice counts once', [x('u1', 'r1', 'w'), x('u1', 'r1', 'w')], [{ userId: 'u1', count: 1, byRule: { w: 1 } }]],
    ['one an override covered does not count', [x('u1', 'r1', 'w', 'ov1'), x('u1', 'r2', 'w')], [{ userId: 'u1', count: 1, byRule: { w: 1 } }]],
    ['most first, then by id', [x('u2', 'r1', 'w'), x('u1', 'r2', 'w'), x('u3', 'r3', 'w'), x('u3', 'r4', 'w')], [
      { userId: 'u3', count: 2, byRule: { w: 2 } },
      { userId: 'u1', count: 1, byRule: { w: 1 } },
      { userId: 'u2', count: 1, byRule: { w: 1 } },
    ]],
  ] as const)('%s', (_name, input, expected) => {
    expect(exceptionsPerCollector(input)).toEqual(expected);
  });
});
