import { BUCKETS, bucketRank, type Bucket } from '../domain/buckets';
import { fraction, type Fraction } from './fraction';
import type { SnapshotRow } from './inputs';

/**
 * Snapshot rows keep only what changed (issue 15 §2): a case's state on a date is its latest row on or before
 * that date. A case with no row that early (it came in later, or history does not reach back) is taken at its
 * earliest known state: the device knows each case only as last imported, and must give the same figures as
 * head office on the same rows (docs/kpi.md, "Opening and closing state").
 */
export function statesOn(rows: readonly SnapshotRow[], date: string): Map<string, SnapshotRow> {
  const out = new Map<string, SnapshotRow>();
  for (const r of rows) {
    const have = out.get(r.caseId);
    if (!have || closerTo(date, r, have)) out.set(r.caseId, r);
  }
  return out;
}

/** Whether `r` says more about the state on `date` than `have`: on or before it and later, else earlier. */
function closerTo(date: string, r: SnapshotRow, have: SnapshotRow): boolean {
  const rIn = r.date <= date;
  const haveIn = have.date <= date;
  if (rIn !== haveIn) return rIn;
  return rIn ? r.date > have.date : r.date < have.date;
}

/** from bucket → to bucket: how many cases, and their overdue balance at the start (fen). */
export type RollMatrix = Record<Bucket, Record<Bucket, { cases: number; fen: number }>>;

export function emptyRollMatrix(): RollMatrix {
  const m = {} as RollMatrix;
  for (const from of BUCKETS) {
    m[from] = {} as RollMatrix[Bucket];
    for (const to of BUCKETS) m[from][to] = { cases: 0, fen: 0 };
  }
  return m;
}

/** Every case with a state at both ends, counted from its opening bucket to its closing bucket. */
export function rollMatrix(caseIds: Iterable<string>, opening: Map<string, SnapshotRow>, closing: Map<string, SnapshotRow>): RollMatrix {
  const m = emptyRollMatrix();
  for (const id of caseIds) {
    const a = opening.get(id);
    const b = closing.get(id);
    if (!a || !b) continue;
    const cell = m[a.bucket][b.bucket];
    cell.cases += 1;
    cell.fen += a.overdueFen;
  }
  return m;
}

export function addRollMatrices(a: RollMatrix, b: RollMatrix): RollMatrix {
  const m = emptyRollMatrix();
  for (const from of BUCKETS) for (const to of BUCKETS) m[from][to] = { cases: a[from][to].cases + b[from][to].cases, fen: a[from][to].fen + b[from][to].fen };
  return m;
}

const rowOf = (m: RollMatrix, from: Bucket) => BUCKETS.map((to) => ({ to, ...m[from][to] }));

/**
 * Roll rate of a bucket (M1→M2 …): of the cases in `from` at the start, the share in a worse bucket at the end.
 * M6+ cannot roll further: its rate has no denominator. By count, or by `fen` (opening balance).
 */
export function rollRate(m: RollMatrix, from: Bucket, by: 'cases' | 'fen' = 'cases'): Fraction {
  if (from === 'M6+') return fraction(0, 0);
  const row = rowOf(m, from);
  const den = row.reduce((s, c) => s + c[by], 0);
  const num = row.filter((c) => bucketRank(c.to) > bucketRank(from)).reduce((s, c) => s + c[by], 0);
  return fraction(num, den);
}

/** Cure rate of a delinquent bucket: of its cases at the start, the share current (M0) at the end. */
export function cureRate(m: RollMatrix, from: Bucket, by: 'cases' | 'fen' = 'cases'): Fraction {
  if (from === 'M0') return fraction(0, 0);
  const row = rowOf(m, from);
  return fraction(m[from].M0[by], row.reduce((s, c) => s + c[by], 0));
}

/** Accounts cured (出催): cases delinquent at the start and current at the end, over all delinquent at the start. */
export function curedAccounts(m: RollMatrix): Fraction {
  let num = 0;
  let den = 0;
  for (const from of BUCKETS) {
    if (from === 'M0') continue;
    num += m[from].M0.cases;
    for (const to of BUCKETS) den += m[from][to].cases;
  }
  return fraction(num, den);
}
