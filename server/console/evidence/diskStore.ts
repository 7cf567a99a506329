import { constants } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EvidenceStore } from './storeTypes';

const HASH = /^[0-9a-f]{64}$/;

/** A hash becomes a path only after this check: nothing a client sends can name another file. */
function checked(sha256: string): string {
  if (!HASH.test(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
  return sha256;
}

/**
 * Evidence on disk: held bytes at <root>/<aa>/<sha256> (the first two hex digits spread the files over 256
 * folders), uploads under way at <root>/partial/<sha256>. A held file is written once, by rename, so a reader
 * never sees half of one.
 */
export function diskEvidenceStore(root: string): EvidenceStore {
  const heldPath = (sha: string) => join(root, checked(sha).slice(0, 2), sha);
  const partPath = (sha: string) => join(root, 'partial', checked(sha));

  return {
    kind: 'disk',
    async writePart(sha256, offset, bytes) {
      const path = partPath(sha256);
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // Read-write without append mode: a resent chunk overwrites from its offset.
      const file = await open(path, constants.O_RDWR | constants.O_CREAT, 0o600);
      try {
        await file.truncate(offset);
        await file.write(bytes, 0, bytes.byteLength, offset);
        await file.sync();
      } finally {
        await file.close();
      }
    },
    async readPart(sha256) {
      return readFile(partPath(sha256)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return Buffer.alloc(0);
        throw err;
      });
    },
    async commit(sha256) {
      const target = heldPath(sha256);
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      const exists = await stat(target).then(() => true, () => false);
      if (exists) await rm(partPath(sha256), { force: true });
      else await rename(partPath(sha256), target);
    },
    async discardPart(sha256) {
      await rm(partPath(sha256), { force: true });
    },
    async read(sha256) {
      return readFile(heldPath(sha256)).catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return null;
        throw err;
      });
    },
  };
}
