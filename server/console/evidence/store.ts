import { join } from 'node:path';
import type { Config } from '../../config';
import type { Db } from '../../db/types';
import { databaseEvidenceStore } from './databaseStore';
import { diskEvidenceStore } from './diskStore';
import type { EvidenceStore } from './storeTypes';

export type { EvidenceStore } from './storeTypes';

/** The store a running head office uses: PostgreSQL's table with DATABASE_URL, the data folder otherwise. */
export function evidenceStoreFor(config: Config, db: Db): EvidenceStore {
  if (config.databaseUrl || db.kind === 'postgres') return databaseEvidenceStore(db);
  // Tests and embedded setups without a data folder keep the bytes in the database too.
  if (config.dataDir === '') return databaseEvidenceStore(db);
  return diskEvidenceStore(join(config.dataDir, 'evidence'));
}
