import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { eachBackend, openDb, type Backend } from '../../server/harness';
import { DEFAULT_FAULTS, type FaultCounts } from './faultyTransport';
import { replayCommand, runSimulation, type SimulationReport } from './simulate';

// SIM_SEED=n replays one seed (SIM_BACKEND=pglite|postgres picks the backend, both by default);
// SIM_SEEDS=n runs n seeds on PGlite (and SIM_PG_SEEDS on PostgreSQL) from SIM_SEED_BASE.
const envInt = (name: string, fallback: number) => {
  const v = process.env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : fallback;
};
const only = process.env.SIM_SEED !== undefined ? envInt('SIM_SEED', 1) : null;
const base = envInt('SIM_SEED_BASE', 1);
const seedsFor = (backend: Backend): number[] => {
  if (only !== null) return process.env.SIM_BACKEND && process.env.SIM_BACKEND !== backend ? [] : [only];
  const n = backend === 'pglite' ? envInt('SIM_SEEDS', 40) : envInt('SIM_PG_SEEDS', 3);
  return Array.from({ length: n }, (_, i) => base + i);
};

const seen: FaultCounts & { reassigned: number; reimports: number; skewed: number; records: number; attacks: number; supervisorMoves: number; disputeSteps: number; legalBundles: number; outsourcingDecisions: number; runs: number } = {
  requests: 0,
  offline: 0,
  lostRequest: 0,
  lostResponse: 0,
  duplicate: 0,
  replayPull: 0,
  restartMidPush: 0,
  reassigned: 0,
  reimports: 0,
  skewed: 0,
  records: 0,
  attacks: 0,
  supervisorMoves: 0,
  disputeSteps: 0,
  legalBundles: 0,
  outsourcingDecisions: 0,
  runs: 0,
};

function explain(report: SimulationReport, seed: number, backend: Backend): string {
  return [
    `simulation seed ${seed} on ${backend} broke ${report.problems.length} invariant(s). Replay: ${replayCommand(seed, backend)}`,
    ...report.problems.slice(0, 20).map((p) => `  - ${p}`),
    '  last events:',
    ...report.log.slice(-(Number(process.env.SIM_LOG_LINES) || 25)).map((l) => `    ${l}`),
  ].join('\n');
}

async function run(seed: number, backend: Backend, reuse: Db): Promise<SimulationReport> {
  const report = await runSimulation({ seed, backend, reuse });
  seen.runs++;
  for (const k of Object.keys(report.faults) as (keyof FaultCounts)[]) seen[k] += report.faults[k];
  seen.reassigned += report.stats.reassignedWithPendingReceipts;
  seen.reimports += report.stats.reimports;
  seen.skewed += report.stats.skewedClocks;
  seen.records += report.stats.recordsCompared;
  seen.attacks += report.stats.attacks;
  seen.supervisorMoves += report.stats.supervisorMoves;
  seen.disputeSteps += report.stats.disputeSteps;
  seen.legalBundles += report.stats.legalBundles;
  seen.outsourcingDecisions += report.stats.outsourcingDecisions;
  if (report.problems.length > 0) console.error(explain(report, seed, backend));
  return report;
}

/**
 * Seeds that reproduce an open defect, as `backend:seed` → what is wrong; each must keep failing until fixed.
 * None open. (pglite:33, a branch laptop's case copies left behind by pull pages handed back again, was fixed by
 * the page's echo of its request's cursor: test/sync/client/pullReplay.test.ts.)
 */
const KNOWN_DIVERGENCE = new Map<string, string>();

eachBackend((backend) => {
  describe('multi-device sync simulation', () => {
    const seeds = seedsFor(backend);
    // One database for the file's seeds, emptied before each (headOffice.ts).
    let db: Db;
    beforeAll(async () => {
      if (seeds.length > 0) db = await openDb(backend);
    }, 60_000);
    afterAll(async () => {
      await db?.close();
    });
    it.skipIf(seeds.length === 0).each(seeds.length > 0 ? seeds : [0])(
      'seed %i: no acknowledged write lost, nothing duplicated at head office, every device converges',
      async (seed) => {
        const report = await run(seed, backend, db);
        expect(report.stats.mutations).toBeGreaterThan(0);
        const known = KNOWN_DIVERGENCE.get(`${backend}:${seed}`);
        if (known) {
          // An open defect, kept visible: this seed must keep reproducing it until it is fixed (then remove it here).
          expect(report.problems.length, known).toBeGreaterThan(0);
          return;
        }
        expect(report.problems, explain(report, seed, backend)).toEqual([]);
      },
      120_000,
    );
  });
});

// Faults often enough that every run has retries (a lost answer is what makes the cursor matter).
const STORMY = { ...DEFAULT_FAULTS, lostResponse: 0.4, duplicate: 0.3 };

describe('the simulation itself', () => {
  let db: Db;
  beforeAll(async () => {
    if (only === null) db = await openDb('pglite');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  afterAll(() => {
    if (seen.runs > 0) console.info(`[simulation] ${seen.runs} runs, faults injected: ${JSON.stringify(seen)}`);
  });

  it.skipIf(only !== null)('catches a head office that forgets to store the device cursor', async () => {
    const report = await runSimulation({ seed: 7, backend: 'pglite', bug: 'forget-device-cursor', rates: STORMY, reuse: db });
    expect(report.problems.length, 'the planted bug went unnoticed').toBeGreaterThan(0);
    expect(report.problems.join('\n')).toMatch(/fault-free sync failed|missing from head office|holds one record/);
  }, 120_000);

  it.skipIf(only !== null)('catches a head office that acknowledges receipts it does not store', async () => {
    const report = await runSimulation({ seed: 7, backend: 'pglite', bug: 'drop-receipts', rates: STORMY, reuse: db });
    expect(report.problems.some((p) => /recordReceipt on .* is missing from head office/.test(p))).toBe(true);
  }, 120_000);

  it.skipIf(only !== null)('catches a head office that lets a collector write to another branch’s case', async () => {
    const report = await runSimulation({ seed: 7, backend: 'pglite', bug: 'scope-ignores-assignment', steps: 4, reuse: db });
    expect(report.stats.attacks).toBeGreaterThan(0);
    expect(report.problems.some((p) => /expected rejected out_of_scope/.test(p)), 'the planted bug went unnoticed').toBe(true);
    expect(report.problems.some((p) => /another branch's case .* changed|not a case of/.test(p))).toBe(true);
  }, 120_000);

  it('injected every kind of fault across the seeds (a fault that never strikes proves nothing)', (ctx) => {
    // Decided when it runs, after the seeds: a handful of seeds may by chance miss a rare fault.
    if (seen.runs < 10) return ctx.skip();
    // records: field records pull sent and convergence compared (zero would mean that check checked nothing).
    // attacks: the adversarial device's pushes (adversary.ts) that head office had to hold against.
    // disputeSteps: reviews and resolutions of disputes head office took (disputeDesk.ts).
    // legalBundles: evidence bundles built on devices for suits head office filed (the whole legal road ran).
    // outsourcingDecisions: supervisors' decisions on outsourcing proposals head office took.
    for (const k of ['lostRequest', 'lostResponse', 'duplicate', 'replayPull', 'restartMidPush', 'offline', 'reassigned', 'reimports', 'skewed', 'records', 'attacks', 'supervisorMoves', 'disputeSteps', 'legalBundles', 'outsourcingDecisions'] as const) {
      expect(seen[k], k).toBeGreaterThan(0);
    }
  });
});
