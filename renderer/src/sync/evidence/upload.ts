import { EVIDENCE_CHUNK_BYTES, EvidenceStateSchema, HELD_CHECK_MAX, HeldAnswerSchema, type EvidenceState } from '../../../../shared/evidence/protocol';
import type { RecoveryDeskDb } from '../../store/database';
import { Failure, reasonOf } from '../failure';
import { parseAnswer, type Transport } from '../transport';
import { markConfirmed, localEvidence, uploadRows, writeEvidenceRun, type EvidenceProblem, type EvidenceRun } from './evidenceState';
import { dropConfirmedEvidence, evidenceKeepDays } from './housekeeping';

export interface EvidenceUploadOptions {
  db: RecoveryDeskDb;
  transport: Transport;
  baseUrl: string;
  fetch: typeof fetch;
  now: () => Date;
  /** Bytes per request (EVIDENCE_CHUNK_BYTES); tests send small chunks. */
  chunkBytes?: number;
  requestTimeoutMs?: number;
}

/** Head office refused one file: the others still go. */
class FileRefused extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/**
 * The sync's evidence step (docs/server.md, "Evidence"): asks head office which of this device's files it
 * holds (POST /evidence/held), marks those confirmed, sends each missing one in chunks from where head office
 * says it stopped, then drops old confirmed copies (housekeeping.ts). Its failure is not the records': it
 * never fails the sync, and is kept in words for the Sync screen (EvidenceRun), never swallowed.
 */
export function createEvidenceUpload(options: EvidenceUploadOptions): () => Promise<EvidenceRun> {
  const { db, transport, now } = options;
  const chunkBytes = options.chunkBytes ?? EVIDENCE_CHUNK_BYTES;
  const timeoutMs = options.requestTimeoutMs ?? 120_000;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function postChunk(token: string, sha256: string, offset: number, size: number, chunk: Uint8Array): Promise<EvidenceState> {
    let res: Response;
    try {
      res = await options.fetch(`${baseUrl}/evidence/${sha256}?offset=${offset}&size=${size}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream', accept: 'application/json', authorization: `Bearer ${token}` },
        body: chunk as Uint8Array<ArrayBuffer>,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new Failure({ code: 'network', message: `head office did not answer: ${reasonOf(err)}` });
    }
    const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; receivedBytes?: number } } | undefined;
    if (res.ok) return parseAnswer(EvidenceStateSchema, body, 'evidence upload');
    const code = body?.error?.code ?? `http_${res.status}`;
    if (code === 'offset_mismatch' && typeof body?.error?.receivedBytes === 'number') return { sha256, held: false, receivedBytes: body.error.receivedBytes };
    if (res.status === 401) throw new Failure({ code: 'unauthorized', message: `${code}: ${body?.error?.message ?? ''}` });
    throw new FileRefused(code, body?.error?.message ?? `HTTP ${res.status}`);
  }

  /** Sends `bytes` from `from` on; true once head office holds them. */
  async function sendFile(token: string, sha256: string, bytes: Uint8Array, from: number): Promise<boolean> {
    let offset = from;
    // A bound on round trips: every chunk moves the offset forward, or head office says where it is.
    for (let round = 0; round < Math.ceil(bytes.byteLength / chunkBytes) + 3; round++) {
      const state = await postChunk(token, sha256, offset, bytes.byteLength, bytes.subarray(offset, Math.min(offset + chunkBytes, bytes.byteLength)));
      if (state.held) return true;
      offset = state.receivedBytes;
    }
    throw new FileRefused('no_progress', 'head office did not take the file after repeated chunks');
  }

  return async () => {
    const run: EvidenceRun = { at: now().toISOString(), uploaded: 0, confirmed: 0, waiting: 0, dropped: 0, problems: [], failure: null };
    try {
      const files = await localEvidence(db);
      const rows = await uploadRows(db, files.map((f) => f.sha256));
      const pending = files.filter((f) => !rows.get(f.sha256)?.confirmedAt).map((f) => f.sha256);
      if (pending.length > 0) {
        const { accessToken } = await transport.credentials();
        for (let i = 0; i < pending.length; i += HELD_CHECK_MAX) {
          const batch = pending.slice(i, i + HELD_CHECK_MAX);
          const answer = parseAnswer(HeldAnswerSchema, await transport.post('/evidence/held', { hashes: batch }, accessToken), 'evidence held');
          const held = answer.states.filter((s) => s.held).map((s) => s.sha256);
          await markConfirmed(db, held, now().toISOString());
          run.confirmed += held.length;
          run.waiting += batch.length - answer.states.length;
          for (const state of answer.states.filter((s) => !s.held)) {
            const blob = await db.attachmentBlobs.get(state.sha256);
            if (!blob) continue;
            try {
              if (await sendFile(accessToken, state.sha256, blob.bytes, state.receivedBytes)) {
                await markConfirmed(db, [state.sha256], now().toISOString());
                run.uploaded += 1;
                run.confirmed += 1;
              }
            } catch (err) {
              if (!(err instanceof FileRefused)) throw err;
              run.problems.push({ sha256: state.sha256, code: err.code, message: err.message } satisfies EvidenceProblem);
            }
          }
        }
      }
      run.dropped = await dropConfirmedEvidence(db, now(), await evidenceKeepDays(db));
    } catch (err) {
      run.failure = err instanceof Failure ? `${err.failure.code}: ${err.failure.message}` : `evidence upload stopped: ${reasonOf(err)}`;
    }
    await writeEvidenceRun(db, run);
    return run;
  };
}
