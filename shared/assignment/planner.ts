import type { Bucket } from '../domain/buckets';

/**
 * 分案 proposals, pure: which collector each selected case goes to, by rule or by hand, and what each
 * collector holds before and after (count and amount in fen). The supervisor sees this preview and confirms
 * it; the device then writes one assignCase per case that moves (shared/records/assignment.ts).
 */

/** A case as the planner needs it: its balance, bucket, district and who holds it now. */
export interface PlannableCase {
  id: string;
  totalFen: number;
  bucket: Bucket;
  /** The borrower's district (区/县), '' when the case has no address. */
  district: string;
  officerId: string | null;
}

/** What a collector already holds besides the selected cases (their other cases of the branch). */
export interface Holding {
  officerId: string;
  count: number;
  totalFen: number;
}

/** round_robin: in turn, one each; balance: each case to whoever holds the least amount so far. */
export const ASSIGN_RULES = ['round_robin', 'balance'] as const;
export type AssignRule = (typeof ASSIGN_RULES)[number];
/** Apply the rule over all selected cases, or separately within each bucket or each district. */
export const ASSIGN_GROUPINGS = ['none', 'bucket', 'district'] as const;
export type AssignGrouping = (typeof ASSIGN_GROUPINGS)[number];

export type AssignMethod = { kind: 'manual'; officerId: string } | { kind: 'rule'; rule: AssignRule; within: AssignGrouping };

export interface Move {
  caseId: string;
  fromOfficerId: string | null;
  officerId: string;
}

export interface CollectorTotals {
  officerId: string;
  countBefore: number;
  totalBeforeFen: number;
  countAfter: number;
  totalAfterFen: number;
}

export interface AssignmentPlan {
  /** Only cases that change hands: a case already with its proposed collector is not moved again. */
  moves: Move[];
  /** One row per collector who holds a case before or after, in the order of `collectors`, then the others. */
  totals: CollectorTotals[];
}

const byBalanceThenId = (a: PlannableCase, b: PlannableCase) => b.totalFen - a.totalFen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupKey(c: PlannableCase, within: AssignGrouping): string {
  return within === 'bucket' ? c.bucket : within === 'district' ? c.district : '';
}

/** Who each case goes to under the rule; deterministic (the same selection gives the same plan). */
function proposeByRule(cases: readonly PlannableCase[], collectors: readonly string[], rule: AssignRule, within: AssignGrouping, holdings: ReadonlyMap<string, Holding>): Map<string, string> {
  const out = new Map<string, string>();
  const groups = new Map<string, PlannableCase[]>();
  for (const c of [...cases].sort(byBalanceThenId)) {
    const key = groupKey(c, within);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  // The running totals the balance rule evens out: overall, or per group (each collector's share of a bucket).
  const overall = new Map(collectors.map((id) => [id, holdings.get(id)?.totalFen ?? 0]));
  for (const [, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const running = within === 'none' ? overall : new Map(collectors.map((id) => [id, 0]));
    group.forEach((c, i) => {
      let to: string;
      if (rule === 'round_robin') to = collectors[i % collectors.length]!;
      else {
        // Largest case first to whoever holds least: the greedy rule keeps totals within one case of each other.
        to = collectors.reduce((best, id) => (running.get(id)! < running.get(best)! ? id : best), collectors[0]!);
      }
      running.set(to, running.get(to)! + c.totalFen);
      out.set(c.id, to);
    });
  }
  return out;
}

/**
 * The plan for `cases` among `collectors` (ids, in the order the screen lists them). `holdings` are what each
 * collector holds outside the selection, so "before" and "after" are their whole books. Throws RangeError when
 * there is no collector to give cases to, or a manual target who is not among them.
 */
export function planAssignment(cases: readonly PlannableCase[], collectors: readonly string[], method: AssignMethod, holdings: readonly Holding[] = []): AssignmentPlan {
  if (collectors.length === 0) throw new RangeError('no collector to assign cases to');
  if (new Set(collectors).size !== collectors.length) throw new RangeError('a collector is listed twice');
  if (method.kind === 'manual' && !collectors.includes(method.officerId)) throw new RangeError(`${method.officerId} is not among the collectors`);
  const held = new Map(holdings.map((h) => [h.officerId, h]));
  const proposed = method.kind === 'manual' ? new Map(cases.map((c) => [c.id, method.officerId])) : proposeByRule(cases, collectors, method.rule, method.within, held);

  const rows = new Map<string, CollectorTotals>();
  const row = (id: string) => {
    let r = rows.get(id);
    if (!r) {
      const h = held.get(id);
      r = { officerId: id, countBefore: h?.count ?? 0, totalBeforeFen: h?.totalFen ?? 0, countAfter: h?.count ?? 0, totalAfterFen: h?.totalFen ?? 0 };
      rows.set(id, r);
    }
    return r;
  };
  for (const id of collectors) row(id);
  const moves: Move[] = [];
  for (const c of cases) {
    const to = proposed.get(c.id)!;
    if (c.officerId !== null) {
      const from = row(c.officerId);
      from.countBefore++;
      from.totalBeforeFen += c.totalFen;
    }
    const after = row(to);
    after.countAfter++;
    after.totalAfterFen += c.totalFen;
    if (c.officerId !== to) moves.push({ caseId: c.id, fromOfficerId: c.officerId, officerId: to });
  }
  return { moves, totals: [...rows.values()] };
}
