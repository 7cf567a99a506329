import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { CaseRowIndex, EMPTY_FILTERS } from '../../../shared/domain/caseQuery';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { makeCase } from '../../fixtures/cases';
import { fixedKey, keySource } from './encryption/rawStore';

/** The store's schema as version 11 declared it (renderer/src/store/database.ts), before the rows had pinyin keys. */
function v11Database(): Dexie {
  const db = new Dexie(DATABASE_NAMES.live);
  db.version(1).stores({ cases: 'id, caseNumber', caseRows: 'id, bucket, dpd, totalFen, status, officerId' });
  db.version(2).stores({ caseRows: 'id, bucket, dpd, totalFen, status, officerId, product, classificationRank, risk', savedViews: 'id, name', meta: 'key' });
  db.version(3).stores({
    activities: 'id, caseId, [caseId+at], at',
    promises: 'id, caseId, dueDate',
    payments: 'id, caseId, paidOn',
    plans: 'id, caseId, approval.status',
    receipts: 'id, &number, caseId, receivedAt',
    visits: 'id, caseId, plannedFor',
    attachments: 'id, caseId',
    attachmentBlobs: 'id',
    disputes: 'id, caseId',
    audit: 'seq, caseId, at',
    outbox: 'mutationId, caseId',
    counters: 'name',
  });
  db.version(4).stores({ letters: 'id, number, caseId, partyId, type, issuedAt' });
  db.version(5).stores({});
  db.version(6).stores({});
  db.version(7).stores({ overrideRequests: 'id, caseId, requestedAt' });
  db.version(8).stores({ arrangements: 'id, caseId' });
  db.version(10).stores({ publishedConfigs: '[kind+scope+key+version], kind' });
  db.version(11).stores({ evidenceUploads: 'sha256' });
  return db;
}

afterEach(async () => {
  await Dexie.delete(DATABASE_NAMES.live);
});

describe('store version 15: list rows gain the names’ pinyin keys', () => {
  it('re-derives the rows of a v11 store, so a name typed in pinyin is found', async () => {
    const cases = [makeCase(1, { name: '张三' }), makeCase(2, { name: '曾小贤' })];
    const v11 = v11Database();
    await v11.open();
    await v11.table('cases').bulkPut(cases);
    // Rows as v11 wrote them: no pinyin keys.
    await v11.table('caseRows').bulkPut(
      cases.map((c) => {
        const { pinyinKeys, sensitiveTerms, ...row } = summarizeCase(c);
        void pinyinKeys;
        void sensitiveTerms;
        return row;
      }),
    );
    v11.close();

    const r = await openStore('live', undefined, undefined, keySource(fixedKey(5)));
    if (!r.ok) throw new Error(`${r.failure}: ${r.detail}`);
    try {
      const rows = await r.store.cases.listRows();
      expect(rows.map((row) => row.pinyinKeys)).toEqual([' zhangsan zs', ' zengxiaoxian zxx']);
      const index = new CaseRowIndex(rows);
      const found = (search: string) => index.query({ filters: EMPTY_FILTERS, search, sort: { column: 'caseNumber', direction: 'asc' } }).map((row) => row.borrowerName);
      expect(found('zhangsan')).toEqual(['张三']);
      expect(found('zxx')).toEqual(['曾小贤']);
    } finally {
      r.store.close();
    }
  });
});
