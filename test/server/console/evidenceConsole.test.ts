import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';
import { caseOf, chunkPath, jpeg, pdf, registerAttachment, registerLetter, sha256Of, withPortfolio, type Device } from './evidenceSupport';

const OFFICER = 'demo-officer-310115-03';

let db: Db;
let h: Harness;
let d: Device;
let caseId: string;
let admin: string;
const photo = jpeg(8000);
let sha: string;

beforeAll(async () => {
  db = await openDb('pglite');
  await withPortfolio(db);
  // A data folder: the bytes go to disk, as on a PGlite head office.
  h = await startHarness(db, { config: { dataDir: mkdtempSync(join(tmpdir(), 'rd-evidence-ho-')) } });
  d = await signIn(h, OFFICER);
  caseId = await caseOf(db, OFFICER);
  admin = (await signIn(h, 'demo-admin')).accessToken;
  sha = await registerAttachment(h, d, caseId, photo, { fileName: '外访照片.jpg' });
  await call(h, 'POST', chunkPath(sha, 0, photo.byteLength), { token: d.accessToken, body: photo });
}, 120_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('GET /admin/cases/:id/evidence and /admin/evidence/:sha256: the case’s evidence in the console', () => {
  it('lists each record’s evidence with whether head office holds it; the bytes come back as uploaded, with their hash', async () => {
    const letter = pdf(5000);
    const letterSha = await registerLetter(h, d, caseId, letter);
    const res = await call(h, 'GET', `/admin/cases/${caseId}/evidence`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ caseId, branchCode: '310115' });
    const bySha = new Map(res.body.items.map((i: { sha256: string }) => [i.sha256, i]));
    expect(bySha.get(sha)).toMatchObject({ kind: 'attachment', label: '外访照片.jpg', held: true, mimeType: 'image/jpeg', sizeBytes: 8000, recordedBy: OFFICER });
    expect(bySha.get(letterSha)).toMatchObject({ kind: 'letter', held: false, mimeType: null, sizeBytes: null });

    const bytes = await fetch(`${h.url}/admin/evidence/${sha}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(bytes.status).toBe(200);
    expect(bytes.headers.get('content-type')).toBe('image/jpeg');
    expect(bytes.headers.get('x-evidence-sha256')).toBe(sha);
    expect(sha256Of(new Uint8Array(await bytes.arrayBuffer()))).toBe(sha);
    const missing = await call(h, 'GET', `/admin/evidence/${letterSha}`, { token: admin });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_held');
  });

  it('finds a case by its id or its case number, within the reader’s branch', async () => {
    const number = (await db.query<{ case_number: string }>('SELECT case_number FROM cases WHERE id = $1', [caseId])).rows[0]!.case_number;
    for (const q of [caseId, number]) {
      const res = await call(h, 'GET', `/admin/cases/lookup?q=${encodeURIComponent(q)}`, { token: admin });
      expect(res.body.cases).toEqual([expect.objectContaining({ id: caseId, caseNumber: number, branchCode: '310115' })]);
    }
    const other = await signIn(h, 'demo-supervisor-440106');
    expect((await call(h, 'GET', `/admin/cases/lookup?q=${caseId}`, { token: other.accessToken })).body.cases).toEqual([]);
  });

  it('a supervisor reads their own branch’s evidence, and is refused another branch’s (403 other_branch)', async () => {
    const own = await signIn(h, 'demo-supervisor-310115');
    expect((await call(h, 'GET', `/admin/cases/${caseId}/evidence`, { token: own.accessToken })).status).toBe(200);
    expect((await fetch(`${h.url}/admin/evidence/${sha}`, { headers: { authorization: `Bearer ${own.accessToken}` } })).status).toBe(200);
    const other = await signIn(h, 'demo-supervisor-440106');
    const list = await call(h, 'GET', `/admin/cases/${caseId}/evidence`, { token: other.accessToken });
    expect(list.status).toBe(403);
    expect(list.body.error.code).toBe('other_branch');
    expect((await call(h, 'GET', `/admin/evidence/${sha}`, { token: other.accessToken })).status).toBe(403);
  });

  it('a collector is refused (403 not_console_user); no token 401', async () => {
    for (const path of [`/admin/cases/${caseId}/evidence`, `/admin/evidence/${sha}`, `/admin/cases/lookup?q=${caseId}`]) {
      expect((await call(h, 'GET', path, { token: d.accessToken })).body.error.code).toBe('not_console_user');
      expect((await call(h, 'GET', path)).status).toBe(401);
    }
  });

  it('bad input is a 400 naming the field; an unknown case is 404', async () => {
    const badHash = await call(h, 'GET', '/admin/evidence/not-a-hash', { token: admin });
    expect(badHash.status).toBe(400);
    expect(badHash.body.error.message).toContain('params.sha256');
    const noQuery = await call(h, 'GET', '/admin/cases/lookup?q=', { token: admin });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.error.message).toContain('query.q');
    expect((await call(h, 'GET', '/admin/cases/no-such-case/evidence', { token: admin })).status).toBe(404);
    expect((await call(h, 'GET', `/admin/evidence/${'b'.repeat(64)}`, { token: admin })).status).toBe(404);
  });

  it('a stored copy changed behind head office’s back is refused, never shown as evidence', async () => {
    const { writeFileSync } = await import('node:fs');
    const other = jpeg(300);
    const otherSha = await registerAttachment(h, d, caseId, other);
    await call(h, 'POST', chunkPath(otherSha, 0, other.byteLength), { token: d.accessToken, body: other });
    writeFileSync(join(h.config.dataDir, 'evidence', otherSha.slice(0, 2), otherSha), jpeg(300));
    const res = await call(h, 'GET', `/admin/evidence/${otherSha}`, { token: admin });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('evidence_corrupt');
  });
});
