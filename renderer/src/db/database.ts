import Dexie, { type EntityTable } from 'dexie';
import type { Case } from '../../../shared/domain/case';
import type { CaseRow } from '../../../shared/domain/caseSummary';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import type { SavedView } from './savedView';

/** Which store the app is working on. Demo data lives in its own database so it never mixes with real cases. */
export type DataSource = 'live' | 'demo';

export const DATABASE_NAMES: Record<DataSource, string> = {
  live: 'recovery-desk',
  demo: 'recovery-desk-demo',
};

export interface MetaEntry {
  key: string;
  value: unknown;
}

/**
 * The local case store. Each version states its whole schema; upgrades only add or derive, so a device
 * that skipped versions migrates in order and keeps every record.
 */
export class RecoveryDeskDb extends Dexie {
  cases!: EntityTable<Case, 'id'>;
  caseRows!: EntityTable<CaseRow, 'id'>;
  savedViews!: EntityTable<SavedView, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1: cases and their list rows.
    this.version(1).stores({
      cases: 'id, caseNumber',
      caseRows: 'id, bucket, dpd, totalFen, status, officerId',
    });
    // v2: saved list views, store metadata, and indexes for the remaining list filters (product,
    // classification, risk). Rows are re-derived so older rows gain the fields those indexes need.
    this.version(2)
      .stores({
        caseRows: 'id, bucket, dpd, totalFen, status, officerId, product, classificationRank, risk',
        savedViews: 'id, name',
        meta: 'key',
      })
      .upgrade(async (tx) => {
        await tx
          .table<Case, string>('cases')
          .toCollection()
          .each(async (c) => {
            await tx.table<CaseRow, string>('caseRows').put(summarizeCase(c));
          });
      });
  }
}
