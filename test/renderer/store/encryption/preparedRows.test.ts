import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../../renderer/src/store/database';
import { FieldCipher, isSealed } from '../../../../renderer/src/store/encryption';
import { storedCase, storedDemoCases } from '../../../../renderer/src/store/encryption/prepared/storedCase';
import { inThreadRowSealer } from '../../../../renderer/src/store/encryption/prepared/rowSealer';
import { workerRowSealer, type SealerWorker } from '../../../../renderer/src/store/encryption/prepared/workerRowSealer';
import { bulkPutInSlices } from '../../../../renderer/src/store/bulkPutInSlices';
import type { RowSealerRequest, RowSealerResponse } from '../../../../renderer/src/store/encryption/prepared/rowSealerProtocol';
import { preparePulledForStore } from '../../../../renderer/src/store/encryption/prepared/pulledCase';
import { storedDemoCases as demoInWorkerFormat } from '../../../../renderer/src/store/encryption/prepared/storedCase';
import { CaseRowIndex, EMPTY_FILTERS } from '../../../../shared/domain/caseQuery';
import { generateCase } from '../../../../shared/demo';
import type { Case } from '../../../../shared/domain/case';
import { makeCase } from '../../../fixtures/cases';
import { fixedKey, keySource, rawDump, rawRecords } from './rawStore';

// Rows prepared ahead (in the row-preparing worker: store/encryption/prepared) must be stored exactly as strongly as rows
// sealed by the encryption middleware, read back the same and be found by the same searches.
const KEY = fixedKey(9);
const cases: Case[] = [makeCase(42, { name: '王秀英' }), makeCase(43, { name: '欧阳娜娜' }), generateCase(7, 3, { snapshotDate: '2026-11-20' })];
const OLD = 'recovery-desk-demo';

async function open(source: 'live' | 'demo'): Promise<Store> {
  const r = await openStore(source, undefined, undefined, keySource(KEY));
  if (!r.ok) throw new Error(`${r.failure}: ${r.detail}`);
  return r.store;
}

const search = (s: Store, rows: Awaited<ReturnType<Store['cases']['listRows']>>, text: string) =>
  new CaseRowIndex(rows, s.cases.searchKey).query({ filters: EMPTY_FILTERS, search: text, sort: { column: 'caseNumber', direction: 'asc' } }).map((r) => r.id);

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) s.close();
  await Dexie.delete(DATABASE_NAMES.live);
  await Dexie.delete(OLD);
});

/** The same cases written the old way (plain, sealed by the middleware) and the new way (sealed ahead). */
async function bothWays(): Promise<{ oldStore: Store; newStore: Store }> {
  const oldStore = await open('demo');
  const newStore = await open('live');
  stores.push(oldStore, newStore);
  await oldStore.cases.putCases(cases);
  // A separate cipher made from the derived keys, as the worker makes it: not the store's own object.
  const workerCipher = new FieldCipher(newStore.db.fieldCipher!.derivedKeys());
  const stored = cases.map((c) => storedCase(workerCipher, c));
  await newStore.db.transaction('rw', newStore.db.cases, newStore.db.caseRows, async () => {
    await bulkPutInSlices(newStore.db.cases, stored.map((s) => s.case) as unknown as Case[], 2);
    await bulkPutInSlices(newStore.db.caseRows, stored.map((s) => s.row), 2);
  });
  return { oldStore, newStore };
}

describe('rows prepared ahead of the write (first sync, demo load)', () => {
  it('read back through the app exactly as the rows the middleware sealed', async () => {
    const { oldStore, newStore } = await bothWays();
    for (const c of cases) expect(await newStore.cases.get(c.id)).toEqual(await oldStore.cases.get(c.id));
    for (const c of cases) expect(await newStore.cases.get(c.id)).toEqual(c);
    // List rows identical, blind indexes included (same key): search works the same on both.
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const oldRows = byId(await oldStore.cases.listRows());
    const newRows = byId(await newStore.cases.listRows());
    expect(newRows).toEqual(oldRows);
    expect(newRows[0]!.searchKeys!.length).toBeGreaterThan(0);
  });

  it('are sealed at rest: the same fields, no ID number, phone, address or account in plain text', async () => {
    const { oldStore, newStore } = await bothWays();
    const raw = await rawDump(DATABASE_NAMES.live);
    const records = await rawRecords(DATABASE_NAMES.live);
    expect(records.cases).toHaveLength(cases.length);
    expect(raw).toContain(cases[0]!.caseNumber);
    for (const c of cases) {
      for (const p of c.parties) {
        for (const secret of [p.idNumber, p.idNumber.slice(-6), ...p.phones.map((x) => x.number), ...p.addresses.map((a) => a.line)]) {
          expect(raw.includes(secret), `${secret} is in IndexedDB in plain text`).toBe(false);
        }
      }
      for (const a of c.accounts) expect(raw.includes(a.accountNumber)).toBe(false);
    }
    for (const rec of records.cases as Record<string, unknown>[]) {
      expect(isSealed(rec.parties)).toBe(true);
      expect(isSealed(rec.accounts)).toBe(true);
    }
    for (const row of records.caseRows as Record<string, unknown>[]) expect(row).not.toHaveProperty('sensitiveTerms');
    // Found by the same exact terms as the middleware's rows.
    const rows = await newStore.cases.listRows();
    const oldRows = await oldStore.cases.listRows();
    const b = cases[0]!.parties[0]!;
    for (const q of [b.phones[0]!.number, b.idNumber, b.idNumber.slice(-4), cases[0]!.accounts[0]!.accountNumber]) {
      expect(search(newStore, rows, q), q).toContain(cases[0]!.id);
      expect(search(newStore, rows, q).sort(), q).toEqual(search(oldStore, oldRows, q).sort());
    }
  });

  it('do not open with another key (the sealed bytes are bound to the store key)', async () => {
    await bothWays();
    const other = new FieldCipher(fixedKey(10));
    const rec = (await rawRecords(DATABASE_NAMES.live)).cases![0] as Record<string, unknown>;
    expect(() => other.open('cases.parties', rec.parties as never)).toThrow(/does not open/);
    // Nor as another field: the context is authenticated.
    expect(() => new FieldCipher(KEY).open('cases.accounts', rec.parties as never)).toThrow(/does not open/);
  });

  it('a pulled case that fails its schema or id is refused with a reason, not stored', () => {
    const cipher = new FieldCipher(KEY);
    expect(preparePulledForStore(cipher, cases[0]!.id, { ...cases[0]!, parties: 'x' })).toMatchObject({ error: expect.stringContaining('parties') });
    expect(preparePulledForStore(cipher, 'another-id', cases[0]!)).toEqual({ error: 'the record id differs from the change id' });
    expect(preparePulledForStore(cipher, cases[0]!.id, cases[0]!)).toHaveProperty('stored');
  });

  it('a wiped cipher (the worker told to forget) seals and blinds nothing', () => {
    const cipher = new FieldCipher(new FieldCipher(KEY).derivedKeys());
    cipher.wipe();
    expect(() => cipher.seal('cases.parties', [])).toThrow(/wiped/);
    expect(() => cipher.blind('0042')).toThrow(/wiped/);
  });

  it('demo chunks are the demo portfolio, sealed', () => {
    const cipher = new FieldCipher(KEY);
    const chunk = storedDemoCases(cipher, { seed: 7, start: 2, end: 5, snapshotDate: '2026-11-20' });
    expect(chunk.map((s) => s.case.id)).toEqual(['demo-case-3', 'demo-case-4', 'demo-case-5'].map((id) => generateCase(7, Number(id.slice(10)) - 1, { snapshotDate: '2026-11-20' }).id));
    expect(cipher.open('cases.parties', chunk[1]!.case.parties as never)).toEqual(generateCase(7, 3, { snapshotDate: '2026-11-20' }).parties);
  });
});

/** A Worker that runs the worker's protocol in this thread, asynchronously, recording what it was sent. */
class FakeWorker {
  onmessage: ((e: MessageEvent<RowSealerResponse>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: RowSealerRequest['kind'][] = [];
  terminated = false;
  private cipher: FieldCipher | null = null;
  postMessage(r: RowSealerRequest) {
    this.sent.push(r.kind);
    if (r.kind === 'keys') this.cipher = new FieldCipher(r.keys);
    else if (r.kind === 'forget') this.cipher?.wipe();
    else if (r.kind === 'pulled' || r.kind === 'demo') {
      const c = this.cipher!;
      const answer: RowSealerResponse = r.kind === 'pulled' ? { kind: 'pulled', jobId: r.jobId, prepared: r.items.map((it) => preparePulledForStore(c, it.id, it.data)) } : { kind: 'demo', jobId: r.jobId, stored: demoInWorkerFormat(c, r.slice) };
      setTimeout(() => this.onmessage?.({ data: structuredClone(answer) } as MessageEvent<RowSealerResponse>), 0);
    }
  }
  terminate() {
    this.terminated = true;
  }
  fail() {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

describe('the worker row sealer (client side)', () => {
  const cipher = new FieldCipher(KEY);
  const items = Array.from({ length: 600 }, (_, i) => generateCase(3, i, { snapshotDate: '2026-11-20' })).map((c) => ({ id: c.id, data: c }));

  it('sends the derived keys once, slices a page and gives the answers back in order, as the in-thread sealer would', async () => {
    const workers: FakeWorker[] = [];
    const sealer = workerRowSealer(cipher, () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as SealerWorker), 1);
    const got = await sealer.pulledCases(items);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual(['keys', 'pulled', 'pulled', 'pulled']);
    expect(got.map((p) => ('stored' in p ? p.stored.row : null))).toEqual((await inThreadRowSealer(cipher).pulledCases(items)).map((p) => ('stored' in p ? p.stored.row : null)));
    expect(got.map((p) => ('stored' in p ? cipher.open('cases.parties', p.stored.case.parties as never) : null))).toEqual(items.map((it) => it.data.parties));
  });

  it('with a pool, spreads the slices of a page over the workers and still answers in order', async () => {
    const workers: FakeWorker[] = [];
    const slow = () => {
      const w = new FakeWorker();
      const post = w.postMessage.bind(w);
      // Answers only after the next slice is posted, so every worker has work.
      w.postMessage = (r: RowSealerRequest) => void setTimeout(() => post(r), 20);
      workers.push(w);
      return w as unknown as SealerWorker;
    };
    const got = await workerRowSealer(cipher, slow, 2).pulledCases(items);
    expect(workers).toHaveLength(2);
    expect(got.map((p) => ('stored' in p ? p.stored.case.id : null))).toEqual(items.map((it) => it.id));
  });

  it('forgets: the worker is told to wipe its keys and ended; the next write starts a new one with the keys again', async () => {
    const workers: FakeWorker[] = [];
    const sealer = workerRowSealer(cipher, () => (workers.push(new FakeWorker()), workers.at(-1) as unknown as SealerWorker));
    await sealer.demoCases({ seed: 1, start: 0, end: 3, snapshotDate: '2026-11-20' });
    sealer.forget();
    expect(workers[0]!.sent.at(-1)).toBe('forget');
    expect(workers[0]!.terminated).toBe(true);
    expect(await sealer.demoCases({ seed: 1, start: 0, end: 3, snapshotDate: '2026-11-20' })).toHaveLength(3);
    expect(workers).toHaveLength(2);
    expect(workers[1]!.sent[0]).toBe('keys');
  });

  it('a worker that cannot start or fails leaves the work to this thread: the sync does not fail', async () => {
    const noStart = workerRowSealer(cipher, () => {
      throw new Error('no workers here');
    });
    expect(await noStart.pulledCases(items.slice(0, 3))).toHaveLength(3);
    const fake = new FakeWorker();
    fake.postMessage = function (r: RowSealerRequest) {
      this.sent.push(r.kind);
      if (r.kind === 'pulled') setTimeout(() => this.fail(), 0);
    };
    const failing = workerRowSealer(cipher, () => fake as unknown as SealerWorker);
    const got = await failing.pulledCases(items.slice(0, 3));
    expect(got.every((p) => 'stored' in p)).toBe(true);
    expect(fake.terminated).toBe(true);
  });
});
