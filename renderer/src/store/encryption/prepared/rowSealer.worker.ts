/// <reference lib="webworker" />
// Sealing, blind indexes and list rows for a big write, off the UI thread (issue 18 §2): a first sync's pages and
// the demo load. Holds the keys derived from the data key in memory only, from the store that started it until
// it is told to forget them (lock, sign-out, store closed); it never stores anything.
import { FieldCipher } from '../fieldCipher';
import { preparePulledForStore } from './pulledCase';
import { storedDemoCases } from './storedCase';
import type { RowSealerRequest, RowSealerResponse } from './rowSealerProtocol';

declare const self: DedicatedWorkerGlobalScope;

let cipher: FieldCipher | null = null;
const post = (message: RowSealerResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<RowSealerRequest>) => {
  const r = event.data;
  if (r.kind === 'keys') {
    cipher?.wipe();
    cipher = new FieldCipher(r.keys);
    r.keys.sealKey.fill(0);
    r.keys.blindKey.fill(0);
    return;
  }
  if (r.kind === 'forget') {
    cipher?.wipe();
    cipher = null;
    self.close();
    return;
  }
  try {
    if (!cipher) throw new Error('the row sealer has no keys');
    const c = cipher;
    if (r.kind === 'pulled') post({ kind: 'pulled', jobId: r.jobId, prepared: r.items.map((it) => preparePulledForStore(c, it.id, it.data)) });
    else post({ kind: 'demo', jobId: r.jobId, stored: storedDemoCases(c, r.slice) });
  } catch (error) {
    post({ kind: 'failed', jobId: r.jobId, message: String((error as Error)?.message ?? error) });
  }
};
