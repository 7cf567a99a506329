import { describe, expect, it } from 'vitest';
import {
  appendAudit,
  checkAuditBatch,
  entryDigest,
  hashAuditEntry,
  verifiedUpTo,
  type AuditEntry,
  type HeldChain,
  type HeldEntry,
} from '../../../shared/audit';

function chain(n: number, deviceId = 'D0042'): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) {
    entries.push(
      appendAudit(entries[i - 2] ?? null, {
        id: `audit-${i}`,
        at: new Date(Date.UTC(2026, 10, 1, 1, 0, i)).toISOString(),
        userId: 'u-collector-7',
        deviceId,
        action: 'receipt.record',
        entity: { kind: 'receipt', id: `r-${i}` },
        caseId: `demo-case-${i}`,
        before: null,
        after: { amountFen: i * 100 },
      }),
    );
  }
  return entries;
}

const C = chain(8);
const e = (seq: number) => C[seq - 1]!;
const EMPTY: HeldChain = { head: null, at: new Map() };
/** What head office holds after receiving entries 1..n intact. */
function holding(n: number): HeldChain {
  const at = new Map<number, HeldEntry[]>();
  for (let s = 1; s <= n; s++) at.set(s, [{ hash: e(s).hash, digest: entryDigest(e(s)) }]);
  return { head: n === 0 ? null : { seq: n, hash: e(n).hash }, at };
}
/** An entry with its content changed and its old hash kept. */
const changed = (x: AuditEntry): AuditEntry => ({ ...x, after: { amountFen: 1 } });
/** An entry changed and re-hashed: its own hash checks, the next entry's link does not. */
const rehashed = (x: AuditEntry): AuditEntry => {
  const y = { ...x, after: { amountFen: 1 } };
  return { ...y, hash: hashAuditEntry(y) };
};
/** A different history from seq 4: entries re-written and re-linked after entry 3. */
function forkFrom(seq: number, n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = e(seq - 1);
  for (let s = seq; s <= n; s++) {
    const next = appendAudit(prev, { ...e(s), after: { amountFen: 0 } });
    out.push(next);
    prev = next;
  }
  return out;
}

/** [case, what head office holds, the batch as it arrives, breaks (kind@seq), head seq after, duplicates] */
const TABLE: [string, HeldChain, AuditEntry[], string[], number | null, number][] = [
  ['empty batch, nothing held', EMPTY, [], [], null, 0],
  ['empty batch, a chain held', holding(3), [], [], 3, 0],
  ['intact chain from the first entry', EMPTY, C, [], 8, 0],
  ['intact continuation of what is held', holding(3), C.slice(3), [], 8, 0],
  ['the same entries again (idempotent)', holding(8), C, [], 8, 8],
  ['overlapping re-send: held ones skipped, new ones continue', holding(5), C.slice(2), [], 8, 3],
  ['an entry removed in the middle', EMPTY, [e(1), e(2), e(4), e(5)], ['removed@3'], 5, 0],
  ['the first entries never arrive', EMPTY, [e(3), e(4)], ['removed@1'], 4, 0],
  ['entries removed between batches', holding(3), [e(6), e(7)], ['removed@4'], 7, 0],
  ['an entry changed, its hash kept', EMPTY, [e(1), changed(e(2)), e(3)], ['changed@2'], 3, 0],
  ['an entry changed and re-hashed: the next one no longer links', EMPTY, [e(1), rehashed(e(2)), e(3)], ['rewritten@3'], 3, 0],
  ['two entries swapped in the batch', EMPTY, [e(1), e(3), e(2), e(4)], ['reordered@2'], 4, 0],
  ['seq changed to move an entry (hash no longer matches)', EMPTY, [e(1), { ...e(2), seq: 3 }, { ...e(3), seq: 2 }], ['changed@3', 'reordered@2', 'changed@2'], 3, 0],
  ['a late entry for a place never held', holding(3), [e(5), e(4)], ['reordered@4'], 5, 0],
  ['forked history: a new batch does not continue the stored chain', holding(5), forkFrom(4, 8).slice(2), ['rewritten@6'], 8, 0],
  ['history rewritten at places already held: one break for the run', holding(5), forkFrom(4, 8), ['rewritten@4'], 8, 0],
  ['first entry does not start on the genesis hash', EMPTY, [{ ...e(2), seq: 1, hash: hashAuditEntry({ ...e(2), seq: 1 }) }], ['rewritten@1'], 1, 0],
  ['a changed re-send of a held entry', holding(3), [changed(e(2))], ['changed@2'], 3, 0],
];

describe('checkAuditBatch', () => {
  it.each(TABLE)('%s', (_case, held, batch, breaks, headSeq, duplicates) => {
    const check = checkAuditBatch(held, batch);
    expect(check.breaks.map((b) => `${b.kind}@${b.seq}`)).toEqual(breaks);
    expect(check.head?.seq ?? null).toBe(headSeq);
    expect(check.duplicates).toBe(duplicates);
    // Nothing that arrived is dropped: every entry is either held already or kept now.
    expect(check.arrived.length + check.duplicates).toBe(batch.length);
  });

  it('keeps a changed entry as it arrived, marked as not matching its hash', () => {
    const bad = changed(e(2));
    const check = checkAuditBatch(EMPTY, [e(1), bad]);
    expect(check.arrived[1]).toMatchObject({ entry: bad, hashOk: false, inChain: true });
    expect(check.arrived[0]).toMatchObject({ hashOk: true, inChain: true });
  });

  it('the same entry twice in one batch counts once', () => {
    const check = checkAuditBatch(EMPTY, [e(1), e(1), e(2)]);
    expect(check.breaks).toEqual([]);
    expect(check.duplicates).toBe(1);
    expect(check.arrived.map((a) => a.entry.seq)).toEqual([1, 2]);
  });

  it('names the entry whose arrival showed the break and its place in the batch', () => {
    const check = checkAuditBatch(holding(2), [e(3), e(5)]);
    expect(check.breaks).toEqual([{ kind: 'removed', seq: 4, entrySeq: 5, index: 1 }]);
  });

  it('a seq far ahead is one removed break, not a list of every seq between', () => {
    const far = { ...e(2), seq: Number.MAX_SAFE_INTEGER };
    const check = checkAuditBatch(EMPTY, [e(1), far]);
    expect(check.breaks.map((b) => `${b.kind}@${b.seq}`)).toEqual(['changed@' + Number.MAX_SAFE_INTEGER, 'removed@2']);
  });
});

describe('verifiedUpTo', () => {
  it.each([
    [8, null, 8],
    [0, null, 0],
    [8, 3, 2],
    [8, 1, 0],
    [2, 5, 2],
  ] as const)('head %i, first break %s → %i', (head, firstBreak, expected) => {
    expect(verifiedUpTo(head, firstBreak)).toBe(expected);
  });
});
