import { describe, expect, it } from 'vitest';
import { instantMs } from '../../../shared/calendar';
import { OUTCOMES, type OutcomeCode } from '../../../shared/fieldwork/outcomes';
import {
  byBranch, byCollector, byProduct, computeKpis, emptyTally, figuresOf, inPeriod, instantsIn, kpiPeriod, kpisBy, kpisWithTotal, moneyTallyOf, monthPeriod,
  rollMatrix, statesOn, tallyBy, type KpiCase, type KpiInput, type KpiPeriod, type KpiTally,
} from '../../../shared/kpi';
import { bucketOf } from '../../../shared/domain/buckets';

/**
 * shared/kpi/tallyBy.ts: every group's sums in one pass equal the sums over each group's cases alone, computed
 * the first way (filter each list to the group's cases, parse every instant), and the instant test reads the
 * written date right at every offset and period end.
 */

/** The first tallyKpis, kept here as the reference: a group's records filtered out, every instant parsed. */
function referenceTally(input: KpiInput, period: KpiPeriod, graceDays: number): KpiTally {
  const ids = new Set(input.cases.map((c) => c.id));
  const mine = <T extends { caseId: string }>(list: readonly T[]) => list.filter((r) => ids.has(r.caseId));
  const within = (at: string) => inPeriod(period, instantMs(at));
  const snapshots = mine(input.snapshots);
  const opening = statesOn(snapshots, period.from);
  const closing = statesOn(snapshots, period.to);
  const t = emptyTally();
  t.cases = ids.size;
  for (const id of ids) {
    t.openingOverdueFen += opening.get(id)?.overdueFen ?? 0;
    const end = closing.get(id);
    if (!end) continue;
    t.closingOverdueFen += end.overdueFen;
    t.dpdSum += end.dpd;
    t.dpdCases += 1;
  }
  t.rolls = rollMatrix(ids, opening, closing);
  moneyTallyOf(mine(input.payments), mine(input.promises), period, graceDays, t);
  for (const a of mine(input.activities)) {
    if (!within(a.at)) continue;
    if (a.agency) {
      t.agencyAttempts += 1;
      continue;
    }
    t.attempts += 1;
    if (OUTCOMES[a.outcome as OutcomeCode]?.connected) t.connected += 1;
    if (OUTCOMES[a.outcome as OutcomeCode]?.rightParty) t.rightParty += 1;
    if (a.overridden) t.overrides += 1;
  }
  t.complaints = mine(input.disputes).filter((d) => d.kind === 'complaint' && within(d.openedAt)).length;
  for (const l of mine(input.letters)) {
    if (l.copy || l.voided) continue;
    if (within(l.issuedAt)) t.lettersIssued += 1;
    if (l.deliveryStatus === 'delivered' && l.deliveryAt !== null && within(l.deliveryAt)) t.lettersDelivered += 1;
  }
  return t;
}

let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const OFFSETS = ['Z', '+08:00', '-05:00', '+14:00', '-11:00', '+23:59', '-23:59', '+05:45'];
/** An instant written with one of many offsets, from late October to early December. */
const instant = () => {
  const day = new Date(Date.UTC(2026, 9, 27 + Math.floor(rnd() * 40))).toISOString().slice(0, 10);
  const time = `${String(Math.floor(rnd() * 24)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}:${String(Math.floor(rnd() * 60)).padStart(2, '0')}`;
  return `${day}T${time}${rnd() < 0.3 ? '.123' : ''}${pick(OFFSETS)}`;
};
const date = () => new Date(Date.UTC(2026, 9, 20 + Math.floor(rnd() * 50))).toISOString().slice(0, 10);

function generated(n: number): KpiInput {
  const cases: KpiCase[] = [];
  const input: { [K in keyof KpiInput]: KpiInput[K][number][] } = { cases, snapshots: [], activities: [], promises: [], payments: [], disputes: [], letters: [] };
  for (let i = 0; i < n; i++) cases.push({ id: `c${i}`, branchCode: `B${i % 3}`, officerId: i % 7 === 0 ? null : `u${i % 5}`, product: pick(['credit_card', 'consumer_loan', 'mortgage'] as const) });
  // A case listed twice, and records of a case that is not in the input.
  cases.push({ ...cases[3]!, officerId: 'someone-else' });
  const caseId = () => (rnd() < 0.05 ? 'elsewhere' : `c${Math.floor(rnd() * n)}`);
  for (let i = 0; i < n * 3; i++) {
    const dpd = Math.floor(rnd() * 200);
    input.snapshots.push({ caseId: caseId(), date: date(), bucket: bucketOf(dpd), dpd, overdueFen: 1000 + Math.floor(rnd() * 100_000), principalFen: 1000 });
  }
  for (let i = 0; i < n * 20; i++) {
    input.activities.push({ id: `a${i}`, caseId: caseId(), userId: 'u', outcome: pick([...Object.keys(OUTCOMES), 'not_an_outcome']), at: instant(), overridden: rnd() < 0.1, ...(rnd() < 0.1 ? { agency: true } : {}) });
  }
  for (let i = 0; i < n; i++) {
    input.promises.push({ id: `p${i}`, caseId: caseId(), amountFen: 10_000 * (1 + Math.floor(rnd() * 5)), dueDate: date(), createdAt: instant(), ...(rnd() < 0.2 ? { agency: true } : {}) });
    const source = pick(['core_banking', 'transfer', 'receipt', 'agency'] as const);
    input.payments.push({ id: `y${i}`, caseId: caseId(), amountFen: 10_000 * (1 + Math.floor(rnd() * 3)), paidOn: date(), source, reference: rnd() < 0.3 ? `R${i % 9}` : null, receiptId: null, recordedAt: instant() });
    input.disputes.push({ id: `d${i}`, caseId: caseId(), kind: rnd() < 0.5 ? 'complaint' : 'dispute', openedAt: instant() });
    const delivered = rnd() < 0.5;
    input.letters.push({ id: `l${i}`, caseId: caseId(), issuerId: 'u', issuedAt: instant(), copy: rnd() < 0.1, voided: rnd() < 0.1, deliveryStatus: delivered ? 'delivered' : 'sent', deliveryAt: delivered ? instant() : null });
  }
  return input;
}

const input = generated(300);
const periods = [monthPeriod('2026-11'), kpiPeriod('2026-11-03', '2026-11-04', '2026-11-20'), monthPeriod('2026-11', '2026-11-15', 'America/New_York'), kpiPeriod('2026-11-01', '2026-11-30', '2026-11-30', 'Pacific/Kiritimati')];

describe('tallyBy: one pass for every group', () => {
  for (const period of periods) {
    it(`${period.from}..${period.to} as of ${period.asOf} in ${period.timeZone}: each group as if computed alone`, () => {
      for (const keyOf of [byCollector, byBranch, byProduct]) {
        const groups = tallyBy(input, period, { graceDays: 3 }, keyOf);
        // A case listed twice belongs to the group of its first line.
        const first = new Map<string, KpiCase>();
        for (const c of input.cases) if (!first.has(c.id)) first.set(c.id, c);
        const expected = new Map<string, KpiTally>();
        for (const c of first.values()) {
          const key = keyOf(c);
          if (expected.has(key)) continue;
          const cases = input.cases.filter((x) => keyOf(first.get(x.id)!) === key);
          expected.set(key, referenceTally({ ...input, cases }, period, 3));
        }
        expect(groups).toEqual(expected);
      }
    });
  }

  it('the data reaches every part of the sums', () => {
    const t = tallyBy(input, periods[0]!, { graceDays: 3 }, () => 'all').get('all')!;
    for (const k of ['attempts', 'connected', 'rightParty', 'overrides', 'complaints', 'lettersIssued', 'lettersDelivered', 'recoveredFen', 'promisesSettled', 'agencyAttempts', 'agencyPromises', 'agencyRecoveredFen', 'dpdCases'] as const) {
      expect(t[k], k).toBeGreaterThan(0);
    }
  });

  it('kpisWithTotal: the groups and their total, the same as kpisBy and computeKpis', () => {
    const period = periods[0]!;
    const { total, by } = kpisWithTotal(input, period, { graceDays: 3 }, byCollector);
    expect(total).toEqual(computeKpis(input, period, { graceDays: 3 }));
    expect(total).toEqual(figuresOf(referenceTally(input, period, 3)));
    expect(by).toEqual(kpisBy(input, period, { graceDays: 3 }, byCollector));
  });

  it('no cases: nothing counted', () => {
    expect(tallyBy({ ...input, cases: [] }, periods[0]!, { graceDays: 3 }, byCollector).size).toBe(0);
    expect(computeKpis({ ...input, cases: [] }, periods[0]!, { graceDays: 3 })).toEqual(figuresOf(emptyTally()));
  });
});

describe('instantsIn: inPeriod without parsing most instants', () => {
  const november = monthPeriod('2026-11');
  it.each([
    ['2026-10-31T15:59:59.999Z', false],
    ['2026-10-31T16:00:00Z', true],
    ['2026-11-01T00:00:00+08:00', true],
    ['2026-10-31T23:59:59+08:00', false],
    ['2026-11-01T05:59:59+14:00', false],
    ['2026-11-01T06:00:00+14:00', true],
    ['2026-10-31T05:00:00-11:00', true],
    ['2026-11-30T15:59:59Z', true],
    ['2026-11-30T16:00:00Z', false],
    ['2026-12-01T00:00:00+08:00', false],
    ['2026-11-30T23:59:59.999+08:00', true],
    ['2026-11-15T12:00:00Z', true],
    ['2026-10-15T12:00:00Z', false],
    ['2026-12-15T12:00:00+23:59', false],
    ['2026-11-02T00:00:00+23:59', true],
    ['2026-11-01T15:58:00+23:59', false],
    ['2026-11-01T15:59:00+23:59', true],
  ])('%s in November (Shanghai): %s', (at, expected) => {
    expect(instantsIn(november)(at)).toBe(expected);
    expect(inPeriod(november, instantMs(at))).toBe(expected);
  });

  it('agrees with parsing on thousands of instants in every period and zone', () => {
    for (const period of periods) {
      const within = instantsIn(period);
      for (let i = 0; i < 5000; i++) {
        const at = instant();
        expect(within(at), at).toBe(inPeriod(period, instantMs(at)));
      }
    }
  });

  it('an instant it cannot read by its date is parsed (and a bad one refused, as before)', () => {
    expect(instantsIn(november)('+002026-11-15T00:00:00Z')).toBe(true);
    expect(() => instantsIn(november)('not an instant')).toThrow(RangeError);
  });
});
