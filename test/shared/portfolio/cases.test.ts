import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketOf } from '../../../shared/domain/buckets';
import { AssignBodySchema, CaseFilterSchema, CaseListQuerySchema, dpdRangeOf } from '../../../shared/portfolio/cases';

describe('dpdRangeOf: the days past due a bucket covers, as bucketOf reads them', () => {
  it.each(BUCKETS.map((b) => [b]))('%s', (bucket) => {
    const { min, max } = dpdRangeOf(bucket);
    for (let dpd = 0; dpd <= 400; dpd++) expect(dpd >= min && (max === null || dpd <= max), `dpd ${dpd}`).toBe(bucketOf(dpd) === bucket);
  });
});

describe('the case filter as a query string gives it', () => {
  it.each([
    [{ unassigned: 'true', dpdMin: '31', dpdMax: '60' }, { unassigned: true, dpdMin: 31, dpdMax: 60 }],
    [{ unassigned: 'false', bucket: 'M6+' }, { unassigned: false, bucket: 'M6+' }],
    [{ status: 'open', q: '  张三 ' }, { status: 'open', q: '张三' }],
  ])('%j → %j', (query, parsed) => {
    expect(CaseFilterSchema.parse(query)).toEqual(parsed);
  });

  it.each([
    [{ dpdMin: '61', dpdMax: '60' }, 'dpdMax'],
    [{ unassigned: 'true', officer: 'demo-officer-310115-01' }, 'officer'],
    [{ unassigned: 'yes' }, 'unassigned'],
    [{ branch: '310 115' }, 'branch'],
    [{ status: 'lost' }, 'status'],
    [{ page: '0' }, 'page'],
    [{ pageSize: '500' }, 'pageSize'],
    [{ order: 'dpd' }, ''],
  ])('refuses %j, naming %s', (query, field) => {
    const res = CaseListQuerySchema.safeParse(query);
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.path.join('.')).toBe(field);
  });

  it('pages default to the first 50', () => {
    expect(CaseListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 50 });
  });
});

describe('an assignment request', () => {
  const base = { select: { kind: 'cases', caseIds: ['case-C000001'] }, to: { kind: 'officer', officerId: 'demo-officer-310115-01' }, reason: '调整工作量' };
  it('takes a selection or a filter, and a collector, a branch pool or a rule (grouping none by default); not a preview by default', () => {
    expect(AssignBodySchema.parse(base)).toMatchObject({ preview: false });
    expect(AssignBodySchema.parse({ ...base, select: { kind: 'filter', filter: { branch: '310115', unassigned: 'true' } }, to: { kind: 'rule', branchCode: '310115', rule: 'balance' } })).toMatchObject({
      select: { filter: { branch: '310115', unassigned: true } },
      to: { within: 'none' },
    });
  });
  it.each([
    [{ ...base, reason: ' ' }, 'reason'],
    [{ ...base, reason: '一' }, 'reason'],
    [{ ...base, select: { kind: 'cases', caseIds: [] } }, 'select.caseIds'],
    [{ ...base, to: { kind: 'rule', branchCode: '310115', rule: 'random' } }, 'to.rule'],
    [{ ...base, to: { kind: 'officer' } }, 'to.officerId'],
    [{ ...base, extra: 1 }, ''],
  ])('refuses a bad one (%#), naming %s', (body, field) => {
    const res = AssignBodySchema.safeParse(body);
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.path.join('.')).toBe(field);
  });
});
