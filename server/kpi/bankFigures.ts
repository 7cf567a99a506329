import { addDays, DEFAULT_TIME_ZONE } from '../../shared/calendar';
import type { Product } from '../../shared/domain/case';
import {
  addRollMatrices, addTallies, caseLineOf, contactTallyOf, emptyRollMatrix, emptyTally, figuresOf, moneyInto, stateTallyOf,
  type KpiFigures, type KpiPeriod, type KpiTally, type OutcomeCount, type RollMatrix, type StateCell,
} from '../../shared/kpi';
import type { Db } from '../db/types';
import { AGENCY_DEVICE_PREFIX } from '../../shared/outsourcing/agency';
import { recordsOf, type RecordDbRow } from './read';
import { kpiRead } from './kpiRead';
import { casesNow, stateCells } from './snapshots';

/**
 * Head office's figures for every branch at once (the console's 业绩 page, issue 15 §5), without reading every
 * record into memory: the snapshot states, the contact attempts, the complaints and the letters are summed in SQL,
 * the money (payments and the period's promises) is read as rows and summed by shared/kpi's own rules (counting
 * once and matching promises need each case's records in order). The sums are shared/kpi's tallies, so the figures come out of the same `figuresOf`
 * as on the device; test/server/kpi/bankFigures.test.ts checks them against computeKpis over the full records.
 */
export interface BankFigures {
  branches: Map<string, KpiFigures>;
  total: KpiFigures;
  products: Map<Product, { cases: number; rolls: RollMatrix }>;
  /** The money part's inputs, for the trend (payments counted once). */
  payments: { branchCode: string; paidOn: string; amountFen: number }[];
}

export interface BankFigureOptions {
  /** A branch's grace days (its published limits, else the bank's). */
  graceDays: (branchCode: string) => number;
  /** Told how long each step took (the bench's "where the time goes"). */
  onStep?: (step: string, ms: number) => void;
}

export async function readBankFigures(db: Db, branch: string | null, period: KpiPeriod, options: BankFigureOptions): Promise<BankFigures> {
  const tallies = new Map<string, KpiTally>();
  const tallyOf = (code: string) => {
    let t = tallies.get(code);
    if (!t) tallies.set(code, (t = emptyTally()));
    return t;
  };
  const products = new Map<Product, { cases: number; rolls: RollMatrix }>();
  const addToProduct = (product: Product, cell: StateCell) => {
    const p = products.get(product) ?? { cases: 0, rolls: emptyRollMatrix() };
    p.cases += cell.cases;
    p.rolls = addRollMatrices(p.rolls, stateTallyOf([cell]).rolls);
    products.set(product, p);
  };

  const t0 = performance.now();
  const timed = <T>(name: string, read: Promise<T>) => read.then((v) => (options.onStep?.(name, performance.now() - t0), v));
  const payments: BankFigures['payments'] = [];
  // The money rules run in Node as soon as their rows arrive, while PostgreSQL is still summing the states: on
  // two cores the rules no longer wait for the slowest query (docs/benchmarks.md, "KPI speed").
  const money = timed('money (read)', moneyRecords(db, branch, period)).then((records) => {
    const t1 = performance.now();
    for (const [code, { rows, zoneOf }] of records) {
      const r = recordsOf(rows, zoneOf);
      const t = tallyOf(code);
      // The trend's payments are the branch's own counted ones (shared/kpi/measures.ts dailyRecovered), from the same pass.
      moneyInto(r.payments, r.promises, period, options.graceDays(code), () => t, (p, agency) => {
        if (!agency) payments.push({ branchCode: code, paidOn: p.paidOn, amountFen: p.amountFen });
      });
    }
    options.onStep?.('money (shared/kpi)', performance.now() - t1);
  });
  // Independent reads: on PostgreSQL each takes its own connection from the pool and they run side by side.
  const [{ cells, lone }, outcomes, paper] = await Promise.all([
    timed('states (SQL)', stateCells(db, period.from, period.to, branch)),
    timed('attempts (SQL)', outcomeCounts(db, branch, period)),
    timed('letters and complaints (SQL)', paperCounts(db, branch, period)),
    money,
  ]);
  const unsnapshotted = await casesNow(db, lone);
  // A case never snapshotted is one row, as it is now (shared/kpi/fromCase.ts): the same bucket at both ends.
  for (const c of unsnapshotted) {
    const line = caseLineOf(c.id, c.branchCode, c.officerId, c.accounts);
    cells.push({ branchCode: c.branchCode, product: line.product, openingBucket: line.bucket, closingBucket: line.bucket, cases: 1, openingOverdueFen: line.totalFen, closingOverdueFen: line.totalFen, closingDpd: line.dpd });
  }
  for (const cell of cells) {
    stateTallyOf([cell], tallyOf(cell.branchCode));
    addToProduct(cell.product, cell);
  }
  for (const [code, counts] of outcomes) contactTallyOf(counts, undefined, tallyOf(code));
  for (const p of paper) {
    const t = tallyOf(p.branchCode);
    t.complaints += p.complaints;
    t.lettersIssued += p.lettersIssued;
    t.lettersDelivered += p.lettersDelivered;
  }
  let total = emptyTally();
  const branches = new Map<string, KpiFigures>();
  for (const [code, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    branches.set(code, figuresOf(t));
    total = addTallies(total, t);
  }
  return { branches, total: figuresOf(total), products, payments };
}

/**
 * Attempts in the period by branch and outcome, and how many a supervisor's override names. Read from the index
 * of activities by their written instant (migrations 33 and 36) without parsing most: an instant is written with
 * an offset of less than a day (shared/sync/primitives.ts InstantSchema), so one written two days or more inside
 * the period's UTC days is in it, and only those written near an end are cast (shared/kpi/period.ts instantsIn
 * does the same on the device). Each attempt carries the branch holding its case now (`activity_branch`, kept by
 * PostgreSQL: migration 36), so no attempt is joined to its case. A record's id is its args' id
 * (server/sync/apply/insertOnly.ts recordIdOf).
 */
async function outcomeCounts(db: Db, branch: string | null, period: KpiPeriod): Promise<Map<string, OutcomeCount[]>> {
  // The overridden ones are counted apart, from the overrides (a thousandth of the attempts) to their attempts,
  // so the period's attempts are not each probed against them.
  const inPeriod = `fr.activity_branch IS NOT NULL AND ($1::text IS NULL OR fr.activity_branch = $1)
        AND fr.activity_at >= $4 AND fr.activity_at < $5
        AND (fr.activity_at >= $6 AND fr.activity_at < $7
             OR fr.activity_at::timestamptz >= $2::timestamptz AND fr.activity_at::timestamptz < $3::timestamptz)`;
  const res = await kpiRead(db, (tx) => tx.query<{ branch_code: string; outcome: string | null; agency: boolean; attempts: string; overridden: string }>(
    `SELECT fr.activity_branch AS branch_code, fr.activity_outcome AS outcome, starts_with(fr.device_id, $8) AS agency, count(*) AS attempts, 0 AS overridden
       FROM field_records fr
      WHERE fr.kind = 'recordActivity' AND ${inPeriod}
      GROUP BY 1, 2, 3
     UNION ALL
     SELECT fr.activity_branch, fr.activity_outcome, starts_with(fr.device_id, $8), 0, count(*)
       FROM (SELECT DISTINCT o.data->'args'->'subject'->>'id' AS id FROM field_records o
              WHERE o.kind = 'recordOverride' AND o.data->'args'->'subject'->>'kind' = 'activity') v
       JOIN field_records fr ON fr.kind = 'recordActivity' AND fr.id = v.id
      WHERE ${inPeriod}
      GROUP BY 1, 2, 3`,
    [branch, ...instantBounds(period), AGENCY_DEVICE_PREFIX],
  ));
  const out = new Map<string, OutcomeCount[]>();
  for (const r of res.rows) {
    const list = out.get(r.branch_code) ?? [];
    out.set(r.branch_code, list);
    const outcome = r.outcome ?? '';
    let count = list.find((c) => c.outcome === outcome && (c.agency === true) === r.agency);
    if (!count) list.push((count = { outcome, attempts: 0, overridden: 0, ...(r.agency ? { agency: true } : {}) }));
    count.attempts += Number(r.attempts);
    count.overridden += Number(r.overridden);
  }
  return out;
}

/**
 * An instant's bounds for SQL, shared/kpi/period.ts instantsIn's rule: the period's first and last instants,
 * then the written dates outside which an instant is out ([$4, $5)) and inside which it is in ([$6, $7)); only
 * those written between are cast. Instants compare as text in byte order (COLLATE "C").
 */
function instantBounds(period: KpiPeriod): [string, string, string, string, string, string] {
  const day = (ms: number, days: number) => addDays(new Date(ms).toISOString().slice(0, 10), days);
  return [new Date(period.startMs).toISOString(), new Date(period.endMs).toISOString(),
    day(period.startMs, -1), day(period.endMs, 2), day(period.startMs, 2), day(period.endMs, -1)];
}

/**
 * Complaints opened and letters issued and delivered in the period, counted in SQL by branch (shared/kpi/
 * tallies.ts paperInto's rules, read as server/kpi/read.ts recordsOf reads them): a letter that is not a copy nor
 * voided, issued in the period; delivered when its latest delivery event says so and is dated in the period.
 */
async function paperCounts(db: Db, branch: string | null, period: KpiPeriod): Promise<{ branchCode: string; complaints: number; lettersIssued: number; lettersDelivered: number }[]> {
  const res = await kpiRead(db, (tx) => tx.query<{ branch_code: string; complaints: string; issued: string; delivered: string }>(
    `WITH voided AS (SELECT DISTINCT v.data->'args'->>'letterId' AS id FROM field_records v WHERE v.kind = 'voidLetter'),
     latest AS (
       SELECT DISTINCT ON (d.letter_id) d.letter_id, d.outcome,
              d.at >= $4 AND d.at < $5 AND (d.at >= $6 AND d.at < $7 OR d.at::timestamptz >= $2::timestamptz AND d.at::timestamptz < $3::timestamptz) AS in_period
         FROM (SELECT x.data->'args'->>'letterId' AS letter_id, x.data->'args'->>'outcome' AS outcome, (x.data->'args'->>'at') COLLATE "C" AS at
                 FROM field_records x WHERE x.kind = 'recordLetterDelivery') d
        ORDER BY d.letter_id, d.at::timestamptz DESC),
     paper AS (
       SELECT p.kind, p.id, p.case_id, p.complaint, p.copy,
              p.at >= $4 AND p.at < $5 AND (p.at >= $6 AND p.at < $7 OR p.at::timestamptz >= $2::timestamptz AND p.at::timestamptz < $3::timestamptz) AS in_period
         FROM (SELECT fr.kind, fr.id, fr.case_id, fr.data->'args'->>'kind' = 'complaint' AS complaint, (fr.data->'args'->'copy') = 'true'::jsonb AS copy,
                      (CASE fr.kind WHEN 'openDispute' THEN fr.data->'args'->>'openedAt' ELSE fr.data->'args'->>'issuedAt' END) COLLATE "C" AS at
                 FROM field_records fr WHERE fr.kind IN ('openDispute', 'issueLetter')) p)
     SELECT c.branch_code,
            count(*) FILTER (WHERE p.kind = 'openDispute' AND p.complaint AND p.in_period) AS complaints,
            count(*) FILTER (WHERE p.kind = 'issueLetter' AND p.in_period) AS issued,
            count(*) FILTER (WHERE p.kind = 'issueLetter' AND l.outcome = 'delivered' AND l.in_period) AS delivered
       FROM paper p
       JOIN cases c ON c.id = p.case_id
       LEFT JOIN latest l ON p.kind = 'issueLetter' AND l.letter_id = p.id
      WHERE ($1::text IS NULL OR c.branch_code = $1)
        AND (p.kind = 'openDispute' OR p.copy IS NOT TRUE AND p.id NOT IN (SELECT v.id FROM voided v WHERE v.id IS NOT NULL))
      GROUP BY 1`,
    [branch, ...instantBounds(period)],
  ));
  return res.rows.map((r) => ({ branchCode: r.branch_code, complaints: Number(r.complaints), lettersIssued: Number(r.issued), lettersDelivered: Number(r.delivered) }));
}

/**
 * The records money is counted from, by the branch that holds their case now: every payment and receipt (a
 * payment counts once against all of its case's others, of any date, and the trend reaches back a year), the
 * promises due in the period, and an agency's promises made about then (shared/kpi/tallies.ts moneyInto judges
 * the first and counts the second; rows read beyond either are left out by its own checks). A case's zone is
 * looked up only for a receipt (its date is the receipt's day there), so the cases' data is not carried through
 * the join. (Sending the few args the rules read as text columns instead of the args was slower on
 * PostgreSQL: docs/benchmarks.md, "KPI speed".)
 */
async function moneyRecords(db: Db, branch: string | null, period: KpiPeriod): Promise<Map<string, { rows: RecordDbRow[]; zoneOf: Map<string, string> }>> {
  const [, , outBefore, outFrom] = instantBounds(period);
  const res = await kpiRead(db, (tx) => tx.query<RecordDbRow & { branch_code: string; time_zone: string | null }>(
    `SELECT fr.kind, fr.id, fr.case_id, fr.user_id, fr.device_id, fr.data -> 'args' AS args, c.branch_code,
            CASE WHEN fr.kind = 'recordReceipt' THEN (SELECT z.data ->> 'timeZone' FROM cases z WHERE z.id = fr.case_id) END AS time_zone
       FROM field_records fr JOIN cases c ON c.id = fr.case_id
      WHERE ($1::text IS NULL OR c.branch_code = $1)
        AND fr.kind IN ('recordPayment', 'recordReceipt', 'voidReceipt', 'createPromise')
        AND (fr.kind <> 'createPromise' OR (fr.data->'args'->>'dueDate') COLLATE "C" BETWEEN $2 AND $3
             OR starts_with(fr.device_id, $4) AND (fr.data->'args'->>'madeAt') COLLATE "C" >= $5 AND (fr.data->'args'->>'madeAt') COLLATE "C" < $6)`,
    [branch, period.from, period.to, AGENCY_DEVICE_PREFIX, outBefore, outFrom],
  ));
  const out = new Map<string, { rows: RecordDbRow[]; zoneOf: Map<string, string> }>();
  for (const r of res.rows) {
    let group = out.get(r.branch_code);
    if (!group) out.set(r.branch_code, (group = { rows: [], zoneOf: new Map() }));
    group.rows.push(r);
    if (r.kind === 'recordReceipt') group.zoneOf.set(r.case_id, r.time_zone ?? DEFAULT_TIME_ZONE);
  }
  return out;
}

/** The trend's periods: the last `count` months or weeks (Monday to Sunday) up to and including the one of `to`. */
export function trendPeriods(unit: 'month' | 'week', to: string, count: number): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  if (unit === 'month') {
    let y = Number(to.slice(0, 4));
    let m = Number(to.slice(5, 7));
    for (let i = 0; i < count; i++) {
      const from = `${y}-${String(m).padStart(2, '0')}-01`;
      const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
      out.unshift({ from, to: addDays(next, -1) });
      m -= 1;
      if (m === 0) {
        m = 12;
        y -= 1;
      }
    }
    return out;
  }
  const weekday = (new Date(`${to}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  let monday = addDays(to, -weekday);
  for (let i = 0; i < count; i++) {
    out.unshift({ from: monday, to: addDays(monday, 6) });
    monday = addDays(monday, -7);
  }
  return out;
}
