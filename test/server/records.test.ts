import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { PullResponseSchema, type PullChange } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import type { MutationArgsInput, MutationName, OutboxEntry } from '../../shared/sync';
import { caseIdOf } from '../../server/import/portfolio';
import { importExtract, reassignCase } from '../../server/import/apply';
import { pruneChanges } from '../../server/sync/pull';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, openDb, post, push, signIn, startHarness, type Harness } from './harness';

/**
 * Head office's rule per kind of record, as a collector or supervisor meets it: what is applied, what is a
 * duplicate, and what is refused with which code and message, with nothing written on a refusal.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(12, { seed: 'records-tests' });
  const rows = cases.flatMap(caseToRows);
  const idOf = (c: Case) => caseIdOf(customerNoOf(c));
  // Two cases of one collector, in one branch.
  let officer: string;
  let branch: string;
  let caseA: Case;
  let caseB: Case;

  type Device = Awaited<ReturnType<typeof signIn>> & { next: number };
  /** A new device of the user (sign-ins are rate-limited per user, so tests share one unless they need two). */
  const newDevice = async (userId: string): Promise<Device> => ({ ...(await signIn(h, userId)), next: 1 });
  const shared = new Map<string, Device>();
  const device = async (userId: string): Promise<Device> => {
    if (!shared.has(userId)) shared.set(userId, await newDevice(userId));
    return shared.get(userId)!;
  };
  /** Pushes one mutation from the device; its result (applied, duplicate or rejected with a reason). */
  async function send<N extends MutationName>(d: Device, name: N, args: Partial<MutationArgsInput<N>>): Promise<{ result: { status: string; reason?: { code: string; message: string } }; entry: OutboxEntry }> {
    const e = entry(name, d, d.next++, args);
    const res = await push(h, d, [e]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { result: res.body.results[0], entry: e };
  }
  const again = async (d: Device, e: OutboxEntry, args?: Record<string, unknown>) => {
    const res = await push(h, d, [{ ...e, mutationId: d.next++, ...(args ? { args: { ...e.args, ...args } } : {}) }]);
    return res.body.results[0] as { status: string; reason?: { code: string; message: string } };
  };
  const idArg = (e: OutboxEntry) => (e.args as { id: string }).id;
  const count = async (kind: string, caseId?: string) =>
    (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM field_records WHERE kind = $1${caseId ? ' AND case_id = $2' : ''}`, caseId ? [kind, caseId] : [kind])).rows[0]!.n;
  const headOffice = async (caseId: string) => (await db.query<{ data: Case; status: string }>('SELECT data, status FROM cases WHERE id = $1', [caseId])).rows[0]!;
  /** The borrower as head office has them (the import names parties by customer number). */
  const borrower = async (c: Case) => (await headOffice(idOf(c))).data.parties.find((p) => p.role === 'borrower')!;

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    expect((await importExtract(db, extractOf(rows))).counts.new).toBe(12);
    const byOfficer = new Map<string, Case[]>();
    for (const c of cases) if (c.assignment.officerId) byOfficer.set(c.assignment.officerId, [...(byOfficer.get(c.assignment.officerId) ?? []), c]);
    const [who, theirs] = [...byOfficer].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(theirs.length).toBeGreaterThanOrEqual(2);
    officer = who;
    [caseA, caseB] = theirs as [Case, Case];
    branch = caseA.assignment.branchCode;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  describe('insert-only records', () => {
    it('a second copy of an activity is a duplicate; other content under its id is refused and changes nothing', async () => {
      const d = await device(officer);
      const { result, entry: made } = await send(d, 'recordActivity', { caseId: idOf(caseA), notes: '本人接听' });
      expect(result).toEqual({ mutationId: made.mutationId, status: 'applied' });
      // A device that lost its store sends it again under a new mutation id.
      expect(await again(d, made)).toMatchObject({ status: 'duplicate' });
      const edited = await again(d, made, { notes: '改过的记录' });
      expect(edited).toEqual({ mutationId: made.mutationId + 2, status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining(idArg(made)) } });
      const stored = await db.query<{ notes: string }>(`SELECT data -> 'args' ->> 'notes' AS notes FROM field_records WHERE kind = 'recordActivity' AND id = $1`, [idArg(made)]);
      expect(stored.rows).toEqual([{ notes: '本人接听' }]);
    });

    it('an access event is insert-only like the rest, and stays at head office (never sent to devices)', async () => {
      const d = await device(officer);
      const { result, entry: made } = await send(d, 'recordAccessEvent', { caseId: idOf(caseA), userId: officer });
      expect(result.status).toBe('applied');
      expect((await again(d, made)).status).toBe('duplicate');
      expect((await again(d, made, { reason: '另一个理由' })).reason?.code).toBe('conflict');
      expect(await count('recordAccessEvent', idOf(caseA))).toBe(1);
      const pulled = (await pullAll(d)).changes;
      expect(pulled.filter((c) => c.kind === 'record' && c.name === 'recordAccessEvent')).toEqual([]);
    });
  });

  describe('receipts', () => {
    it('refuses a second receipt with a number already used, whatever its case; the first stays', async () => {
      const d = await device(officer);
      const first = await send(d, 'recordReceipt', { caseId: idOf(caseA), number: 'SK-RECA-000001' });
      expect(first.result.status).toBe('applied');
      const second = await send(d, 'recordReceipt', { caseId: idOf(caseB), number: 'SK-RECA-000001', payerName: '李四' });
      expect(second.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('receipt number SK-RECA-000001 is already used') } });
      expect(await count('recordReceipt', idOf(caseB))).toBe(0);
    });

    it('voids only a receipt head office has on the same case, and only once', async () => {
      const d = await device(officer);
      const receipt = await send(d, 'recordReceipt', { caseId: idOf(caseA), number: 'SK-RECB-000001' });
      const receiptId = idArg(receipt.entry);
      const unknown = await send(d, 'voidReceipt', { caseId: idOf(caseA), receiptId: '01955a3c-8e00-7000-8000-999999999999' });
      expect(unknown.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('no receipt 01955a3c-8e00-7000-8000-999999999999') } });
      const otherCase = await send(d, 'voidReceipt', { caseId: idOf(caseB), receiptId });
      expect(otherCase.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
      expect(await count('voidReceipt')).toBe(0);

      const voided = await send(d, 'voidReceipt', { caseId: idOf(caseA), receiptId, reason: '金额填写错误' });
      expect(voided.result.status).toBe('applied');
      expect((await again(d, voided.entry)).status).toBe('duplicate');
      const twice = await send(d, 'voidReceipt', { caseId: idOf(caseA), receiptId, reason: '同一收据重复作废' });
      expect(twice.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already voided (金额填写错误)') } });
      expect(await count('voidReceipt')).toBe(1);
    });
  });

  describe('repayment plans (maker-checker at head office)', () => {
    it('the maker cannot decide their own plan, a collector cannot decide any; the branch supervisor decides once', async () => {
      const collector = await device(officer);
      const supervisor = await device(`demo-supervisor-${branch}`);
      const plan = await send(collector, 'createPlan', { caseId: idOf(caseA) });
      expect(plan.result.status).toBe('applied');
      const planId = idArg(plan.entry);

      const byCollector = await send(collector, 'decidePlan', { caseId: idOf(caseA), planId });
      expect(byCollector.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('may not decidePlan') } });
      const noSuchPlan = await send(supervisor, 'decidePlan', { caseId: idOf(caseA), planId: '01955a3c-8e00-7000-8000-888888888888' });
      expect(noSuchPlan.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });

      // The supervisor's own plan: approving it is refused even though the app would not offer it.
      const own = await send(supervisor, 'createPlan', { caseId: idOf(caseB) });
      expect(own.result.status).toBe('applied');
      const selfApproved = await send(supervisor, 'decidePlan', { caseId: idOf(caseB), planId: idArg(own.entry) });
      expect(selfApproved.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('maker-checker') } });
      expect(await count('decidePlan')).toBe(0);

      const approved = await send(supervisor, 'decidePlan', { caseId: idOf(caseA), planId, decision: 'approve' });
      expect(approved.result.status).toBe('applied');
      // Head office loads and assigns the portfolio; deciding plans is the branch supervisor's (permissions.ts).
      const admin = await device('demo-admin');
      const byAdmin = await send(admin, 'decidePlan', { caseId: idOf(caseA), planId, decision: 'reject', reason: '减免过多' });
      expect(byAdmin.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
      const late = await send(supervisor, 'decidePlan', { caseId: idOf(caseA), planId, decision: 'reject', reason: '减免过多' });
      expect(late.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already approved') } });
      expect(await count('decidePlan')).toBe(1);
    });
  });

  describe('disputes: opened by the collector, resolved once by the branch supervisor', () => {
    it('refuses a resolution by the collector or head office, applies the supervisor’s once, and sends it to the collector', async () => {
      const collector = await device(officer);
      const supervisor = await device(`demo-supervisor-${branch}`);
      const caseId = idOf(caseA);
      const opened = await send(collector, 'openDispute', { caseId, description: '借款人称已于2月还清' });
      expect(opened.result.status).toBe('applied');
      const disputeId = idArg(opened.entry);
      const { cursor } = await pullAll(collector);

      const byCollector = await send(collector, 'resolveDispute', { caseId, disputeId });
      expect(byCollector.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('may not resolveDispute') } });
      const byAdmin = await send(await device('demo-admin'), 'resolveDispute', { caseId, disputeId });
      expect(byAdmin.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
      expect(await count('resolveDispute', caseId)).toBe(0);

      const resolved = await send(supervisor, 'resolveDispute', { caseId, disputeId, outcome: 'upheld', resolution: '核对流水，二月确已还清，撤销催收' });
      expect(resolved.result.status).toBe('applied');
      expect((await again(supervisor, resolved.entry)).status).toBe('duplicate');
      const late = await send(supervisor, 'resolveDispute', { caseId, disputeId, outcome: 'rejected', resolution: '再次处理：核实未还清，不成立' });
      expect(late.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already resolved') } });
      expect(await count('resolveDispute', caseId)).toBe(1);

      // The collector's device learns of it at its next pull, with the supervisor's outcome.
      const pulled = (await pullAll(collector, cursor)).changes.filter((ch) => ch.kind === 'record' && ch.name === 'resolveDispute');
      expect(pulled).toHaveLength(1);
      expect(pulled[0]).toMatchObject({ data: { userId: `demo-supervisor-${branch}`, args: { disputeId, outcome: 'upheld', resolution: '核对流水，二月确已还清，撤销催收' } } });
    });
  });

  describe('visits and letters refer to records head office has', () => {
    it('a visit is cancelled or done, not both; letter events need the letter', async () => {
      const d = await device(officer);
      const planned = await send(d, 'planVisit', { caseId: idOf(caseA), addressId: (await borrower(caseA)).addresses[0]?.id ?? 'addr' });
      const visitId = idArg(planned.entry);
      expect((await send(d, 'recordVisit', { id: visitId, caseId: idOf(caseA) })).result.status).toBe('applied');
      const cancel = await send(d, 'cancelVisit', { caseId: idOf(caseA), visitId });
      expect(cancel.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already done') } });

      const delivery = await send(d, 'recordLetterDelivery', { caseId: idOf(caseA), letterId: '01955a3c-8e00-7000-8000-777777777777' });
      expect(delivery.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('no letter') } });
      const letter = await send(d, 'issueLetter', { caseId: idOf(caseA) });
      const letterId = idArg(letter.entry);
      expect((await send(d, 'recordLetterDelivery', { caseId: idOf(caseA), letterId, outcome: 'sent' })).result.status).toBe('applied');
      expect((await send(d, 'recordLetterDelivery', { caseId: idOf(caseA), letterId, outcome: 'delivered' })).result.status).toBe('applied');
      expect(await count('recordLetterDelivery', idOf(caseA))).toBe(2);
    });
  });

  describe('phones and addresses: added and retired, never overwritten', () => {
    it('a number is added to the party and retired with a reason; a changed number under the same id is refused', async () => {
      const d = await device(officer);
      const party = await borrower(caseA);
      const added = await send(d, 'addPhone', { caseId: idOf(caseA), partyId: party.id, number: '13911112222', source: 'collector' });
      expect(added.result.status).toBe('applied');
      const phoneId = idArg(added.entry);
      let c = (await headOffice(idOf(caseA))).data;
      expect(c.parties.find((p) => p.id === party.id)!.phones.find((p) => p.id === phoneId)).toMatchObject({ number: '13911112222', retiredAt: null });

      const overwrite = await again(d, added.entry, { number: '13900000000' });
      expect(overwrite).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('retire the wrong one') } });
      const noParty = await send(d, 'addPhone', { caseId: idOf(caseA), partyId: 'party-nobody', number: '13911113333' });
      expect(noParty.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('no party party-nobody') } });
      const noPhone = await send(d, 'retirePhone', { caseId: idOf(caseA), partyId: party.id, phoneId: 'no-such-phone' });
      expect(noPhone.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });

      expect((await send(d, 'retirePhone', { caseId: idOf(caseA), partyId: party.id, phoneId, reason: '空号，无法接通' })).result.status).toBe('applied');
      c = (await headOffice(idOf(caseA))).data;
      const phones = c.parties.find((p) => p.id === party.id)!.phones;
      expect(phones.find((p) => p.id === phoneId)).toMatchObject({ number: '13911112222', retiredReason: '空号，无法接通' });
      expect(phones.filter((p) => p.number === '13911113333')).toEqual([]);
    });
  });

  describe('case status through the state machine', () => {
    it('applies a transition from the status head office has, refuses one from a status the case has left', async () => {
      const phone = await newDevice(officer);
      const laptop = await newDevice(officer);
      const caseId = idOf(caseB);
      expect((await headOffice(caseId)).status).toBe('new');
      const moved = await send(phone, 'setCaseStatus', { caseId, from: 'new', to: 'contacting', holdReason: null });
      expect(moved.result.status).toBe('applied');
      expect(await headOffice(caseId)).toMatchObject({ status: 'contacting', data: { status: 'contacting' } });

      // The laptop still saw "new" when it put the case on hold.
      const stale = await send(laptop, 'setCaseStatus', { caseId, from: 'new', to: 'on_hold', holdReason: 'dispute' });
      expect(stale.result).toEqual({
        mutationId: 1,
        status: 'rejected',
        reason: { code: 'conflict', message: `case ${caseB.caseNumber} is contacting at head office, no longer new: the change new → on_hold was not applied` },
      });
      const notAllowed = await send(laptop, 'setCaseStatus', { caseId, from: 'contacting', to: 'closed', holdReason: null });
      expect(notAllowed.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('cannot go from contacting to closed') } });
      // The same move made on both devices: the second has nothing to do.
      expect((await send(laptop, 'setCaseStatus', { caseId, from: 'new', to: 'contacting', holdReason: null })).result.status).toBe('duplicate');
      expect(await headOffice(caseId)).toMatchObject({ status: 'contacting', data: { status: 'contacting', holdReason: null } });
      expect(await count('setCaseStatus', caseId)).toBe(1);

      // The supervisor's device gets the case with its new status.
      const sup = await device(`demo-supervisor-${branch}`);
      const pulled = (await pullAll(sup)).changes;
      const pulledCase = pulled.find((ch) => ch.kind === 'case' && ch.id === caseId) as { data: Case } | undefined;
      expect(pulledCase?.data.status).toBe('contacting');
    });

    it('the daily import keeps device-made status and contacts, and still updates balances', async () => {
      const d = await device(officer);
      const caseId = idOf(caseA);
      const party = await borrower(caseA);
      await send(d, 'setCaseStatus', { caseId, from: 'new', to: 'promised', holdReason: null });
      const added = await send(d, 'addPhone', { caseId, partyId: party.id, number: '13722223333', source: 'customer' });
      const first = caseA.accounts[0]!.accountNumber;
      const nextDay = rows.map((r) => (r.account_number === first ? { ...r, dpd: String(Number(r.dpd) + 1), snapshot_date: '2026-11-21' } : r));
      expect((await importExtract(db, extractOf(nextDay))).counts).toMatchObject({ rejected: 0 });
      const c = await headOffice(caseId);
      expect(c.status).toBe('promised');
      expect(c.data.status).toBe('promised');
      expect(c.data.parties.find((p) => p.id === party.id)!.phones.find((p) => p.id === idArg(added.entry))).toMatchObject({ number: '13722223333', retiredAt: null });
      expect(c.data.accounts.find((a) => a.accountNumber === first)!.dpd).toBe(caseA.accounts[0]!.dpd + 1);
    });

    it('a case a collector settled stays settled while core banking still lists it; one the import settled reopens', async () => {
      const d = await device(officer);
      expect((await send(d, 'setCaseStatus', { caseId: idOf(caseA), from: 'promised', to: 'settled', holdReason: null })).result.status).toBe('applied');
      // caseB leaves the extract (paid off at the bank): the import settles it.
      // The next day's extract (one older than the last imported would be refused).
      const dayAfter = rows.map((r): typeof r => ({ ...r, snapshot_date: '2026-11-22' }));
      const withoutB = dayAfter.filter((r) => r.customer_no !== customerNoOf(caseB));
      expect((await importExtract(db, extractOf(withoutB))).counts.closed).toBe(1);
      expect((await headOffice(idOf(caseB))).status).toBe('settled');
      // Both are in the next extract (the repayment has not reached core banking yet; caseB is overdue again).
      await importExtract(db, extractOf(dayAfter));
      expect(await headOffice(idOf(caseA))).toMatchObject({ status: 'settled', data: { status: 'settled' } });
      // caseB comes back where its collector had left it (contacting, set by a device above), not as new.
      expect(await headOffice(idOf(caseB))).toMatchObject({ status: 'contacting', data: { status: 'contacting' } });
    });
  });

  describe('history in pull', () => {
    const recordsOf = (changes: PullChange[], caseId: string) =>
      changes.filter((c): c is Extract<PullChange, { kind: 'record' }> => c.kind === 'record' && c.caseId === caseId).map((c) => `${c.name}:${c.id}`);
    const atHeadOffice = async (caseId: string) =>
      (await db.query<{ kind: string; id: string }>(`SELECT kind, id FROM field_records WHERE case_id = $1 AND kind <> 'recordAccessEvent'`, [caseId])).rows.map((r) => `${r.kind}:${r.id}`).sort();

    it('sends a case’s records to its scope only, each once even in pages of one, and again to a new collector on reassignment', async () => {
      const caseId = idOf(caseB);
      const expected = await atHeadOffice(caseId);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      const mine = await newDevice(officer);
      const paged = await pullAll(mine, null, 1);
      expect(recordsOf(paged.changes, caseId).sort()).toEqual(expected);
      for (const ch of paged.changes.filter((c) => c.kind === 'record')) expect(ch).toMatchObject({ data: { userId: expect.any(String), deviceId: expect.any(String), receivedAt: expect.any(String), args: { caseId: ch.caseId } } });
      const elsewhere = cases.find((c) => c.assignment.branchCode !== branch)!.assignment.branchCode;
      const foreign = await pullAll(await newDevice(`demo-supervisor-${elsewhere}`), null);
      expect(recordsOf(foreign.changes, caseId)).toEqual([]);

      const colleague = [1, 2, 3, 4].map((n) => `demo-officer-${branch}-0${n}`).find((o) => o !== officer)!;
      const theirs = await newDevice(colleague);
      const before = await pullAll(theirs, null);
      expect(recordsOf(before.changes, caseId)).toEqual([]);
      expect(await reassignCase(db, caseId, colleague)).toBe('reassigned');
      const after = await pullAll(theirs, before.cursor);
      expect(recordsOf(after.changes, caseId).sort()).toEqual(expected);
      const old = await pullAll(mine, paged.cursor);
      expect(recordsOf(old.changes, caseId)).toEqual([]);
      expect(old.changes).toContainEqual({ kind: 'tombstone', id: caseId, of: 'case', reason: 'out_of_scope' });

      // Pruning drops the superseded copies; a fresh download still brings every record once.
      expect(await pruneChanges(db, h.clock.ms, { tombstoneRetentionDays: 90 })).toBeGreaterThan(0);
      const fresh = await pullAll(theirs, null);
      expect(recordsOf(fresh.changes, caseId).sort()).toEqual(expected);
    });
  });

  async function pullAll(d: Device, from: string | null = null, limit = 500): Promise<{ changes: PullChange[]; cursor: string }> {
    const changes: PullChange[] = [];
    let cursor: string | null = from;
    for (;;) {
      const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor, limit }, d.accessToken);
      expect(res.status).toBe(200);
      const page = PullResponseSchema.parse(res.body);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return { changes, cursor: cursor! };
    }
  }
});
