import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
  AUDIT_GENESIS_HASH,
  AuditEntrySchema,
  appendAudit,
  hashAuditEntry,
  verifyAuditChain,
  type AuditChainVerdict,
  type AuditEntry,
  type AuditInput,
} from '../../../shared/audit';

const ACTIONS = ['activity.record', 'receipt.void', 'plan.approve', 'compliance.override'] as const;

function input(i: number, deviceId = 'D0042'): AuditInput {
  return {
    id: `audit-${i}`,
    at: new Date(Date.UTC(2025, 2, 1, 1, 0, i)).toISOString(),
    userId: 'u-collector-7',
    deviceId,
    action: ACTIONS[i % ACTIONS.length]!,
    entity: { kind: 'receipt', id: `r-${i}` },
    caseId: i % 5 === 0 ? null : `demo-case-${i % 7}`,
    before: i === 1 ? null : { amountFen: i * 100, voided: false },
    after: { amountFen: i * 100, voided: i % 2 === 0, payer: '张三' },
  };
}

function chain(n: number, deviceId = 'D0042'): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) entries.push(appendAudit(entries[i - 2] ?? null, input(i, deviceId)));
  return entries;
}

const rehash = (e: AuditEntry): AuditEntry => ({ ...e, hash: hashAuditEntry(e) });

describe('appendAudit', () => {
  it('starts a device chain at seq 1 on the genesis hash, and links each entry to the one before', () => {
    const [first, second, third] = chain(3);
    expect(first!.seq).toBe(1);
    expect(first!.prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(AUDIT_GENESIS_HASH).toBe('0'.repeat(64));
    expect(second!.seq).toBe(2);
    expect(second!.prevHash).toBe(first!.hash);
    expect(third!.seq).toBe(3);
    expect(third!.prevHash).toBe(second!.hash);
    for (const e of [first, second, third]) expect(AuditEntrySchema.parse(e)).toEqual(e);
  });

  it('hashes the canonical JSON of every field but hash (checked against a hand-written canonical text)', () => {
    const entry = appendAudit(null, {
      id: 'a1',
      at: '2025-03-01T09:00:00+08:00',
      userId: 'u1',
      deviceId: 'D1',
      action: 'receipt.void',
      entity: { kind: 'receipt', id: 'r1' },
      caseId: 'c1',
      before: { voided: null, amountFen: 12625 },
      after: { voided: { reason: '金额错误' }, amountFen: 12625 },
    });
    const text =
      '{"action":"receipt.void","after":{"amountFen":12625,"voided":{"reason":"金额错误"}},"at":"2025-03-01T09:00:00+08:00",' +
      '"before":{"amountFen":12625,"voided":null},"caseId":"c1","deviceId":"D1","entity":{"id":"r1","kind":"receipt"},"id":"a1",' +
      `"prevHash":"${'0'.repeat(64)}","seq":1,"userId":"u1"}`;
    expect(entry.hash).toBe(bytesToHex(sha256(utf8ToBytes(text))));
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes the same whatever key order the caller used, and ignores keys outside the schema', () => {
    const [e] = chain(1);
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverseKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)])) : v;
    const reordered = reverseKeys(e) as AuditEntry;
    expect(Object.keys(reordered)[0]).toBe('hash');
    expect(hashAuditEntry(reordered)).toBe(e!.hash);
    expect(hashAuditEntry({ ...e!, localOnly: true } as AuditEntry)).toBe(e!.hash);
  });

  it('keeps null for an absent before or after', () => {
    const e = appendAudit(null, { ...input(1), before: null, after: undefined });
    expect(e.before).toBeNull();
    expect(e.after).toBeNull();
    expect(verifyAuditChain([e])).toEqual({ ok: true });
  });

  it.each<[string, Partial<AuditInput>]>([
    ['an action that is not thing.verb', { action: 'void' }],
    ['a time without a zone', { at: '2025-03-01T09:00:00' }],
    ['an empty user', { userId: '' }],
    ['an entity without id', { entity: { kind: 'receipt' } as AuditInput['entity'] }],
  ])('refuses %s', (_name, patch) => {
    expect(() => appendAudit(null, { ...input(1), ...patch })).toThrow();
  });

  it('refuses a before/after that is not plain JSON data', () => {
    expect(() => appendAudit(null, { ...input(1), after: { at: new Date(0) } })).toThrow(TypeError);
    expect(() => appendAudit(null, { ...input(1), before: { n: NaN } })).toThrow(TypeError);
  });

  it("refuses to continue another device's chain", () => {
    const [e] = chain(1, 'D0042');
    expect(() => appendAudit(e!, input(2, 'D0043'))).toThrow(/cannot follow device D0042/);
  });
});

describe('verifyAuditChain', () => {
  it('accepts a clean chain of 1,000 entries, and an empty one', () => {
    const entries = chain(1000);
    expect(entries[999]!.seq).toBe(1000);
    expect(verifyAuditChain(entries)).toEqual({ ok: true });
    expect(verifyAuditChain([])).toEqual({ ok: true });
  });

  const bad = (firstBadSeq: number, index: number, reason: 'hash_mismatch' | 'broken_link' | 'seq_gap'): AuditChainVerdict => ({
    ok: false,
    firstBadSeq,
    index,
    reason,
  });

  it.each<[string, (entries: AuditEntry[]) => AuditEntry[], AuditChainVerdict]>([
    ['after changed', (es) => es.map((e) => (e.seq === 5 ? { ...e, after: { amountFen: 1, voided: false, payer: '张三' } } : e)), bad(5, 4, 'hash_mismatch')],
    ['a nested field of after changed', (es) => es.map((e) => (e.seq === 6 ? { ...e, after: { ...(e.after as object), payer: '李四' } } : e)), bad(6, 5, 'hash_mismatch')],
    ['at changed by one second', (es) => es.map((e) => (e.seq === 3 ? { ...e, at: '2025-03-01T01:00:04.000Z' } : e)), bad(3, 2, 'hash_mismatch')],
    ['before changed to null', (es) => es.map((e) => (e.seq === 2 ? { ...e, before: null } : e)), bad(2, 1, 'hash_mismatch')],
    ['user changed', (es) => es.map((e) => (e.seq === 8 ? { ...e, userId: 'u-supervisor' } : e)), bad(8, 7, 'hash_mismatch')],
    ['entity id changed', (es) => es.map((e) => (e.seq === 9 ? { ...e, entity: { ...e.entity, id: 'r-x' } } : e)), bad(9, 8, 'hash_mismatch')],
    ['stored hash changed', (es) => es.map((e) => (e.seq === 4 ? { ...e, hash: 'f'.repeat(64) } : e)), bad(4, 3, 'hash_mismatch')],
    ['the last entry changed', (es) => es.map((e) => (e.seq === 10 ? { ...e, caseId: 'demo-case-99' } : e)), bad(10, 9, 'hash_mismatch')],
    ['a middle entry deleted', (es) => es.filter((e) => e.seq !== 5), bad(5, 4, 'seq_gap')],
    ['the first entry deleted', (es) => es.slice(1), bad(1, 0, 'seq_gap')],
    ['two entries swapped', (es) => [...es.slice(0, 3), es[4]!, es[3]!, ...es.slice(5)], bad(4, 3, 'seq_gap')],
    ['an entry repeated', (es) => [...es.slice(0, 5), es[4]!, ...es.slice(5)], bad(6, 5, 'seq_gap')],
    [
      "one entry re-hashed after a change, the next one's link left alone",
      (es) => es.map((e) => (e.seq === 6 ? rehash({ ...e, after: { amountFen: 0, voided: true, payer: '张三' } }) : e)),
      bad(7, 6, 'broken_link'),
    ],
    [
      'a middle entry deleted and the later ones renumbered and re-hashed',
      (es) => es.filter((e) => e.seq !== 5).map((e) => (e.seq > 5 ? rehash({ ...e, seq: e.seq - 1 }) : e)),
      bad(5, 4, 'broken_link'),
    ],
    ["an entry from another device's chain spliced in", (es) => [...es.slice(0, 4), chain(5, 'D0099')[4]!, ...es.slice(5)], bad(5, 4, 'broken_link')],
    ['the first entry re-linked off genesis', (es) => [rehash({ ...es[0]!, prevHash: 'a'.repeat(64) }), ...es.slice(1)], bad(1, 0, 'broken_link')],
  ])('detects %s', (_name, tamper, expected) => {
    const entries = chain(10);
    expect(verifyAuditChain(entries)).toEqual({ ok: true });
    expect(verifyAuditChain(tamper(entries))).toEqual(expected);
  });

  it('detects a change anywhere in 1,000 entries', () => {
    const entries = chain(1000);
    for (const seq of [1, 500, 999, 1000]) {
      const tampered = entries.map((e) => (e.seq === seq ? { ...e, at: '2030-01-01T00:00:00.000Z' } : e));
      expect(verifyAuditChain(tampered)).toEqual(bad(seq, seq - 1, 'hash_mismatch'));
    }
  });

  it('reports content that can no longer be hashed as a hash mismatch, without throwing', () => {
    const entries = chain(3);
    const broken = entries.map((e) => (e.seq === 2 ? { ...e, after: { at: new Date(0) } } : e));
    expect(verifyAuditChain(broken)).toEqual(bad(2, 1, 'hash_mismatch'));
  });

  it('continues from an entry verified earlier, and catches a chain rewritten from the middle to the end', () => {
    const original = chain(20);
    // head office verified and kept entries 1..10; the device now sends 11..20
    expect(verifyAuditChain(original.slice(10), { after: original[9] })).toEqual({ ok: true });
    expect(verifyAuditChain(original.slice(11), { after: original[9] })).toEqual(bad(11, 0, 'seq_gap'));

    // the device rewrote entry 5 and re-hashed every later one: consistent on its own...
    const rewritten: AuditEntry[] = original.slice(0, 4);
    for (let seq = 5; seq <= 20; seq++) {
      const changed = seq === 5 ? { ...input(5), after: { amountFen: 0, voided: true, payer: '张三' } } : input(seq);
      rewritten.push(appendAudit(rewritten[rewritten.length - 1]!, changed));
    }
    expect(verifyAuditChain(rewritten)).toEqual({ ok: true });
    // ...but not with what head office already holds
    expect(verifyAuditChain(rewritten.slice(10), { after: original[9] })).toEqual(bad(11, 0, 'broken_link'));
  });

  it('cannot see a truncated tail on its own: that needs the last hash held elsewhere', () => {
    const entries = chain(10);
    expect(verifyAuditChain(entries.slice(0, 7))).toEqual({ ok: true });
  });

  it('ignores a property a store added, and treats an undefined one like a missing one', () => {
    const entries = chain(3).map((e) => ({ ...e, synced: true }));
    expect(verifyAuditChain(entries)).toEqual({ ok: true });
    const withUndefined = chain(3).map((e) => (e.seq === 2 ? { ...e, after: { ...(e.after as object), note: undefined } } : e));
    expect(verifyAuditChain(withUndefined)).toEqual({ ok: true });
  });
});
