/// <reference lib="webworker" />
// The app's row-preparing worker: the store's (sealing, blind indexes, list rows, the demo load's writes) with the
// pull's page tasks added (pageTasks.ts), so a first sync's pages are parsed, prepared and written off the UI
// thread. Keys in memory only, until told to forget them (lock, sign-out, store closed): docs/encryption.md.
import { rowSealerHandler } from '../../store/encryption/prepared/rowSealerHandler';
import type { RowSealerRequest, RowSealerResponse } from '../../store/encryption/prepared/rowSealerProtocol';
import { pullPageTasks } from './pageTasks';

declare const self: DedicatedWorkerGlobalScope;

const handle = rowSealerHandler({ post: (message: RowSealerResponse) => self.postMessage(message), close: () => self.close() }, pullPageTasks());
self.onmessage = (event: MessageEvent<RowSealerRequest>) => void handle(event.data);
