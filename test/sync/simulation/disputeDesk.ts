import { contacts } from '../../../renderer/src/fieldwork/repository';
import { DEMO_OFFICERS } from '../../../shared/demo/branches';
import { DISPUTE_KINDS, DISPUTE_OUTCOMES } from '../../../shared/records/limits';
import { SimDevice, type FaultRates } from './device';
import type { HeadOffice } from './headOffice';
import type { Rng } from './prng';

/**
 * Disputes and complaints in the simulation (issue 13 §5): collectors' devices open them on their cases, and
 * the branch supervisor's own device (a laptop like the others: faulty network, its clock off) takes them up
 * and resolves them, through the app's repositories. It draws from its own generator, so the rest of a seed's
 * run is drawn as before; its device joins the final round and the invariants.
 */
export class DisputeDesk {
  private constructor(
    readonly supervisor: SimDevice,
    private readonly rng: Rng,
    private readonly log: string[],
  ) {}

  static async enrol(options: { collectors: readonly SimDevice[]; headOffice: HeadOffice; rng: Rng; rates: FaultRates; clock: { ms: number }; name: string; log: string[] }): Promise<DisputeDesk | null> {
    const branch = DEMO_OFFICERS.find((o) => o.id === options.collectors[0]?.userId)?.branchCode;
    if (!branch) return null;
    const skewMs = options.rng.int(-90, 90) * 60_000;
    const supervisor = await SimDevice.enrol({ name: options.name, userId: `demo-supervisor-${branch}`, headOffice: options.headOffice, rng: options.rng, rates: options.rates, skewMs, clock: options.clock });
    options.log.push(`enrol ${options.name} for demo-supervisor-${branch}, clock ${(skewMs / 3_600_000).toFixed(2)} h`);
    return new DisputeDesk(supervisor, options.rng, options.log);
  }

  /** One step, sometimes: a collector opens a dispute, or the supervisor syncs, takes one up or resolves one. */
  async step(collectors: readonly SimDevice[], sync: (d: SimDevice, why: string) => Promise<unknown>): Promise<void> {
    const { rng, supervisor, log } = this;
    if (!rng.chance(0.6)) return;
    const roll = rng.next();
    if (roll < 0.3) {
      const d = rng.pick(collectors);
      const cases = await d.db.cases.toArray();
      if (cases.length === 0) return;
      const c = rng.pick(cases);
      const opened = await contacts.openDispute(d.db, d.actor, c.id, rng.pick(DISPUTE_KINDS), '借款人对欠款金额有异议，要求核对');
      await d.trackOutbox();
      log.push(`${d.name} opens ${opened.kind} ${opened.id} on ${c.id}`);
    } else if (roll < 0.55) {
      await sync(supervisor, 'supervisor sync');
    } else {
      const open = await supervisor.db.disputes.filter((x) => x.resolvedAt === null).toArray();
      // Nothing to handle on the supervisor's laptop yet: it syncs to find out.
      if (open.length === 0) return void (await sync(supervisor, 'supervisor sync'));
      const dispute = rng.pick(open);
      if (roll < 0.75 && (dispute.reviewedAt ?? null) === null) {
        await contacts.reviewDispute(supervisor.db, supervisor.actor, dispute);
        log.push(`${supervisor.name} takes up ${dispute.id}`);
      } else {
        const outcome = rng.pick(DISPUTE_OUTCOMES);
        await contacts.resolveDispute(supervisor.db, supervisor.actor, dispute, outcome, '核对流水与合同后作出处理，已告知客户');
        log.push(`${supervisor.name} resolves ${dispute.id}: ${outcome}`);
      }
      await supervisor.trackOutbox();
    }
  }
}
