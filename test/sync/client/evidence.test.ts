import 'fake-indexeddb/auto';
import { createHash, randomBytes } from 'node:crypto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { visits, type Actor } from '../../../renderer/src/fieldwork/repository';
import { createSyncClient } from '../../../renderer/src/sync/syncClient';
import { createTransport } from '../../../renderer/src/sync/transport';
import { createEvidenceUpload } from '../../../renderer/src/sync/evidence/upload';
import { readEvidenceRun } from '../../../renderer/src/sync/evidence/evidenceState';
import { dropConfirmedEvidence, evidenceKeepDays, setEvidenceKeepDays } from '../../../renderer/src/sync/evidence/housekeeping';
import { importDemoPortfolio } from '../../../server/import/demoPortfolio';
import type { Db } from '../../../server/db/types';
import { type Harness, openDb, signIn, startHarness } from '../../server/harness';

const OFFICER = 'demo-officer-310115-03';
const photo = (size: number) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let db: Db;
let h: Harness;
let store: Store;
let device: { deviceId: string; accessToken: string };
let actor: Actor;
let caseId: string;
let t = Date.parse('2026-11-23T02:00:00Z');

beforeAll(async () => {
  db = await openDb('pglite');
  await importDemoPortfolio(db, { cases: 40, snapshotDate: '2026-11-23' });
  h = await startHarness(db);
  caseId = (await db.query<{ id: string }>('SELECT id FROM cases WHERE officer_id = $1 ORDER BY id LIMIT 1', [OFFICER])).rows[0]!.id;
  const opened = await openStore('live');
  if (!opened.ok) throw new Error(opened.detail);
  store = opened.store;
  const identity = await store.device.identity();
  device = await signIn(h, OFFICER, identity.deviceId);
  actor = { userId: OFFICER, deviceId: identity.deviceId, now: () => new Date((t += 60_000)) };
}, 120_000);
afterAll(async () => {
  store?.close();
  await Dexie.delete(DATABASE_NAMES.live);
  await h?.close();
  await db?.close();
});

const heldAtHeadOffice = async (hash: string) => (await db.query('SELECT 1 FROM evidence WHERE sha256 = $1', [hash])).rows.length === 1;
const attach = (bytes: Uint8Array) => visits.addAttachment(store.db, actor, { caseId, fileName: 'visit.jpg', mimeType: 'image/jpeg', bytes, owner: null });

describe('the device’s evidence step', () => {
  it('a sync sends a photo recorded offline after its record; head office holds the same bytes and the device marks it confirmed', async () => {
    const bytes = photo(20_000);
    await attach(bytes);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device });
    const result = await client.syncOnce();
    expect(result.ok).toBe(true);
    expect(await heldAtHeadOffice(sha(bytes))).toBe(true);
    expect((await store.db.evidenceUploads.get(sha(bytes)))?.confirmedAt).toBeTruthy();
    expect(await readEvidenceRun(store.db)).toMatchObject({ uploaded: 1, failure: null, problems: [] });
  });

  it('a connection that breaks midway is reported in words; the next run continues from where head office stopped', async () => {
    const bytes = photo(5000);
    await attach(bytes);
    await createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device }).push();
    const sent: number[] = [];
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      if (String(input).includes(`/evidence/${sha(bytes)}?`)) {
        if (++calls === 3) throw new TypeError('network connection was lost');
        sent.push(Number(new URL(String(input)).searchParams.get('offset')));
      }
      return globalThis.fetch(input, init);
    };
    const transport = createTransport({ baseUrl: h.url, fetch: globalThis.fetch, credentials: () => device });
    const broken = await createEvidenceUpload({ db: store.db, transport, baseUrl: h.url, fetch: flaky, now: () => new Date(), chunkBytes: 1000 })();
    expect(broken.failure).toContain('network connection was lost');
    expect(broken.uploaded).toBe(0);
    expect(await heldAtHeadOffice(sha(bytes))).toBe(false);
    expect((await readEvidenceRun(store.db))?.failure).toContain('network');
    expect((await store.db.evidenceUploads.get(sha(bytes)))?.confirmedAt ?? null).toBeNull();

    const resumed = await createEvidenceUpload({ db: store.db, transport, baseUrl: h.url, fetch: flaky, now: () => new Date(), chunkBytes: 1000 })();
    expect(resumed).toMatchObject({ uploaded: 1, failure: null });
    // Two chunks arrived before the break; the rest started at 2000, not at 0.
    expect(sent).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(await heldAtHeadOffice(sha(bytes))).toBe(true);
  });

  it('a file head office refuses is named with its reason; the others still go', async () => {
    const good = photo(3000);
    await attach(good);
    const forged = photo(3000);
    await attach(forged);
    await createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device }).push();
    // The bytes kept for `forged` change behind the device's back (a damaged disk): head office refuses them.
    await store.db.attachmentBlobs.put({ id: sha(forged), bytes: photo(3000) });
    const transport = createTransport({ baseUrl: h.url, fetch: globalThis.fetch, credentials: () => device });
    const run = await createEvidenceUpload({ db: store.db, transport, baseUrl: h.url, fetch: globalThis.fetch, now: () => new Date() })();
    expect(run.problems).toEqual([expect.objectContaining({ sha256: sha(forged), code: 'hash_mismatch' })]);
    expect(await heldAtHeadOffice(sha(good))).toBe(true);
    expect(await heldAtHeadOffice(sha(forged))).toBe(false);
  });

  it('housekeeping drops old confirmed copies only: unconfirmed bytes are never dropped, however old', async () => {
    const confirmed = photo(1000);
    await attach(confirmed);
    const unconfirmed = photo(1000);
    await attach(unconfirmed);
    await store.db.evidenceUploads.put({ sha256: sha(confirmed), confirmedAt: new Date().toISOString(), droppedAt: null });
    const yearsLater = new Date(Date.now() + 5 * 365 * 86_400_000);
    expect(await dropConfirmedEvidence(store.db, new Date(), 30)).toBe(0);
    const dropped = await dropConfirmedEvidence(store.db, yearsLater, 30);
    expect(dropped).toBeGreaterThanOrEqual(1);
    expect(await store.db.attachmentBlobs.get(sha(confirmed))).toBeUndefined();
    expect((await store.db.evidenceUploads.get(sha(confirmed)))?.droppedAt).toBeTruthy();
    expect(await store.db.attachmentBlobs.get(sha(unconfirmed))).toBeDefined();
    // The attachment's record stays: the case still lists it; head office has the bytes.
    expect(await store.db.attachments.get(sha(confirmed))).toBeDefined();
  });

  it('the keep period is the device’s setting: 30 days until set, a whole number from 1 to 3650', async () => {
    expect(await evidenceKeepDays(store.db)).toBe(30);
    await setEvidenceKeepDays(store.db, 7);
    expect(await evidenceKeepDays(store.db)).toBe(7);
    await expect(setEvidenceKeepDays(store.db, 0)).rejects.toThrow(RangeError);
    await expect(setEvidenceKeepDays(store.db, 2.5)).rejects.toThrow(RangeError);
    expect(await evidenceKeepDays(store.db)).toBe(7);
  });
});
