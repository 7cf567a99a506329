import { describe, expect, it } from 'vitest';
import { Rng } from '../../../shared/demo/rng';
import { addDays, localDateOf } from '../../../shared/calendar';
import { OUTCOME_CODES, OUTCOMES } from '../../../shared/fieldwork/outcomes';
import { evaluatePromises } from '../../../shared/fieldwork/promises';
import { teamFigures, TEAM_COUNT_KEYS, type TeamCounts, type TeamMember, type TeamRecords } from '../../../shared/team/teamFigures';
import { teamPeriod } from '../../../shared/team/teamPeriod';

/**
 * The "done when": the team view's figures equal a direct computation over the same records. The
 * records are generated at random (seeded) across three weeks around "now", with instants in UTC and in
 * +08:00; the direct computation filters per person, one figure at a time, by local date strings.
 */
const TZ = 'Asia/Shanghai';
const GRACE = 3;
const STAFF = ['s1', 's2', 's3', 's4', 's5'];
const members: TeamMember[] = STAFF.slice(0, 4).map((id, i) => ({ id, name: `员工${i}`, role: i === 3 ? 'clerk' : 'collector', lastSyncAt: null }));

function generate(seed: number, now: Date): TeamRecords {
  const rng = new Rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)]!;
  // An instant within ±10 days of now, written with Z or with +08:00.
  const instant = () => {
    const ms = now.getTime() + rng.int(-10 * 86_400, 2 * 86_400) * 1000;
    if (rng.chance(0.5)) return new Date(ms).toISOString();
    const local = new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
    return `${local}+08:00`;
  };
  const date = () => addDays(localDateOf(now, TZ), rng.int(-12, 3));
  const officers = [...STAFF, null];
  const rows = Array.from({ length: 300 }, (_, i) => {
    const officerId = pick(officers);
    return { id: `c${i}`, officerId, officerName: officerId && `名${officerId}`, totalFen: rng.int(1, 5_000_000) };
  });
  // A case that is not among the rows (another branch's, or evicted): none of its records count.
  const caseIds = [...rows.map((r) => r.id), 'evicted-case'];
  const activities = Array.from({ length: 2000 }, () => ({
    caseId: pick(caseIds),
    userId: pick(STAFF),
    at: instant(),
    outcome: pick(OUTCOME_CODES),
    override: rng.chance(0.05) ? { ruleIds: ['r'], supervisorId: 's9', reason: '主管同意破例一次' } : null,
  }));
  const promises = Array.from({ length: 400 }, (_, i) => ({ id: `p${i}`, caseId: pick(caseIds.slice(0, 60)), amountFen: rng.int(100, 100_000), dueDate: date(), createdAt: new Date(now.getTime() - 20 * 86_400_000).toISOString() }));
  const payments = Array.from({ length: 150 }, (_, i) => {
    const paidOn = date();
    return { id: `y${i}`, caseId: pick(caseIds.slice(0, 60)), amountFen: rng.int(100, 150_000), paidOn, recordedAt: `${paidOn}T12:00:00+08:00`, source: 'transfer' as const, reference: null };
  });
  const receipts = Array.from({ length: 300 }, () => {
    const receivedAt = instant();
    return { caseId: pick(caseIds), userId: pick(STAFF), amountFen: rng.int(1, 1_000_000), receivedAt, voided: rng.chance(0.1) ? { at: receivedAt, reason: '收据开错了', userId: 's1' } : null };
  });
  const letters = Array.from({ length: 300 }, () => ({ caseId: pick(caseIds), issuerId: pick(STAFF), issuedAt: instant(), copy: rng.chance(0.15), voided: rng.chance(0.1) ? { at: 'x' } : null }));
  const disputes = Array.from({ length: 80 }, () => ({ caseId: pick(caseIds), kind: rng.chance(0.5) ? ('dispute' as const) : ('complaint' as const), resolvedAt: rng.chance(0.3) ? instant() : null }));
  return { rows, activities, promises, payments, receipts, letters, disputes };
}

/** One person's (or the unassigned cases', key '') figures, computed directly. */
function naive(key: string, r: TeamRecords, now: Date): TeamCounts {
  const today = localDateOf(now, TZ);
  const weekdayFromMonday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(today, -weekdayFromMonday);
  const day = (at: string) => localDateOf(at, TZ);
  const thisWeek = (at: string) => day(at) >= monday && day(at) <= today;
  const held = r.rows.filter((x) => (x.officerId ?? '') === key);
  const heldIds = new Set(held.map((x) => x.id));
  const branch = new Set(r.rows.map((x) => x.id));
  const mine = r.activities.filter((a) => a.userId === key && branch.has(a.caseId));
  const todays = mine.filter((a) => day(a.at) === today);
  let due = 0;
  let broken = 0;
  for (const caseId of heldIds) {
    const ps = r.promises.filter((p) => p.caseId === caseId);
    const evaluated = evaluatePromises(ps, r.payments.filter((p) => p.caseId === caseId), today, { graceDays: GRACE, timeZone: TZ });
    due += ps.filter((p) => p.dueDate === today).length;
    broken += evaluated.filter((e) => e.state === 'broken' && addDays(e.dueDate, GRACE + 1) >= monday && addDays(e.dueDate, GRACE + 1) <= today).length;
  }
  const receipts = r.receipts.filter((x) => x.userId === key && branch.has(x.caseId) && x.voided === null && day(x.receivedAt) === today);
  const letters = r.letters.filter((l) => l.issuerId === key && branch.has(l.caseId) && !l.copy && l.voided === null);
  const open = r.disputes.filter((d) => heldIds.has(d.caseId) && d.resolvedAt === null);
  return {
    cases: held.length,
    amountFen: held.reduce((s, x) => s + x.totalFen, 0),
    attemptsToday: todays.length,
    connectedToday: todays.filter((a) => OUTCOMES[a.outcome].connected).length,
    rightPartyToday: todays.filter((a) => OUTCOMES[a.outcome].rightParty).length,
    promisesDueToday: due,
    promisesBrokenThisWeek: broken,
    receiptsToday: receipts.length,
    receiptsTodayFen: receipts.reduce((s, x) => s + x.amountFen, 0),
    lettersToday: letters.filter((l) => day(l.issuedAt) === today).length,
    lettersThisWeek: letters.filter((l) => thisWeek(l.issuedAt)).length,
    overridesThisWeek: mine.filter((a) => a.override !== null && thisWeek(a.at)).length,
    disputesOpen: open.filter((d) => d.kind === 'dispute').length,
    complaintsOpen: open.filter((d) => d.kind === 'complaint').length,
  };
}

describe('teamFigures equals a direct per-person computation over random records', () => {
  it.each([
    [1, '2026-11-25T02:00:00Z'],
    [2, '2026-11-23T16:10:00Z'], // Tuesday 00:10 in Shanghai
    [3, '2026-11-22T15:50:00Z'], // Sunday 23:50 in Shanghai: the whole week so far
    [4, '2026-11-23T01:00:00Z'], // Monday morning
    [5, '2026-12-31T17:00:00Z'], // New Year's Day in Shanghai, still 31 December in UTC
  ])('seed %i, now %s', (seed, iso) => {
    const now = new Date(iso);
    const records = generate(seed, now);
    const figures = teamFigures(members, records, teamPeriod(now, TZ), { graceDays: GRACE });
    const keys = figures.rows.map((r) => r.key);
    // Every person with cases or work has a row: the members, s5 (not in the list), and the unassigned cases.
    expect(new Set(keys)).toEqual(new Set(['s1', 's2', 's3', 's4', 's5', '']));
    expect(figures.rows.find((r) => r.key === 's5')!.kind).toBe('former');
    for (const row of figures.rows) {
      const { key, kind: _kind, name: _name, role: _role, lastSyncAt: _sync, ...counts } = row;
      expect(counts, `row ${key}`).toEqual(naive(key, records, now));
    }
    // The totals are the sums, and no figure is trivially zero in the generated data.
    for (const k of TEAM_COUNT_KEYS) {
      expect(figures.totals[k]).toBe(figures.rows.reduce((s, r) => s + r[k], 0));
      if (k !== 'promisesDueToday') expect(figures.totals[k], k).toBeGreaterThan(0);
    }
  });
});
