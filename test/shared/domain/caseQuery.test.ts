import type { SegmentId } from '../../../shared/segments/ids';
import { describe, expect, it } from 'vitest';
import { CaseListFiltersSchema, EMPTY_FILTERS, normalizeSearch, queryCaseRows, totalOfRows, type CaseQuery } from '../../../shared/domain/caseQuery';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { makeCase } from '../../fixtures/cases';

const rows = [
  summarizeCase(makeCase(1, { dpd: 5, principalFen: 500_000, name: '张伟' })),
  summarizeCase(makeCase(2, { dpd: 65, principalFen: 2_000_000, name: '欧阳娜娜', product: 'credit_card' })),
  summarizeCase(makeCase(3, { dpd: 95, principalFen: 900_000, name: '李娜', officerId: 'off-2' })),
  summarizeCase(makeCase(4, { dpd: 200, principalFen: 5_000_000, name: '𠮷祥', product: 'mortgage' })),
];
const base: CaseQuery = { filters: EMPTY_FILTERS, search: '', sort: { column: 'caseNumber', direction: 'asc' } };
const ids = (q: Partial<CaseQuery> & { filters?: Partial<CaseQuery['filters']> }) =>
  queryCaseRows(rows, { ...base, ...q, filters: { ...EMPTY_FILTERS, ...q.filters } }).map((r) => r.caseNumber);

describe('saved filters', () => {
  it('loads a view saved before the lost-contact filter, and one with it', () => {
    const before = { buckets: [], dpdMin: null, dpdMax: null, amountMinFen: null, amountMaxFen: null, products: [], statuses: [], classifications: [], risks: [], officerIds: [] };
    expect(CaseListFiltersSchema.parse(before)).toEqual(before);
    expect(CaseListFiltersSchema.parse({ ...EMPTY_FILTERS, lostContact: true }).lostContact).toBe(true);
    expect(CaseListFiltersSchema.safeParse({ ...EMPTY_FILTERS, lostContact: 'yes' }).success).toBe(false);
    // A saved view keeps the segments chosen; one saved before segments existed still loads.
    expect(CaseListFiltersSchema.parse({ ...EMPTY_FILTERS, segments: ['lost_contact'] }).segments).toEqual(['lost_contact']);
    expect(CaseListFiltersSchema.parse(EMPTY_FILTERS).segments).toBeUndefined();
    expect(CaseListFiltersSchema.safeParse({ ...EMPTY_FILTERS, segments: ['rich'] }).success).toBe(false);
  });
});

// Case 2 not worked out yet (absent from the map).
const segmentMap: ReadonlyMap<string, SegmentId> = new Map([
  [rows[0]!.id, 'unable_willing'],
  [rows[2]!.id, 'unable_willing'],
  [rows[3]!.id, 'lost_contact'],
]);

describe('queryCaseRows', () => {
  it.each([
    ['no filter', {}, ['CS-000001', 'CS-000002', 'CS-000003', 'CS-000004']],
    ['bucket M3 and M6+', { filters: { buckets: ['M3', 'M6+'] } }, ['CS-000002', 'CS-000004']],
    ['DPD 61..95 inclusive', { filters: { dpdMin: 61, dpdMax: 95 } }, ['CS-000002', 'CS-000003']],
    ['amount over ¥10,000', { filters: { amountMinFen: 1_000_000 } }, ['CS-000002', 'CS-000004']],
    ['amount at most ¥9,147.45 (the total of case 3) keeps it', { filters: { amountMaxFen: 900_000 + 14_745 } }, ['CS-000001', 'CS-000003']],
    ['product', { filters: { products: ['mortgage'] } }, ['CS-000004']],
    ['officer', { filters: { officerIds: ['off-2'] } }, ['CS-000003']],
    ['classification', { filters: { classifications: ['substandard'] } }, ['CS-000003', 'CS-000004']],
    ['status with none matching', { filters: { statuses: ['legal'] } }, []],
    ['lost contact (失联) from the given set', { filters: { lostContact: true }, lostCaseIds: new Set([rows[1]!.id, rows[3]!.id]) }, ['CS-000002', 'CS-000004']],
    ['lost contact with other filters', { filters: { lostContact: true, products: ['mortgage'] }, lostCaseIds: new Set([rows[1]!.id, rows[3]!.id]) }, ['CS-000004']],
    ['lost contact before the set is known matches nothing', { filters: { lostContact: true } }, []],
    ['lost contact off ignores the set', { filters: { lostContact: false }, lostCaseIds: new Set([rows[1]!.id]) }, ['CS-000001', 'CS-000002', 'CS-000003', 'CS-000004']],
    ['segment (客户分群) from the given map', { filters: { segments: ['unable_willing'] }, segmentOf: segmentMap }, ['CS-000001', 'CS-000003']],
    ['two segments with another filter', { filters: { segments: ['unable_willing', 'lost_contact'], classifications: ['substandard'] }, segmentOf: segmentMap }, ['CS-000003', 'CS-000004']],
    ['a segment before the map is known matches nothing', { filters: { segments: ['unknown'] } }, []],
    ['a case missing from the map is in no segment', { filters: { segments: ['unknown'] }, segmentOf: segmentMap }, []],
    ['no segment chosen ignores the map', { filters: { segments: [] }, segmentOf: segmentMap }, ['CS-000001', 'CS-000002', 'CS-000003', 'CS-000004']],
  ] as const)('%s', (_name, q, expected) => {
    expect(ids(q as Partial<CaseQuery>)).toEqual(expected);
  });

  it.each([
    ['a name', '娜', ['CS-000002', 'CS-000003']],
    ['a rare-character name', '𠮷', ['CS-000004']],
    ['a phone with separators', '138-1234-0003', ['CS-000003']],
    ['an ID-number tail', '31002x', ['CS-000001', 'CS-000002', 'CS-000003', 'CS-000004']],
    ['an account number', '6222021000000002', ['CS-000002']],
    ['a contract number', 'ht2025-4', ['CS-000004']],
  ] as const)('searches by %s', (_name, search, expected) => {
    expect(ids({ search })).toEqual(expected);
  });

  it('does not match the middle of an ID number, only its tail', () => {
    expect(ids({ search: '110105' })).toEqual([]);
  });

  it('sorts by amount descending and by name in Chinese order, ties by case number', () => {
    expect(ids({ sort: { column: 'totalFen', direction: 'desc' } })).toEqual(['CS-000004', 'CS-000002', 'CS-000003', 'CS-000001']);
    expect(ids({ sort: { column: 'dpd', direction: 'asc' } })).toEqual(['CS-000001', 'CS-000002', 'CS-000003', 'CS-000004']);
    expect(ids({ sort: { column: 'officerName', direction: 'asc' } })).toEqual(['CS-000001', 'CS-000002', 'CS-000003', 'CS-000004']);
  });

  it('totals what is shown in fen', () => {
    const shown = queryCaseRows(rows, { ...base, filters: { ...EMPTY_FILTERS, buckets: ['M1'] } });
    expect(totalOfRows(shown)).toEqual({ count: 1, totalFen: 500_000 + 14_745 });
  });

  it('normalizes digit searches but leaves text alone', () => {
    expect(normalizeSearch(' 138 1234-0003 ')).toBe('13812340003');
    expect(normalizeSearch('HT2025-4')).toBe('ht2025-4');
  });
});

describe('CaseRowIndex', () => {
  it('answers repeated queries from its cached orders exactly as a fresh query does', async () => {
    const { CaseRowIndex } = await import('../../../shared/domain/caseQuery');
    const index = new CaseRowIndex(rows);
    const queries: CaseQuery[] = [
      { ...base, sort: { column: 'totalFen', direction: 'desc' } },
      { ...base, sort: { column: 'totalFen', direction: 'desc' }, filters: { ...EMPTY_FILTERS, buckets: ['M3', 'M6+'] } },
      { ...base, sort: { column: 'borrowerName', direction: 'asc' }, search: '娜' },
      { ...base, sort: { column: 'totalFen', direction: 'asc' } },
    ];
    for (const q of queries) expect(index.query(q)).toEqual(queryCaseRows(rows, q));
    expect(index.query(queries[1]!).map((r) => r.caseNumber)).toEqual(['CS-000004', 'CS-000002']);
  });

  it('sorts names in Chinese (pinyin) order', () => {
    const named = ['张伟', '李娜', '安然', '欧阳娜娜'].map((name, i) => summarizeCase(makeCase(i + 1, { name })));
    const sorted = queryCaseRows(named, { ...base, sort: { column: 'borrowerName', direction: 'asc' } }).map((r) => r.borrowerName);
    expect(sorted).toEqual(['安然', '李娜', '欧阳娜娜', '张伟']);
  });
});
