import { describe, expect, it } from 'vitest';
import { approvalInForce, defaultOverrideWindow, latestRequestFor, overrideState, type OverrideNeed } from '../../../shared/fieldwork/overrides';
import type { OverrideDecision, OverrideRequest } from '../../../shared/records/overrideRequest';

const need: OverrideNeed = { caseId: 'case-1', ruleIds: ['cn.hold.other'], channel: 'phone', partyId: 'party-1', deviceId: 'dev-1' };
const request = (id: string, over: Partial<OverrideRequest> = {}, decision: Partial<OverrideDecision> | null = null): OverrideRequest => ({
  id, caseId: 'case-1', ruleIds: ['cn.hold.other'], action: { channel: 'phone', partyId: 'party-1' }, reason: '借款人要求今天回电核对', requestedAt: '2026-11-23T01:00:00Z',
  requestedBy: 'u-collector', deviceId: 'dev-1',
  decision: decision && {
    decision: 'approve', decidedBy: 'u-super', how: 'own_device', reason: null, decidedAt: '2026-11-23T02:00:00Z',
    validFrom: '2026-11-23T02:00:00Z', validUntil: '2026-11-23T16:00:00Z', ...decision,
  },
  ...over,
});
const at = (iso: string) => new Date(iso);

describe('the default window: from the decision to the end of that day where the case is', () => {
  it.each([
    ['10:00 in Shanghai → midnight Shanghai', '2026-11-23T02:00:00Z', 'Asia/Shanghai', '2026-11-23T16:00:00.000Z'],
    ['23:30 in Shanghai → half an hour', '2026-11-23T15:30:00Z', 'Asia/Shanghai', '2026-11-23T16:00:00.000Z'],
    ['00:30 in Shanghai is the next day already', '2026-11-23T16:30:00Z', 'Asia/Shanghai', '2026-11-24T16:00:00.000Z'],
    ['a London case, on a DST change day (BST ends 2026-10-25)', '2026-10-25T09:00:00Z', 'Europe/London', '2026-10-26T00:00:00.000Z'],
  ])('%s', (_why, decidedAt, tz, until) => {
    expect(defaultOverrideWindow(at(decidedAt), tz)).toEqual({ validFrom: new Date(decidedAt).toISOString(), validUntil: until });
  });
});

describe('where a request stands', () => {
  it.each<[string, OverrideRequest, string | null, string, object]>([
    ['undecided', request('r'), null, '2026-11-23T03:00:00Z', { state: 'requested' }],
    ['approved, inside its window', request('r', {}, {}), null, '2026-11-23T03:00:00Z', { state: 'approved', until: '2026-11-23T16:00:00Z' }],
    ['approved, at the last instant of its window it has ended', request('r', {}, {}), null, '2026-11-23T16:00:00Z', { state: 'expired' }],
    ['approved, before its window', request('r', {}, {}), null, '2026-11-23T01:59:59Z', { state: 'not_yet' }],
    ['approved, used by a contact', request('r', {}, {}), 'act-1', '2026-11-23T03:00:00Z', { state: 'used', activityId: 'act-1' }],
    ['rejected, with the reason', request('r', {}, { decision: 'reject', reason: '不同意', validFrom: null, validUntil: null }), null, '2026-11-23T03:00:00Z', { state: 'rejected', reason: '不同意' }],
  ])('%s', (_why, r, usedBy, now, expected) => {
    expect(overrideState(r, usedBy, at(now))).toMatchObject(expected);
  });
});

describe('the approval that lets a contact through', () => {
  const now = at('2026-11-23T03:00:00Z');
  it.each<[string, OverrideRequest[], Set<string>, string | null]>([
    ['none asked', [], new Set(), null],
    ['asked, not decided', [request('a')], new Set(), null],
    ['approved', [request('a', {}, {})], new Set(), 'a'],
    ['approved but used', [request('a', {}, {})], new Set(['a']), null],
    ['rejected', [request('a', {}, { decision: 'reject', reason: '不同意', validFrom: null, validUntil: null })], new Set(), null],
    ['approved for another case', [request('a', { caseId: 'case-2' }, {})], new Set(), null],
    ['approved for another channel', [request('a', { action: { channel: 'visit', partyId: 'party-1' } }, {})], new Set(), null],
    ['approved for another party', [request('a', { action: { channel: 'phone', partyId: 'party-2' } }, {})], new Set(), null],
    ['approved, but asked on another device (the collector’s other laptop)', [request('a', { deviceId: 'dev-2' }, {})], new Set(), null],
    ['approved for other rules only', [request('a', { ruleIds: ['cn.hold.complaint'] }, {})], new Set(), null],
    ['approved for more rules than needed', [request('a', { ruleIds: ['cn.hold.complaint', 'cn.hold.other'] }, {})], new Set(), 'a'],
    ['two in force: the one ending sooner first', [request('late', {}, {}), request('soon', {}, { validUntil: '2026-11-23T08:00:00Z' })], new Set(), 'soon'],
    ['expired', [request('a', {}, { validUntil: '2026-11-23T02:30:00Z' })], new Set(), null],
  ])('%s', (_why, requests, used, expected) => {
    expect(approvalInForce(requests, used, need, now)?.id ?? null).toBe(expected);
  });

  it('the form shows the latest request for the contact', () => {
    const older = request('old', { requestedAt: '2026-11-23T00:00:00Z' }, { decision: 'reject', reason: '不同意', validFrom: null, validUntil: null });
    expect(latestRequestFor([older, request('new'), request('other', { caseId: 'case-2', requestedAt: '2026-11-23T05:00:00Z' })], need)?.id).toBe('new');
  });
});
