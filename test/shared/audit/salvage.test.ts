import { describe, expect, it } from 'vitest';
import { appendAudit, checkAuditBatch, INVALID_FIELD, salvageAuditEntry } from '../../../shared/audit';

const entry = appendAudit(null, {
  id: 'audit-1',
  at: '2026-11-23T09:00:00+08:00',
  userId: 'u-1',
  deviceId: 'D1',
  action: 'receipt.record',
  entity: { kind: 'receipt', id: 'r-1' },
  caseId: null,
  before: null,
  after: { amountFen: 100 },
});

describe('salvageAuditEntry', () => {
  it('a valid entry comes back as it is, nothing invalid', () => {
    expect(salvageAuditEntry(JSON.parse(JSON.stringify(entry)), 'D1')).toEqual({ ok: true, entry, invalid: [] });
  });

  it.each([
    ['action', 'DROP TABLE', { action: `${INVALID_FIELD}.entry` }],
    ['hash', 'x', { hash: 'f'.repeat(64) }],
    ['entity', 'receipt', { entity: { kind: INVALID_FIELD, id: INVALID_FIELD } }],
    ['at', 'yesterday', { at: '1970-01-01T00:00:00.000Z' }],
    ['deviceId', 42, { deviceId: 'D1' }],
  ])('an invalid %s is replaced by a placeholder and named', (field, value, replaced) => {
    const salvaged = salvageAuditEntry({ ...entry, [field]: value }, 'D1');
    expect(salvaged).toMatchObject({ ok: true, invalid: [field], entry: { ...replaced, seq: 1 } });
  });

  it.each([
    ['not an object', 'x', ''],
    ['a list', [entry], ''],
    ['no seq', { ...entry, seq: undefined }, 'seq'],
    ['seq 0', { ...entry, seq: 0 }, 'seq'],
  ])('%s cannot be placed: refused, naming where', (_why, raw, path) => {
    expect(salvageAuditEntry(raw, 'D1')).toMatchObject({ ok: false, path });
  });

  it('a salvaged entry never passes the chain check, even with a hash made for its placeholders', () => {
    const salvaged = salvageAuditEntry({ ...entry, action: 'BAD' }, 'D1');
    if (!salvaged.ok) throw new Error('not salvaged');
    const check = checkAuditBatch({ head: null, at: new Map() }, [salvaged.entry], new Set([0]));
    expect(check.breaks.map((b) => b.kind)).toEqual(['changed']);
  });
});
