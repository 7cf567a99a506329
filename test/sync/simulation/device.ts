import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { openStore } from '../../../renderer/src/store/openStore';
import { activities, contacts, overrides, plans, promises, receipts, type Actor } from '../../../renderer/src/fieldwork/repository';
import { approvalInForce, defaultOverrideWindow } from '../../../shared/fieldwork/overrides';
import { peekLetterCounter, recordDelivery, registerLetter, takeLetterCounters, voidLetter } from '../../../renderer/src/letters/repository/register';
import { createSyncClient, type SyncClient } from '../../../renderer/src/sync/syncClient';
import { assignCases } from '../../../renderer/src/assignment/actions';
import { runAction } from '../../../renderer/src/store/runAction';
import { DEMO_OFFICERS } from '../../../shared/demo/branches';
import * as arrangements from '../../../renderer/src/arrangements/repository/arrangements';
import * as legal from '../../../renderer/src/legal/repository/legal';
import { recordLegalBundle } from '../../../renderer/src/legal/actions/recordLegalBundle';
import * as outsourcing from '../../../renderer/src/outsourcing/repository/outsourcing';
import { evidenceChecklist } from '../../../shared/legal/checklist';
import { addParty, recordFacts, retireParty } from '../../../renderer/src/customer/repository/customerRecords';
import { isContactable } from '../../../shared/records/customerFacts';
import type { Case } from '../../../shared/domain/case';
import type { Activity } from '../../../shared/fieldwork/records';
import { formatLetterNumber } from '../../../shared/letters/serial';
import { newId, type OutboxEntry } from '../../../shared/sync';
import { PASSWORD } from '../../server/harness';
import { faultyTransport, type FaultRates, type FaultyTransport } from './faultyTransport';
import type { HeadOffice } from './headOffice';
import type { Rng } from './prng';

export type FieldAction = 'activity' | 'promise' | 'receipt' | 'voidReceipt' | 'plan' | 'letter' | 'sendLetter' | 'voidLetter' | 'addPhone' | 'arrangement' | 'legalReferral' | 'outsourcingProposal' | 'customerFacts' | 'relatedParty' | 'correctRelatedParty' | OverrideAction;
export type OverrideAction = 'requestOverride' | 'approveOverrideHere' | 'overrideContact';

/**
 * One collector's laptop: its own store (an IndexedDB factory of its own on fake-indexeddb, opened by
 * openStore with its data key), written only through the app's repositories (record + audit + outbox in one
 * transaction), synced by the app's own sync client over a faulty network. Its clock may be hours off.
 */
export class SimDevice {
  /** Every outbox entry this device ever queued, in order (what "acknowledged" is checked against). */
  readonly queued: OutboxEntry[] = [];
  readonly actor: Actor;
  readonly client: SyncClient;
  /** Records (not cases) a fresh pull sent that the convergence check compared with this device's. */
  recordsCompared = 0;
  /** A supervisor's laptop holds its whole branch (and may reassign its cases); a collector's, their own cases. */
  supervises: string | null = null;
  /** The agency head office set up for the simulated branches (proposals name it). */
  agencyId: string | null = null;
  private lastQueued = 0;

  private constructor(
    readonly name: string,
    readonly userId: string,
    readonly deviceId: string,
    readonly deviceCode: string,
    readonly db: RecoveryDeskDb,
    readonly transport: FaultyTransport,
    readonly skewMs: number,
    private readonly clock: { ms: number },
    readonly accessToken: string,
  ) {
    this.actor = { userId, deviceId, now: () => new Date(clock.ms + skewMs) };
    this.client = createSyncClient({
      // The transport sends to wherever head office listens now; this address only carries the path.
      baseUrl: 'http://head-office.invalid',
      fetch: transport.fetch,
      db,
      credentials: () => ({ accessToken, deviceId }),
      now: () => new Date(clock.ms + skewMs),
      pullLimit: 7,
      pushBatch: 5,
    });
  }

  static async enrol(options: { name: string; userId: string; headOffice: HeadOffice; rng: Rng; rates: FaultRates; skewMs: number; clock: { ms: number } }): Promise<SimDevice> {
    // A laptop of its own: its own IndexedDB, opened as the app opens its store (data key, field encryption).
    const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!opened.ok) throw new Error(`store of ${options.name}: ${opened.failure} ${opened.detail}`);
    const db = opened.store.db;
    const identity = await opened.store.device.identity();
    const res = await fetch(`${options.headOffice.url()}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: options.userId, password: PASSWORD, deviceId: identity.deviceId }),
    });
    const body = (await res.json()) as { accessToken: string; device: { code: string } };
    if (res.status !== 200) throw new Error(`sign-in of ${options.userId}: ${res.status} ${JSON.stringify(body)}`);
    const transport = faultyTransport(options.rng.fork(), options.headOffice, options.rates);
    return new SimDevice(options.name, options.userId, identity.deviceId, body.device.code, db, transport, options.skewMs, options.clock, body.accessToken);
  }

  /** Does one piece of field work on a case of this device; answers what it did (null: nothing to do). */
  async work(rng: Rng, action: FieldAction, caseId?: string): Promise<string | null> {
    const cases = await this.db.cases.toArray();
    const c = caseId ? cases.find((x) => x.id === caseId) : cases.length > 0 ? rng.pick(cases) : undefined;
    if (!c) return null;
    const done = await this.act(rng, action, c);
    await this.trackOutbox();
    return done;
  }

  private async act(rng: Rng, action: FieldAction, c: Case): Promise<string | null> {
    const { db, actor } = this;
    const party = c.parties[0]!;
    const phone = party.phones.find((p) => p.retiredAt === null);
    const at = actor.now().toISOString();
    switch (action) {
      case 'activity':
      case 'promise': {
        if (!phone) return null;
        const activity: Activity = {
          id: newId(),
          caseId: c.id,
          partyId: party.id,
          channel: 'phone',
          phoneId: phone.id,
          addressId: null,
          outcome: action === 'promise' ? 'promise' : 'no_answer',
          notes: '',
          nextAction: null,
          nextActionDate: null,
          at,
          userId: actor.userId,
          deviceId: actor.deviceId,
          override: null,
        };
        await activities.recordActivity(db, actor, activity);
        if (action === 'activity') return `activity ${activity.id} on ${c.id}`;
        const promise = await promises.createPromise(db, actor, {
          id: newId(),
          caseId: c.id,
          activityId: activity.id,
          amountFen: rng.int(1, 500) * 10_000,
          dueDate: '2026-12-15',
          channel: 'phone',
          createdAt: at,
          userId: actor.userId,
          deviceId: actor.deviceId,
        });
        return `promise ${promise.id} on ${c.id}`;
      }
      case 'receipt': {
        const r = await receipts.recordReceipt(db, actor, this.deviceCode, { caseId: c.id, payerName: party.name, amountFen: rng.int(1, 2000) * 100, method: 'cash', receivedAt: at });
        return `receipt ${r.number} on ${c.id}`;
      }
      case 'voidReceipt': {
        const open = (await db.receipts.where('caseId').equals(c.id).toArray()).filter((r) => r.voided === null);
        if (open.length === 0) return null;
        const r = await receipts.voidReceipt(db, actor, rng.pick(open).id, '金额填写有误，作废重开');
        return `void ${r.number}`;
      }
      case 'plan': {
        const agreed = rng.int(2, 50) * 100_000;
        const waiver = rng.int(0, 5) * 10_000;
        const plan = await plans.createPlan(db, actor, {
          id: newId(),
          caseId: c.id,
          agreedTotalFen: agreed,
          outstandingFen: agreed + waiver,
          waiverFen: waiver,
          downPaymentFen: 0,
          instalments: [
            { seq: 1, dueDate: '2027-01-05', amountFen: agreed / 2 },
            { seq: 2, dueDate: '2027-02-05', amountFen: agreed / 2 },
          ],
          kind: 'equal',
          createdAt: at,
          makerId: actor.userId,
          // Waiting for a supervisor: the case's status does not change on the device yet.
          approval: { status: 'pending', approverId: null, decidedAt: null, reason: null },
        });
        return `plan ${plan.id} on ${c.id}`;
      }
      case 'letter': {
        // As the app does: the number is taken in the transaction that registers the letter.
        const letter = await db.transaction('rw', db.tables, async () => {
          const counter = await peekLetterCounter(db);
          if (!(await takeLetterCounters(db, counter, 1))) throw new Error('letter counter moved');
          return registerLetter(db, actor, {
            number: formatLetterNumber({ branchCode: c.assignment.branchCode, year: 2026, deviceCode: this.deviceCode, counter }),
            type: 'reminder',
            templateId: 'cn.reminder',
            templateVersion: '2026.1',
            caseId: c.id,
            caseNumber: c.caseNumber,
            partyId: party.id,
            recipientName: party.name,
            issueDate: at.slice(0, 10),
            deadline: null,
            totalFen: 100_000,
            verificationCode: `V${counter}SIM`.padEnd(8, 'X'),
            noticeCount: 1,
            pdfSha256: 'ab'.repeat(32),
            pdfBytes: 120_000,
            copy: false,
          });
        });
        return `letter ${letter.number} on ${c.id}`;
      }
      case 'sendLetter':
      case 'voidLetter': {
        const open = (await db.letters.where('caseId').equals(c.id).toArray()).filter((l) => l.voided === null);
        if (open.length === 0) return null;
        const letter = rng.pick(open);
        if (action === 'voidLetter') {
          await voidLetter(db, actor, letter.id, '收件地址有误，重新出具');
          return `void ${letter.number}`;
        }
        await recordDelivery(db, actor, letter.id, { method: 'ems', trackingNumber: `EA${String(rng.int(0, 999_999_999)).padStart(9, '0')}CN`, status: 'sent', evidence: null });
        return `send ${letter.number}`;
      }
      case 'requestOverride':
      case 'approveOverrideHere':
      case 'overrideContact':
        return this.override(rng, action, c);
      case 'addPhone': {
        const p = await contacts.addPhone(db, actor, c.id, party.id, { number: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, kind: 'mobile', source: 'customer' });
        return `phone ${p.id} on ${c.id}`;
      }
      case 'arrangement': {
        const a = await arrangements.proposeArrangement(db, actor, {
          id: newId(),
          caseId: c.id,
          kind: rng.pick(['hardship', 'illness', 'death', 'disaster', 'other'] as const),
          proposal: '暂停催收三个月，免收罚息',
          reasons: '借款人住院治疗，收入中断',
          evidenceIds: [],
          decideBy: rng.chance(0.5) ? '2026-12-20' : null,
          proposedAt: at,
          makerId: actor.userId,
          decision: { status: 'proposed', approverId: null, decidedAt: null, reason: null },
        });
        return `arrangement ${a.id} on ${c.id}`;
      }
      case 'legalReferral': {
        const [letters, held] = await Promise.all([db.letters.where('caseId').equals(c.id).toArray(), db.receipts.where('caseId').equals(c.id).toArray()]);
        const r = await legal.saveReferral(db, actor, {
          id: newId(), caseId: c.id, proceeding: rng.pick(['suit', 'arbitration', 'payment_order', 'security_realisation'] as const), reasons: '多次催收无果，承诺均未履行，拟起诉',
          checklist: evidenceChecklist(c, letters, held), claimFen: rng.int(1, 5000) * 100, claimAsOf: '2026-11-20', referredAt: at, makerId: actor.userId,
          status: 'proposed', supervisorDecision: null, headOfficeDecision: null,
        });
        return `legal referral ${r.id} on ${c.id}`;
      }
      case 'outsourcingProposal': {
        // 委外申请 (issue 19 §5): two laptops may propose the same case offline; head office keeps the first.
        if (!this.agencyId) return null;
        // The app offers no second proposal of a case it knows is proposed (renderer/src/outsourcing).
        if ((await outsourcing.proposalsOfCase(db, c.id)).some((p) => p.status !== 'rejected')) return null;
        const p = await outsourcing.saveProposal(db, actor, {
          id: newId(), caseId: c.id, agencyId: this.agencyId, reason: '多次失联，承诺均未履行，建议委外催收', proposedAt: at, makerId: actor.userId, status: 'proposed', decision: null,
        });
        return `outsourcing proposal ${p.id} on ${c.id}`;
      }
      case 'customerFacts': {
        // What the collector learned (issue 16): insert-only, so two laptops learning things offline both keep theirs.
        const f = await recordFacts(db, actor, {
          id: newId(), caseId: c.id, activityId: null, learnedAt: at, makerId: actor.userId,
          facts: { reason: rng.pick(['unemployment', 'illness', 'forgot'] as const), ability: rng.int(0, 3), willingness: rng.int(0, 3), employer: null, occupation: null, incomeBand: null, payday: rng.int(1, 31), household: null },
        });
        return `facts ${f.id} on ${c.id}`;
      }
      case 'relatedParty': {
        const p = await addParty(db, actor, { id: newId(), caseId: c.id, kind: rng.pick(['spouse', 'relative', 'emergency_contact'] as const), name: '李秀英', relation: '母亲', phone: `138${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, addedAt: at, makerId: actor.userId });
        return `related ${p.id} on ${c.id}`;
      }
      case 'correctRelatedParty': {
        // A wrong emergency contact corrected (the person retired, the corrected one added): two laptops may
        // retire the same person offline; head office keeps the first retirement and every device shows it.
        const open = (await db.relatedParties.where('caseId').equals(c.id).toArray()).filter(isContactable);
        if (open.length === 0) return null;
        const wrong = rng.pick(open);
        const fixed = rng.int(0, 1) === 1 ? { ...wrong, id: newId(), phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, addedAt: at, makerId: actor.userId, retired: null } : null;
        const done = await retireParty(db, actor, wrong, fixed ? '号码属于他人，已更正' : '本人要求不再联系', fixed);
        return `retire related ${done.retired.id} on ${c.id}${fixed ? ` for ${fixed.id}` : ''}`;
      }
    }
  }

  /**
   * 分案 on a supervisor's laptop: one to three of the branch's cases to other collectors of the branch, through
   * the app's action (assignment, audit and outbox in one transaction). Answers what it did (null: nothing).
   */
  async assignSome(rng: Rng): Promise<string | null> {
    const branch = this.supervises;
    if (!branch) return null;
    const cases = await this.db.cases.toArray();
    if (cases.length === 0) return null;
    const officers = DEMO_OFFICERS.filter((o) => o.branchCode === branch).map((o) => ({ id: o.id, name: o.name, role: 'collector' as const, branchCode: branch }));
    const moves = new Map<string, string>();
    for (let k = rng.int(1, 3); k > 0; k--) {
      const c = rng.pick(cases);
      const others = officers.filter((o) => o.id !== c.assignment.officerId);
      if (others.length > 0) moves.set(c.id, rng.pick(others).id);
    }
    if (moves.size === 0) return null;
    const device = { deviceId: this.deviceId, deviceCode: this.deviceCode };
    const ctx = { db: this.db, actor: this.actor, operator: { id: this.userId, role: 'supervisor' as const, branchCode: branch }, device };
    const result = await runAction(ctx, assignCases, { moves: [...moves].map(([caseId, officerId]) => ({ caseId, officerId })), reason: '模拟分案：工作量平衡', officers });
    await this.trackOutbox();
    if (!result.ok) return `failed to assign: ${result.error.key}`;
    return `assigns ${[...moves].map(([c, o]) => `${c} → ${o}`).join(', ')}`;
  }

  /** A supervisor's device: decides up to two arrangements others proposed that it holds (maker-checker), each once. */
  async decideArrangements(rng: Rng): Promise<string[]> {
    const open = (await arrangements.proposedArrangements(this.db)).filter((a) => a.makerId !== this.userId);
    const done: string[] = [];
    for (const a of open.slice(0, 2)) {
      const decision = rng.chance(0.6) ? 'approve' : 'reject';
      await arrangements.decideArrangement(this.db, this.actor, a, decision, decision === 'approve' ? '情况属实，同意' : '证明材料不足');
      done.push(`${decision} arrangement ${a.id} on ${a.caseId}`);
    }
    await this.trackOutbox();
    return done;
  }

  /**
   * 证据材料: for each suit head office filed on a case this device's user holds, and no bundle built here yet, the
   * collector (or the branch's supervisor) builds one, as the app does after rendering (the PDF's bytes stand in).
   */
  async buildBundles(): Promise<string[]> {
    const done: string[] = [];
    const built = new Set((await this.db.legalBundles.toArray()).map((b) => b.legalCaseId));
    const filings = (await this.db.legalSteps.toArray()).filter((s) => s.step.kind === 'file' && !built.has(s.legalCaseId));
    for (const f of filings) {
      const c = await this.db.cases.get(f.caseId);
      if (!c || (this.supervises === null && c.assignment.officerId !== this.userId)) continue;
      const role = this.supervises === null ? ('collector' as const) : ('supervisor' as const);
      const ctx = { db: this.db, actor: this.actor, operator: { id: this.userId, role, branchCode: c.assignment.branchCode }, device: { deviceId: this.deviceId, deviceCode: this.deviceCode } };
      const pdf = new TextEncoder().encode(`%PDF-1.7\n% 证据材料 ${f.legalCaseId}\n`);
      const documents = [{ seq: 1, kind: 'contract_summary' as const, title: '借款合同摘要', sha256: 'c'.repeat(64), hashOf: 'section' as const }];
      const result = await runAction(ctx, recordLegalBundle, { caseId: c.id, legalCaseId: f.legalCaseId, pdf, documents });
      done.push(result.ok ? `builds the evidence bundle ${result.value.id} of legal case ${f.legalCaseId}` : `could not build a bundle of ${f.legalCaseId}: ${result.error.code}`);
    }
    await this.trackOutbox();
    return done;
  }

  /** A supervisor's device: decides up to two legal referrals others made that it holds (maker-checker), each once. */
  async decideReferrals(rng: Rng): Promise<string[]> {
    const open = (await legal.proposedReferrals(this.db)).filter((r) => r.makerId !== this.userId);
    const done: string[] = [];
    for (const r of open.slice(0, 2)) {
      const decision = rng.chance(0.6) ? 'approve' : 'reject';
      await legal.saveReferralDecision(this.db, this.actor, r, decision, decision === 'approve' ? '证据齐全，同意起诉' : '证据不足，暂缓');
      done.push(`${decision} legal referral ${r.id} on ${r.caseId}`);
    }
    await this.trackOutbox();
    return done;
  }

  /** A supervisor's device: decides up to two outsourcing proposals others made that it holds (maker-checker). */
  async decideOutsourcing(rng: Rng): Promise<string[]> {
    const open = (await outsourcing.proposalsAwaitingDecision(this.db)).filter((p) => p.makerId !== this.userId);
    const done: string[] = [];
    for (const p of open.slice(0, 2)) {
      const decision = rng.chance(0.6) ? 'approve' : 'reject';
      await outsourcing.saveProposalDecision(this.db, this.actor, p, decision, decision === 'approve' ? '同意委外，发送告知函' : '暂不委外，继续自催');
      done.push(`${decision} outsourcing proposal ${p.id} on ${p.caseId}`);
    }
    await this.trackOutbox();
    return done;
  }

  /**
   * Overrides, as the app writes them (the password check is the app's, not the sync's): the collector asks,
   * the branch's supervisor decides on this device (how = on_requesting_device), and a contact uses an approval
   * in force once, naming it.
   */
  private async override(rng: Rng, action: OverrideAction, picked: Case): Promise<string | null> {
    const { db, actor } = this;
    const now = actor.now();
    // Deciding and using look for this device's requests on any case it holds (the picked one rarely has one);
    // with none to decide or use, the device asks (or decides) instead, so each step moves an override on.
    const mine = (await db.overrideRequests.toArray()).filter((r) => r.deviceId === actor.deviceId);
    const waiting = mine.filter((r) => r.decision === null);
    if (action === 'overrideContact' && !mine.some((r) => r.decision?.decision === 'approve')) action = 'approveOverrideHere';
    if (action === 'approveOverrideHere' && waiting.length === 0) action = 'requestOverride';
    if (action === 'requestOverride') {
      const r = await overrides.saveRequest(db, actor, {
        id: newId(), caseId: picked.id, ruleIds: ['cn.hold.other'], action: { channel: 'phone', partyId: picked.parties[0]!.id }, reason: '借款人要求今天回电核对账单',
        requestedAt: now.toISOString(), requestedBy: actor.userId, deviceId: actor.deviceId, decision: null,
      });
      return `override request ${r.id} on ${picked.id}`;
    }
    if (action === 'approveOverrideHere') {
      const r = rng.pick(waiting);
      const c = (await db.cases.get(r.caseId))!;
      const approve = rng.chance(0.75);
      const window = defaultOverrideWindow(now, c.timeZone);
      await overrides.saveDecision(db, actor, r, {
        decision: approve ? 'approve' : 'reject', decidedBy: `demo-supervisor-${c.assignment.branchCode}`, how: 'on_requesting_device',
        reason: approve ? null : '理由不足，请先核实', decidedAt: now.toISOString(), validFrom: approve ? window.validFrom : null, validUntil: approve ? window.validUntil : null,
      });
      return `override ${approve ? 'approved' : 'rejected'} here: ${r.id}`;
    }
    for (const r of mine.filter((x) => x.decision?.decision === 'approve')) {
      const c = (await db.cases.get(r.caseId))!;
      const party = c.parties.find((p) => p.id === r.action.partyId);
      const phone = party?.phones.find((p) => p.retiredAt === null);
      if (!party || !phone) continue;
      const need = { caseId: c.id, ruleIds: r.ruleIds, channel: 'phone' as const, partyId: party.id, deviceId: actor.deviceId };
      const approval = approvalInForce([r], await overrides.usedRequestIds(db, c.id), need, now);
      if (!approval) continue;
      const activity = await activities.recordActivity(db, actor, {
        id: newId(), caseId: c.id, partyId: party.id, channel: 'phone', phoneId: phone.id, addressId: null, outcome: 'no_answer', notes: '', nextAction: null, nextActionDate: null,
        at: now.toISOString(), userId: actor.userId, deviceId: actor.deviceId,
        override: { ruleIds: need.ruleIds, supervisorId: approval.decision!.decidedBy, reason: approval.reason, requestId: approval.id },
      });
      return `activity ${activity.id} on ${c.id} through override ${approval.id}`;
    }
    return null;
  }

  /** Remembers what the last action queued (the outbox is the truth of what the device owes head office). */
  async trackOutbox(): Promise<void> {
    const fresh = await this.db.outbox.where('mutationId').above(this.lastQueued).toArray();
    for (const e of fresh) this.queued.push(e);
    if (fresh.length > 0) this.lastQueued = fresh[fresh.length - 1]!.mutationId;
  }

  close(): void {
    this.db.close();
  }
}

export type { FaultRates };
