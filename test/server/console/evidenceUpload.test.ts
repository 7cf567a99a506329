import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { call, eachBackend, type Harness, openDb, post, signIn, startHarness } from '../harness';
import { caseOf, chunkPath, count, exe, jpeg, pdf, registerAttachment, registerLetter, sha256Of, withPortfolio, type Device } from './evidenceSupport';

const OFFICER = 'demo-officer-310115-03';

eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  let d: Device;
  let caseId: string;

  beforeAll(async () => {
    db = await openDb(backend);
    await withPortfolio(db);
    h = await startHarness(db, { config: { uploadLimitBytes: 2 * 1024 * 1024 } });
    d = await signIn(h, OFFICER);
    caseId = await caseOf(db, OFFICER);
  }, 120_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const send = (dev: Device, sha: string, bytes: Buffer, offset: number, size = bytes.byteLength, chunk = bytes.subarray(offset)) =>
    call(h, 'POST', chunkPath(sha, offset, size), { token: dev.accessToken, body: chunk });

  describe('POST /evidence/:sha256: a device uploads the bytes a record of its registered', () => {
    it('one chunk: verified, held, and the held-check and the device status say so', async () => {
      const photo = jpeg(5000);
      const sha = await registerAttachment(h, d, caseId, photo);
      expect((await post(h, '/evidence/held', { hashes: [sha] }, d.accessToken)).body).toEqual({ states: [{ sha256: sha, held: false, receivedBytes: 0 }] });
      const res = await send(d, sha, photo, 0);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ sha256: sha, held: true, receivedBytes: 0 });
      const row = (await db.query<{ mime_type: string; size_bytes: string; first_device_id: string }>('SELECT mime_type, size_bytes, first_device_id FROM evidence WHERE sha256 = $1', [sha])).rows[0];
      expect(row).toMatchObject({ mime_type: 'image/jpeg', first_device_id: d.deviceId });
      expect(Number(row!.size_bytes)).toBe(5000);
      expect((await post(h, '/evidence/held', { hashes: [sha] }, d.accessToken)).body.states).toEqual([{ sha256: sha, held: true, receivedBytes: 0 }]);
      expect((await call(h, 'GET', `/evidence/${sha}`, { token: d.accessToken })).body).toEqual({ sha256: sha, held: true, receivedBytes: 0 });
    });

    it('the same bytes from a second device are stored once: answered held, nothing written', async () => {
      const photo = jpeg(3000);
      const sha = await registerAttachment(h, d, caseId, photo);
      await send(d, sha, photo, 0);
      const other = await signIn(h, OFFICER);
      await registerAttachment(h, other, caseId, photo, { fileName: 'again.jpg' });
      const before = { evidence: await count(db, 'evidence'), chunks: await count(db, 'evidence_chunks') };
      const res = await send(other, sha, photo, 0);
      expect(res.body).toEqual({ sha256: sha, held: true, receivedBytes: 0 });
      expect({ evidence: await count(db, 'evidence'), chunks: await count(db, 'evidence_chunks') }).toEqual(before);
      expect((await db.query<{ first_device_id: string }>('SELECT first_device_id FROM evidence WHERE sha256 = $1', [sha])).rows[0]!.first_device_id).toBe(d.deviceId);
    });

    it('resumable: a connection broken mid-chunk keeps what arrived before it; the device asks and continues from there', async () => {
      const photo = jpeg(300_000);
      const sha = await registerAttachment(h, d, caseId, photo);
      const first = await send(d, sha, photo, 0, photo.byteLength, photo.subarray(0, 100_000));
      expect(first.body).toEqual({ sha256: sha, held: false, receivedBytes: 100_000 });
      // The second chunk's connection drops halfway: head office keeps nothing of it.
      await brokenUpload(h.url + chunkPath(sha, 100_000, photo.byteLength), d.accessToken, photo.subarray(100_000, 200_000));
      const status = await call(h, 'GET', `/evidence/${sha}`, { token: d.accessToken });
      expect(status.body).toEqual({ sha256: sha, held: false, receivedBytes: 100_000 });
      // A device that lost track and starts over is told where head office is.
      const again = await send(d, sha, photo, 0, photo.byteLength, photo.subarray(0, 50_000));
      expect(again.status).toBe(409);
      expect(again.body.error).toMatchObject({ code: 'offset_mismatch', receivedBytes: 100_000 });
      expect((await send(d, sha, photo, 100_000, photo.byteLength, photo.subarray(100_000, 200_000))).body.receivedBytes).toBe(200_000);
      const last = await send(d, sha, photo, 200_000);
      expect(last.body).toEqual({ sha256: sha, held: true, receivedBytes: 0 });
      expect(await count(db, 'evidence_uploads')).toBe(0);
    });

    it('bytes that do not hash to their name are refused (422 hash_mismatch) and nothing is kept', async () => {
      const photo = jpeg(4000);
      const forged = jpeg(4000);
      const sha = await registerAttachment(h, d, caseId, photo);
      const res = await send(d, sha, forged, 0);
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'hash_mismatch', actual: sha256Of(forged) });
      expect((await db.query('SELECT 1 FROM evidence WHERE sha256 = $1', [sha])).rows).toHaveLength(0);
      expect((await call(h, 'GET', `/evidence/${sha}`, { token: d.accessToken })).body).toEqual({ sha256: sha, held: false, receivedBytes: 0 });
      expect((await send(d, sha, photo, 0)).body.held).toBe(true);
    });

    it('bytes that are not a JPEG, PNG or PDF are refused (415 wrong_type), whatever the record declared', async () => {
      const program = exe(2000);
      const sha = await registerAttachment(h, d, caseId, program, { fileName: 'photo.jpg' });
      const res = await send(d, sha, program, 0);
      expect(res.status).toBe(415);
      expect(res.body.error.code).toBe('wrong_type');
      expect((await call(h, 'GET', `/evidence/${sha}`, { token: d.accessToken })).body.receivedBytes).toBe(0);
    });

    it('too large: over the attachment limit or the upload limit (413 too_large); a size other than the record’s (400)', async () => {
      const photo = jpeg(1000);
      const sha = await registerAttachment(h, d, caseId, photo);
      const big = await call(h, 'POST', chunkPath(sha, 0, 11 * 1024 * 1024), { token: d.accessToken, body: photo });
      expect(big.status).toBe(413);
      expect(big.body.error.code).toBe('too_large');
      const wrong = await send(d, sha, photo, 0, 999);
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.message).toContain('query.size');
      const letter = pdf(3 * 1024 * 1024);
      const letterSha = await registerLetter(h, d, caseId, letter);
      const res = await call(h, 'POST', chunkPath(letterSha, 0, letter.byteLength), { token: d.accessToken, body: letter.subarray(0, 1000) });
      expect(res.status).toBe(413);
      expect(await count(db, 'evidence_uploads')).toBe(0);
    });

    it('a letter’s PDF uploads like a photo and is held as a PDF', async () => {
      const letter = pdf(20_000);
      const sha = await registerLetter(h, d, caseId, letter);
      expect((await send(d, sha, letter, 0)).body.held).toBe(true);
      expect((await db.query<{ mime_type: string }>('SELECT mime_type FROM evidence WHERE sha256 = $1', [sha])).rows[0]!.mime_type).toBe('application/pdf');
    });

    it('a hash no record names is refused (404 not_registered); another collector’s case (403 out_of_scope); nothing written', async () => {
      const stray = jpeg(1000);
      const res = await send(d, sha256Of(stray), stray, 0);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_registered');
      const photo = jpeg(1000);
      const sha = await registerAttachment(h, d, caseId, photo);
      const colleague = await signIn(h, 'demo-officer-440106-03');
      const refused = await send(colleague, sha, photo, 0);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('out_of_scope');
      expect((await call(h, 'GET', `/evidence/${sha}`, { token: colleague.accessToken })).status).toBe(403);
      expect((await post(h, '/evidence/held', { hashes: [sha] }, colleague.accessToken)).body).toEqual({ states: [] });
      expect((await db.query('SELECT 1 FROM evidence_uploads WHERE sha256 = $1', [sha])).rows).toHaveLength(0);
    });

    it('no token: 401 on every device route', async () => {
      const sha = 'a'.repeat(64);
      expect((await call(h, 'POST', chunkPath(sha, 0, 10), { body: jpeg(10) })).status).toBe(401);
      expect((await call(h, 'GET', `/evidence/${sha}`)).status).toBe(401);
      expect((await post(h, '/evidence/held', { hashes: [sha] })).status).toBe(401);
    });

    it('bad input is a 400 naming the field, and writes nothing', async () => {
      const before = await count(db, 'evidence_uploads');
      const photo = jpeg(100);
      const sha = await registerAttachment(h, d, caseId, photo);
      const badHash = await call(h, 'POST', chunkPath('XYZ', 0, 100), { token: d.accessToken, body: photo });
      expect(badHash.status).toBe(400);
      expect(badHash.body.error.message).toContain('params.sha256');
      const badOffset = await call(h, 'POST', `/evidence/${sha}?offset=-1&size=100`, { token: d.accessToken, body: photo });
      expect(badOffset.status).toBe(400);
      expect(badOffset.body.error.message).toContain('query.offset');
      const noSize = await call(h, 'POST', `/evidence/${sha}?offset=0`, { token: d.accessToken, body: photo });
      expect(noSize.body.error.message).toContain('query.size');
      const json = await call(h, 'POST', chunkPath(sha, 0, 100), { token: d.accessToken, body: { bytes: 'x' } });
      expect(json.status).toBe(400);
      expect(json.body.error.message).toContain('body');
      const held = await post(h, '/evidence/held', { hashes: ['nothex'] }, d.accessToken);
      expect(held.status).toBe(400);
      expect(held.body.error.message).toContain('body.hashes.0');
      expect((await post(h, '/evidence/held', { hashes: [] }, d.accessToken)).status).toBe(400);
      expect(await count(db, 'evidence_uploads')).toBe(before);
    });
  });
});

/** Sends the headers for all of `chunk` and half its bytes, then drops the connection. */
function brokenUpload(url: string, token: string, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'content-length': chunk.byteLength } });
    req.on('error', () => resolve());
    req.on('response', () => resolve());
    req.write(chunk.subarray(0, chunk.byteLength / 2), () => {
      setTimeout(() => {
        req.destroy();
        setTimeout(resolve, 100);
      }, 50);
    });
  });
}
