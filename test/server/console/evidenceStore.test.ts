import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { testConfig } from '../../../server/config';
import { databaseEvidenceStore } from '../../../server/console/evidence/databaseStore';
import { diskEvidenceStore } from '../../../server/console/evidence/diskStore';
import { evidenceStoreFor, type EvidenceStore } from '../../../server/console/evidence/store';
import { eachBackend, openDb } from '../harness';
import { jpeg, sha256Of } from './evidenceSupport';

/** What every store must do, on disk and in the database alike. */
function storeContract(open: () => EvidenceStore) {
  it('keeps an upload under way by offset; a resent chunk replaces what was there from its offset on', async () => {
    const store = open();
    const bytes = jpeg(3000);
    const sha = sha256Of(bytes);
    expect((await store.readPart(sha)).byteLength).toBe(0);
    await store.writePart(sha, 0, bytes.subarray(0, 1000));
    await store.writePart(sha, 1000, Buffer.alloc(1000, 7));
    // The device resends the second chunk (its answer was lost): the first write is replaced, not doubled.
    await store.writePart(sha, 1000, bytes.subarray(1000, 2000));
    await store.writePart(sha, 2000, bytes.subarray(2000));
    expect(sha256Of(await store.readPart(sha))).toBe(sha);
    expect(await store.read(sha)).toBeNull();
  });

  it('a committed upload is held and read back whole; a discarded one is gone', async () => {
    const store = open();
    const bytes = jpeg(5000);
    const sha = sha256Of(bytes);
    await store.writePart(sha, 0, bytes);
    await store.commit(sha);
    expect(Buffer.compare((await store.read(sha))!, bytes)).toBe(0);
    const other = jpeg(100);
    await store.writePart(sha256Of(other), 0, other);
    await store.discardPart(sha256Of(other));
    expect((await store.readPart(sha256Of(other))).byteLength).toBe(0);
    expect(await store.read(sha256Of(other))).toBeNull();
  });
}

describe('the disk store: DATA_DIR/evidence/<aa>/<sha256>', () => {
  const root = mkdtempSync(join(tmpdir(), 'rd-evidence-'));
  storeContract(() => diskEvidenceStore(root));

  it('files a held copy under the first two hex digits, and never takes a path from anything but a hash', async () => {
    const store = diskEvidenceStore(root);
    const bytes = jpeg(200);
    const sha = sha256Of(bytes);
    await store.writePart(sha, 0, bytes);
    await store.commit(sha);
    expect(readdirSync(join(root, sha.slice(0, 2)))).toContain(sha);
    await expect(store.read('../../etc/passwd')).rejects.toThrow('not a SHA-256');
  });

  it('is the store of a PGlite head office with a data folder', () => {
    const db = { kind: 'pglite' } as Db;
    expect(evidenceStoreFor(testConfig({ dataDir: root }), db).kind).toBe('disk');
    expect(evidenceStoreFor(testConfig({ dataDir: root, databaseUrl: 'postgres://x/y' }), db).kind).toBe('database');
  });
});

eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(backend);
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });
  describe('the database store: evidence_chunks', () => storeContract(() => databaseEvidenceStore(db)));
});
