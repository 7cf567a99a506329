// Shared by the evidence tests: a head office with the demo portfolio, files that are (or pretend to be)
// photos and PDFs, and a device that registers a file's hash by pushing the record that attaches it.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../server/db/types';
import { importDemoPortfolio } from '../../../server/import/demoPortfolio';
import { entry, push, type Harness, type signIn } from '../harness';

export type Device = Awaited<ReturnType<typeof signIn>>;

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bytes that start like a JPEG (FF D8 FF E0) and are random after, so each file has a hash of its own. */
export const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(size - 4)]);
export const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
/** A Windows program: "MZ". */
export const exe = (size: number) => Buffer.concat([Buffer.from('MZ'), randomBytes(size - 2)]);

export async function withPortfolio(db: Db): Promise<void> {
  await importDemoPortfolio(db, { cases: 40, snapshotDate: '2026-11-23' });
}

/** A case of this collector, and one of a collector of another branch. */
export async function caseOf(db: Db, officerId: string): Promise<string> {
  const res = await db.query<{ id: string }>('SELECT id FROM cases WHERE officer_id = $1 ORDER BY id LIMIT 1', [officerId]);
  if (!res.rows[0]) throw new Error(`no demo case for ${officerId}`);
  return res.rows[0].id;
}

let mutation = 1000;

/** Pushes an attachment record naming `bytes` (or another hash / size when given) on `caseId`. */
export async function registerAttachment(h: Harness, d: Device, caseId: string, bytes: Uint8Array, opts: { sha256?: string; sizeBytes?: number; fileName?: string } = {}) {
  const sha256 = opts.sha256 ?? sha256Of(bytes);
  const res = await push(h, d, [
    entry('addAttachment', d, ++mutation, { caseId, sha256, owner: null, fileName: opts.fileName ?? 'visit.jpg', mimeType: 'image/jpeg', sizeBytes: opts.sizeBytes ?? bytes.byteLength }),
  ]);
  if (res.status !== 200 || res.body.results[0].status !== 'applied') throw new Error(`push: ${res.status} ${JSON.stringify(res.body)}`);
  return sha256;
}

/** Pushes an issued letter whose PDF is `bytes`. */
export async function registerLetter(h: Harness, d: Device, caseId: string, bytes: Uint8Array) {
  const sha256 = sha256Of(bytes);
  const partyId = (await h.db.query<{ p: string }>("SELECT data->'parties'->0->>'id' AS p FROM cases WHERE id = $1", [caseId])).rows[0]!.p;
  const res = await push(h, d, [entry('issueLetter', d, ++mutation, { caseId, partyId, pdfSha256: sha256, number: `CS-TEST-${mutation}-0001` })]);
  if (res.status !== 200 || res.body.results[0].status !== 'applied') throw new Error(`push: ${res.status} ${JSON.stringify(res.body)}`);
  return sha256;
}

/** Sends one chunk of `bytes` [offset, offset+length) under `sha256`. */
export function chunkPath(sha256: string, offset: number, size: number): string {
  return `/evidence/${sha256}?offset=${offset}&size=${size}`;
}

export async function count(db: Db, table: 'evidence' | 'evidence_uploads' | 'evidence_chunks'): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`)).rows[0]!.n;
}
