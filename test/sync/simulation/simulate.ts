import { importExtract, reassignCase } from '../../../server/import/apply';
import { caseIdOf } from '../../../server/import/portfolio';
import type { Case } from '../../../shared/domain/case';
import { DEMO_OFFICERS } from '../../../shared/demo/branches';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import type { Db } from '../../../server/db/types';
import type { Backend } from '../../server/harness';
import { Adversary, checkNoCrossBranchWrites } from './adversary';
import { SimDevice, type FieldAction } from './device';
import { DEFAULT_FAULTS, type FaultCounts, type FaultRates } from './faultyTransport';
import { startHeadOffice, type HeadOffice, type PlantedBug } from './headOffice';
import { checkAuditChains } from './auditChains';
import { checkConvergence, checkNoLossNoDuplicates } from './invariants';
import { DisputeDesk } from './disputeDesk';
import { makeRng } from './prng';
import { createAgency } from '../../../server/console/outsourcing/agencies';

export interface SimulationOptions {
  seed: number;
  backend: Backend;
  /** Field steps before the final fault-free round. */
  steps?: number;
  rates?: FaultRates;
  /** A server bug planted on purpose (the simulation must catch it). */
  bug?: PlantedBug;
  /** Also edit cases on the device (add phones); on by default. */
  caseEdits?: boolean;
  /** A database from openDb(backend) to run on (emptied first) instead of a new one. */
  reuse?: Db;
  /** Also run an adversarial device (adversary.ts); on by default. */
  adversary?: boolean;
  /** Also open, take up and resolve disputes, with a supervisor's device (disputeDesk.ts); on by default. */
  disputes?: boolean;
  /** Also ask for, decide and use overrides (issue 13 §4); on by default. */
  overrides?: boolean;
}

export interface SimulationReport {
  problems: string[];
  /** What happened, one line per event, for the replay. */
  log: string[];
  faults: FaultCounts;
  stats: { devices: number; mutations: number; restarts: number; reassignedWithPendingReceipts: number; reimports: number; skewedClocks: number; recordsCompared: number; attacks: number; supervisorMoves: number; disputeSteps: number; legalBundles: number; outsourcingDecisions: number };
}

const HOUR = 3_600_000;
const ACTIONS: readonly FieldAction[] = ['activity', 'activity', 'promise', 'receipt', 'receipt', 'voidReceipt', 'plan', 'letter', 'sendLetter', 'voidLetter'];
const CASE_EDITS: readonly FieldAction[] = ['addPhone', 'customerFacts', 'relatedParty', 'correctRelatedParty'];
/** Overrides asked, decided on the requesting device, and used by a contact (issue 13 §4). */
const OVERRIDES: readonly FieldAction[] = ['requestOverride', 'approveOverrideHere', 'approveOverrideHere', 'overrideContact', 'overrideContact'];

/**
 * One seeded run: head office with an imported portfolio, several devices doing field work through the
 * app's repositories and syncing through a faulty network, head office restarting and reassigning cases;
 * then one fault-free round, and the invariants (invariants.ts).
 */
export async function runSimulation(options: SimulationOptions): Promise<SimulationReport> {
  const { seed, backend } = options;
  const rng = makeRng(seed);
  const log: string[] = [];
  const clock = { ms: Date.parse('2026-11-23T01:00:00Z') };
  const ho = await startHeadOffice(backend, clock.ms, { bug: options.bug, reuse: options.reuse });
  const devices: SimDevice[] = [];
  const stats = { devices: 0, mutations: 0, restarts: 0, reassignedWithPendingReceipts: 0, reimports: 0, skewedClocks: 0, recordsCompared: 0, attacks: 0, supervisorMoves: 0, disputeSteps: 0, legalBundles: 0, outsourcingDecisions: 0 };
  const attackProblems: string[] = [];
  let adversary: Adversary | null = null;
  const faults: FaultCounts = { requests: 0, offline: 0, lostRequest: 0, lostResponse: 0, duplicate: 0, replayPull: 0, restartMidPush: 0 };
  try {
    const cases = demoCases(60, { seed: `simulation-${seed}` });
    await importExtract(ho.db, extractOf(cases.flatMap(caseToRows)), { now: new Date(clock.ms) });
    const perOfficer = new Map<string, number>();
    for (const c of cases) if (c.assignment.officerId) perOfficer.set(c.assignment.officerId, (perOfficer.get(c.assignment.officerId) ?? 0) + 1);
    // Devices go to officers of one or two branches, so reassignments move cases between simulated devices.
    const officers = [...perOfficer.keys()].sort();
    const branches = [...new Set(officers.map((o) => DEMO_OFFICERS.find((d) => d.id === o)!.branchCode))].sort();
    const chosenBranches = [rng.pick(branches), rng.pick(branches)];
    const candidates = officers.filter((o) => chosenBranches.includes(DEMO_OFFICERS.find((d) => d.id === o)!.branchCode));
    const count = rng.int(3, 5);
    for (let i = 0; i < count; i++) {
      const userId = rng.pick(candidates);
      // Some laptops' clocks are hours off, either way; the rest a few minutes.
      const skewed = rng.chance(0.4);
      const skewMs = skewed ? rng.int(-12, 12) * HOUR + rng.int(-59, 59) * 60_000 : rng.int(-5, 5) * 60_000;
      if (skewed) stats.skewedClocks++;
      const name = `sim-${backend}-${seed}-${i}`;
      const device = await SimDevice.enrol({ name, userId, headOffice: ho, rng, rates: options.rates ?? DEFAULT_FAULTS, skewMs, clock });
      devices.push(device);
      log.push(`enrol ${name} for ${userId}, clock ${skewMs >= 0 ? '+' : ''}${(skewMs / HOUR).toFixed(2)} h`);
    }
    // The branch's supervisor on a laptop of their own: holds the branch, does some field work, and reassigns cases.
    const supervised = chosenBranches[0]!;
    const supervisor = await SimDevice.enrol({ name: `sim-${backend}-${seed}-supervisor`, userId: `demo-supervisor-${supervised}`, headOffice: ho, rng, rates: options.rates ?? DEFAULT_FAULTS, skewMs: 0, clock });
    supervisor.supervises = supervised;
    const supRng = makeRng(seed ^ 0x5e1ec7);
    const legalRng = makeRng(seed ^ 0x1e6a1);
    const outsourcingRng = makeRng(seed ^ 0x0a6e7c);
    // An agency serving the simulated branches, as head office's admins set one up (issue 19 §5).
    const agency = await createAgency(ho.db, {
      name: '模拟委外催收有限公司', licenceNumber: `SIM-LIC-${seed}`, contractStart: '2026-01-01', contractEnd: '2027-12-31', commissionBps: 1200, branches: [...new Set(chosenBranches)],
      exportFields: ['caseNumber'], unmasked: [], status: 'active', verifyContact: '本行客服热线（见本行官网）',
    }, 'demo-admin', new Date(clock.ms));
    devices.push(supervisor);
    for (const d of devices) d.agencyId = agency.id;
    log.push(`enrol ${supervisor.name} for demo-supervisor-${supervised}`);
    stats.devices = devices.length;
    const actions: readonly FieldAction[] = options.caseEdits === false ? ACTIONS : [...ACTIONS, ...CASE_EDITS];

    const sync = async (d: SimDevice, why: string) => {
      const result = await d.client.syncOnce();
      await d.trackOutbox();
      log.push(`${why} ${d.name}: ${result.ok ? `ok push ${JSON.stringify(result.value.push)} pull ${JSON.stringify(result.value.pull)}` : `failed ${result.error.code}: ${result.error.message}`}`);
      return result;
    };

    for (const d of devices) await sync(d, 'first sync');

    const steps = options.steps ?? rng.int(25, 40);
    // The adversary draws from its own generator, so the honest run of a seed is the same with or without it.
    const advRng = makeRng(seed ^ 0x5eed_ad5);
    // Overrides too, so adding them left each seed's other work as it was.
    const overrideRng = makeRng(seed ^ 0x0e_11de);
    const attackAt = advRng.int(0, Math.max(0, steps - 1));
    if (options.adversary !== false) {
      const honest = new Set(devices.map((d) => d.userId));
      adversary = await Adversary.enrol(ho, advRng, `adversary-${backend}-${seed}`, officers.filter((o) => !honest.has(o)));
      if (adversary) log.push(`enrol ${adversary.name} for ${adversary.userId} (branch ${adversary.branchCode}), an adversarial device`);
    }
    const attack = async (when: string) => {
      if (!adversary) return;
      const found = await adversary.attack(advRng);
      attackProblems.push(...found);
      log.push(`${adversary.name} attacks ${when}: ${found.length === 0 ? 'head office held' : `${found.length} problem(s)`}`);
    };
    // The dispute desk draws from its own generator too, and its supervisor's device joins the final round.
    // The desk works the disputes collectors open (the supervisor does not close what they opened themselves).
    const desk = options.disputes === false ? null : await DisputeDesk.enrol({ collectors: devices.filter((x) => !x.supervises), headOffice: ho, rng: makeRng(seed ^ 0xd15_907e), rates: options.rates ?? DEFAULT_FAULTS, clock, name: `supervisor-${backend}-${seed}`, log });
    for (let step = 0; step < steps; step++) {
      if (step === attackAt) await attack(`at step ${step}`);
      await desk?.step(devices, sync);
      clock.ms += rng.int(1, 40) * 60_000;
      ho.setTime(clock.ms);
      const d = rng.pick(devices);
      const roll = rng.next();
      if (roll < 0.4) {
        const n = rng.int(1, 3);
        for (let k = 0; k < n; k++) {
          const done = await d.work(rng, rng.pick(actions));
          if (done) log.push(`${d.name} ${done}`);
        }
        // A collector asks for overrides; the supervisor's own laptop does not (its supervisor would approve their own request).
        if (options.overrides !== false && !d.supervises && overrideRng.chance(0.8)) {
          const done = await d.work(overrideRng, overrideRng.pick(OVERRIDES));
          if (done) log.push(`${d.name} ${done}`);
        }
      } else if (roll < 0.68) {
        await sync(d, 'sync');
      } else if (roll < 0.74) {
        // Two devices at once: head office serves them concurrently (a pool of connections on PostgreSQL).
        const other = rng.pick(devices);
        await Promise.all([sync(d, 'concurrent sync'), other === d ? Promise.resolve() : sync(other, 'concurrent sync')]);
      } else if (roll < 0.82) {
        d.transport.online = !d.transport.online;
        log.push(`${d.name} goes ${d.transport.online ? 'online' : 'offline'}`);
      } else if (roll < 0.86) {
        await ho.restart();
        log.push('head office restarts');
      } else if (roll < 0.9) {
        await reimport();
      } else if (roll < 0.95) {
        await reassignWhileOffline(d);
      } else {
        const done = await supervisor.assignSome(rng);
        if (done) log.push(`${supervisor.name} ${done}`);
        if (done?.startsWith('assigns')) stats.supervisorMoves++;
      }
      // Special-customer arrangements are proposed and decided on a generator of their own, so a seed's other work
      // stays as it was.
      if (supRng.chance(0.2)) {
        const proposer = supRng.pick(devices.filter((x) => x !== supervisor));
        const done = await proposer.work(supRng, 'arrangement');
        if (done) log.push(`${proposer.name} ${done}`);
      }
      if (supRng.chance(0.25)) {
        await sync(supervisor, 'supervisor sync');
        for (const done of await supervisor.decideArrangements(supRng)) log.push(`${supervisor.name} ${done}`);
      }
      // Legal referrals (issue 19 §1): made and decided on a generator of their own, so the rest of a seed stays as it was.
      if (legalRng.chance(0.15)) {
        const referrer = legalRng.pick(devices.filter((x) => x !== supervisor));
        const done = await referrer.work(legalRng, 'legalReferral');
        if (done) log.push(`${referrer.name} ${done}`);
      }
      if (legalRng.chance(0.2)) {
        await sync(supervisor, 'supervisor sync');
        for (const done of await supervisor.decideReferrals(legalRng)) log.push(`${supervisor.name} ${done}`);
      }
      // Outsourcing proposals: on a generator of their own, so the rest of a seed stays as it was.
      if (outsourcingRng.chance(0.15)) {
        const proposer = outsourcingRng.pick(devices.filter((x) => x !== supervisor));
        const done = await proposer.work(outsourcingRng, 'outsourcingProposal');
        if (done) log.push(`${proposer.name} ${done}`);
      }
      if (outsourcingRng.chance(0.2)) {
        await sync(supervisor, 'supervisor sync');
        for (const done of await supervisor.decideOutsourcing(outsourcingRng)) log.push(`${supervisor.name} ${done}`);
      }
      // Head office's legal staff accept approved referrals and file them (console routes); devices then build bundles.
      if (legalRng.chance(0.25)) {
        for (const done of await headOfficeLegal(ho)) log.push(`head office ${done}`);
        const holder = legalRng.pick(devices);
        await sync(holder, 'legal sync');
        for (const done of await holder.buildBundles()) log.push(`${holder.name} ${done}`);
      }
    }

    /**
     * Core banking's next extract: a few cases' interest has grown. The whole portfolio is sent (a case left
     * out would be settled), each case with the officer head office has now.
     */
    async function reimport(): Promise<void> {
      const now = new Map(
        (await ho.db.query<{ id: string; branch_code: string; officer_id: string | null }>('SELECT id, branch_code, officer_id FROM cases')).rows.map((r) => [r.id, r]),
      );
      const changed: string[] = [];
      for (let k = rng.int(1, 4); k > 0; k--) {
        const i = rng.int(0, cases.length - 1);
        const c = cases[i]!;
        const [first, ...rest] = c.accounts;
        cases[i] = { ...c, accounts: [{ ...first!, amounts: { ...first!.amounts, interestFen: first!.amounts.interestFen + rng.int(1, 500) * 100 } }, ...rest] };
        changed.push(caseIdOf(customerNoOf(c)));
      }
      const rows = cases.flatMap((c: Case) => {
        const at = now.get(caseIdOf(customerNoOf(c)));
        return caseToRows(at ? { ...c, assignment: { ...c.assignment, branchCode: at.branch_code, officerId: at.officer_id } } : c);
      });
      const result = await importExtract(ho.db, extractOf(rows), { now: new Date(clock.ms) });
      stats.reimports++;
      log.push(`head office imports a new extract: ${changed.join(', ')} changed (${JSON.stringify(result.counts)})`);
    }

    /** The device is offline with receipts pending on a case when head office gives the case to someone else. */
    async function reassignWhileOffline(d: SimDevice): Promise<void> {
      const local = await d.db.cases.toArray();
      if (local.length === 0) return;
      const c = rng.pick(local);
      const branch = c.assignment.branchCode;
      const others = DEMO_OFFICERS.filter((o) => o.branchCode === branch && o.id !== d.userId).map((o) => o.id);
      if (others.length === 0) return;
      d.transport.online = false;
      const receipts = rng.int(1, 2);
      for (let k = 0; k < receipts; k++) {
        const done = await d.work(rng, 'receipt', c.id);
        if (done) log.push(`${d.name} (offline) ${done}`);
      }
      if (rng.chance(0.5)) {
        const done = await d.work(rng, 'voidReceipt', c.id);
        if (done) log.push(`${d.name} (offline) ${done}`);
      }
      const to = rng.pick(others);
      const outcome = await reassignCase(ho.db, c.id, to, new Date(clock.ms));
      stats.reassignedWithPendingReceipts++;
      log.push(`head office reassigns ${c.id} from ${d.userId} to ${to} (${outcome}) while ${d.name} is offline with pending receipts`);
    }

    // The final round: everyone online, no faults; twice, so evictions deferred behind a push complete.
    if (desk) devices.push(desk.supervisor);
    for (const d of devices) {
      d.transport.online = true;
      d.transport.faults = false;
    }
    await attack('before the final round');
    const problems: string[] = [...attackProblems];
    for (let round = 0; round < 2; round++) {
      for (const d of devices) {
        const result = await sync(d, `final round ${round + 1}`);
        if (!result.ok) problems.push(`${d.name}: the fault-free sync failed: ${result.error.code}: ${result.error.message}`);
      }
    }
    problems.push(...(await checkNoLossNoDuplicates(ho, devices)));
    problems.push(...(await checkConvergence(ho, devices)));
    problems.push(...(await checkAuditChains(ho, devices)));
    problems.push(...(await checkNoCrossBranchWrites(ho, adversary)));
    stats.attacks = adversary?.attacks ?? 0;
    // Reviews and resolutions head office took (zero would mean the dispute desk exercised nothing).
    stats.disputeSteps = (await ho.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM field_records WHERE kind IN ('reviewDispute', 'resolveDispute')`)).rows[0]!.n;
    stats.legalBundles = (await ho.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM field_records WHERE kind = 'recordLegalBundle'`)).rows[0]!.n;
    stats.outsourcingDecisions = (await ho.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM field_records WHERE kind = 'decideOutsourcing'`)).rows[0]!.n;
    stats.mutations = devices.reduce((n, d) => n + d.queued.length, 0);
    stats.restarts = ho.restarts();
    stats.recordsCompared = devices.reduce((n, d) => n + d.recordsCompared, 0);
    for (const d of devices) for (const k of Object.keys(faults) as (keyof FaultCounts)[]) faults[k] += d.transport.counts[k];
    return { problems, log, faults, stats };
  } finally {
    // Each device's IndexedDB factory goes with it.
    for (const d of devices) d.close();
    await ho.close();
  }
}

/** The command that replays one seed. */
export const replayCommand = (seed: number, backend: Backend) => `SIM_SEED=${seed} SIM_BACKEND=${backend} npx vitest run test/sync/simulation`;

let legalToken: { url: string; token: string } | null = null;

/**
 * Head office's legal staff as the console does it (server/console/legal/routes.ts): accept every referral a
 * supervisor approved, and file each accepted one not filed yet against the case's borrower.
 */
async function headOfficeLegal(ho: HeadOffice): Promise<string[]> {
  const url = ho.url();
  let session = legalToken;
  if (session?.url !== url) {
    const res = await fetch(`${url}/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'demo-admin', password: 'demo1234', deviceId: `sim-legal-${Date.now()}` }) });
    session = { url, token: ((await res.json()) as { accessToken: string }).accessToken };
    legalToken = session;
  }
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  const get = async <T>(path: string): Promise<T> => (await (await fetch(`${url}${path}`, { headers })).json()) as T;
  const post = (path: string, body: unknown) => fetch(`${url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const done: string[] = [];
  type Referral = { id: string; caseId: string; proceeding: string; claimFen: number };
  for (const r of (await get<{ referrals: Referral[] }>('/admin/legal/referrals?status=approved')).referrals) {
    const res = await post(`/admin/legal/referrals/${r.id}/review`, { decision: 'accept', reason: '受理，交法律部立案' });
    done.push(`accepts referral ${r.id}: ${res.status}`);
  }
  const filed = new Set((await get<{ legalCases: { referralId: string }[] }>('/admin/legal/cases')).legalCases.map((l) => l.referralId));
  for (const r of (await get<{ referrals: Referral[] }>('/admin/legal/referrals?status=accepted')).referrals.filter((x) => !filed.has(x.id))) {
    const { parties } = await get<{ parties: { id: string; role: string }[] }>(`/admin/legal/cases/${r.caseId}`);
    const borrower = parties.find((p) => p.role === 'borrower');
    if (!borrower) continue;
    const res = await post(`/admin/legal/cases/${r.caseId}/steps`, {
      legalCaseId: null,
      step: {
        kind: 'file', referralId: r.id, proceeding: r.proceeding, forum: r.proceeding === 'arbitration' ? 'arbitration' : 'court', forumName: '上海市浦东新区人民法院',
        caseNumber: `（2026）沪0115民初${r.id.slice(-6)}号`, filedOn: '2026-11-23', parties: [{ partyId: borrower.id, role: 'defendant' }],
        claim: { principalFen: r.claimFen, interestFen: 0, penaltyFen: 0, feesFen: 0 }, costs: { courtFeeFen: 0, counselFeeFen: 0 },
      },
    });
    done.push(`files referral ${r.id}: ${res.status}`);
  }
  return done;
}
