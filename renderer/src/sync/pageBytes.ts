import { PullResponseSchema, type PullResponse } from '../../../shared/sync/protocol';
import { fail } from './failure';
import { parseAnswer } from './transport';

/**
 * A pull page from the bytes head office answered with: decoded, parsed and checked against the shared schema,
 * with the transport's failures for a body that is not JSON or not a pull answer. Runs in the row-preparing
 * worker (so a page's ~4 MB of JSON is not parsed on the UI thread) and, where there is no worker, here.
 */
export function pullPageFromBytes(bytes: ArrayBuffer): PullResponse {
  let json: unknown = undefined;
  try {
    json = bytes.byteLength > 0 ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  } catch {
    return fail('server', 'head office sent an answer that is not JSON (HTTP 200)');
  }
  return parseAnswer(PullResponseSchema, json, 'pull');
}
