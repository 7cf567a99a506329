import { describe, expect, it } from 'vitest';
import {
  PULL_MAX_LIMIT,
  PUSH_MAX_MUTATIONS,
  PullRequestSchema,
  PullResponseSchema,
  PushRequestSchema,
  PushResponseSchema,
  SyncErrorSchema,
  hlcNow,
  makeOutboxEntry,
  type OutboxEntry,
} from '../../../shared/sync';
import { AT, GOOD } from './fixtures';

const T = Date.parse(AT);
let counter = 0;
const random = () => {
  const bytes = new Uint8Array(16);
  new DataView(bytes.buffer).setUint32(12, ++counter);
  return bytes;
};

function outbox(n: number, deviceId = 'D0042'): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  let hlc: string | null = null;
  for (let i = 1; i <= n; i++) {
    hlc = hlcNow(hlc, T + i, deviceId);
    entries.push(makeOutboxEntry({ mutationId: i, name: 'addPhone', args: GOOD.addPhone, userId: 'u-7', deviceId, hlc, createdAt: AT }, { random }));
  }
  return entries;
}

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.success ? [] : [...new Set(r.error!.issues.map((i) => i.path.join('.')))];

describe('PushRequest', () => {
  const push = (mutations: unknown[], extra: Record<string, unknown> = {}) => ({ protocolVersion: 1, schemaVersion: 1, deviceId: 'D0042', mutations, ...extra });

  it(`accepts 0, 1 and ${PUSH_MAX_MUTATIONS} mutations`, () => {
    expect(PUSH_MAX_MUTATIONS).toBe(500);
    for (const n of [0, 1, 500]) expect(paths(PushRequestSchema.safeParse(push(outbox(n))))).toEqual([]);
  });

  it(`refuses ${PUSH_MAX_MUTATIONS + 1} mutations`, () => {
    const r = PushRequestSchema.safeParse(push(outbox(501)));
    expect(paths(r)).toEqual(['mutations']);
    expect(r.error?.issues[0]?.message).toBe('at most 500 mutations per push');
  });

  it.each<[string, () => Record<string, unknown>, string | string[]]>([
    ['missing protocolVersion', () => { const { protocolVersion: _p, ...rest } = push(outbox(1)); return rest; }, 'protocolVersion'],
    ['missing schemaVersion', () => { const { schemaVersion: _s, ...rest } = push(outbox(1)); return rest; }, 'schemaVersion'],
    ['protocolVersion 2', () => push(outbox(1), { protocolVersion: 2 }), 'protocolVersion'],
    ['schemaVersion 0', () => push(outbox(1), { schemaVersion: 0 }), 'schemaVersion'],
    ['missing deviceId', () => push(outbox(1), { deviceId: undefined }), 'deviceId'],
    ['another device’s mutations', () => push(outbox(2, 'D0043')), ['mutations.0.deviceId', 'mutations.1.deviceId']],
    ['mutation ids out of order', () => push([...outbox(3)].reverse()), ['mutations.1.mutationId', 'mutations.2.mutationId']],
    ['a mutation id twice', () => { const [a] = outbox(1); return push([a, a]); }, 'mutations.1.mutationId'],
    ['an invalid mutation', () => push([{ ...outbox(1)[0], args: { ...GOOD.addPhone, number: '' } }]), 'mutations.0.args.number'],
    ['an outbox entry without its version', () => { const { schemaVersion: _s, ...e } = outbox(1)[0]!; return push([e]); }, 'mutations.0.schemaVersion'],
  ])('refuses %s', (_name, make, path) => {
    expect(paths(PushRequestSchema.safeParse(make()))).toEqual(typeof path === 'string' ? [path] : path);
  });
});

describe('PushResponse', () => {
  it('accepts applied, duplicate and rejected-with-reason results, even with a code it does not know', () => {
    const res = {
      lastMutationId: 4,
      results: [
        { mutationId: 1, status: 'duplicate' },
        { mutationId: 2, status: 'applied' },
        { mutationId: 3, status: 'rejected', reason: { code: 'conflict', message: 'case is already settled' } },
        { mutationId: 4, status: 'rejected', reason: { code: 'rule_pack_expired', message: '' } },
      ],
    };
    expect(PushResponseSchema.parse(res)).toEqual(res);
    expect(PushResponseSchema.parse({ lastMutationId: 0, results: [] })).toEqual({ lastMutationId: 0, results: [] });
  });

  it.each<[string, unknown, string]>([
    ['a rejection without a reason', { mutationId: 1, status: 'rejected' }, 'results.0.reason'],
    ['a reason on an applied mutation', { mutationId: 1, status: 'applied', reason: { code: 'invalid', message: 'x' } }, 'results.0.reason'],
    ['an unknown status', { mutationId: 1, status: 'skipped' }, 'results.0.status'],
    ['mutation id 0', { mutationId: 0, status: 'applied' }, 'results.0.mutationId'],
  ])('refuses %s', (_name, result, path) => {
    expect(paths(PushResponseSchema.safeParse({ lastMutationId: 1, results: [result] }))).toEqual([path]);
  });

  it('refuses a missing or negative lastMutationId', () => {
    expect(paths(PushResponseSchema.safeParse({ results: [] }))).toEqual(['lastMutationId']);
    expect(paths(PushResponseSchema.safeParse({ lastMutationId: -1, results: [] }))).toEqual(['lastMutationId']);
  });
});

describe('PullRequest', () => {
  const pull = { protocolVersion: 1, schemaVersion: 1, deviceId: 'D0042', cursor: null, limit: 2000 };

  it.each<[string, Record<string, unknown>]>([
    ['a first download', {}],
    ['a cursor', { cursor: 'v1:scope-7:000000812345' }],
    [`the largest page, ${PULL_MAX_LIMIT}`, { limit: 5000 }],
  ])('accepts %s', (_name, patch) => {
    expect(paths(PullRequestSchema.safeParse({ ...pull, ...patch }))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a page over 5000', { limit: 5001 }, 'limit'],
    ['a zero limit', { limit: 0 }, 'limit'],
    ['no limit', { limit: undefined }, 'limit'],
    ['an empty cursor', { cursor: '' }, 'cursor'],
    ['a missing cursor (null must be said)', { cursor: undefined }, 'cursor'],
    ['no protocolVersion', { protocolVersion: undefined }, 'protocolVersion'],
    ['no schemaVersion', { schemaVersion: undefined }, 'schemaVersion'],
    ['protocolVersion 2', { protocolVersion: 2 }, 'protocolVersion'],
  ])('refuses %s', (_name, patch, path) => {
    expect(paths(PullRequestSchema.safeParse({ ...pull, ...patch }))).toEqual([path]);
  });
});

describe('PullResponse', () => {
  const page = {
    cursor: 'v1:scope-7:000000812399',
    hasMore: true,
    changes: [
      { kind: 'case', id: 'demo-case-00042', data: { id: 'demo-case-00042', status: 'contacting' } },
      { kind: 'receipt', id: 'r-1', data: { id: 'r-1' } },
      { kind: 'tombstone', id: 'demo-case-00043', of: 'case', reason: 'out_of_scope' },
      { kind: 'tombstone', id: 'p-9', of: 'plan', reason: 'deleted' },
    ],
    resetRequired: false,
  };

  it('accepts a page, a last empty page and a reset', () => {
    expect(PullResponseSchema.parse(page)).toEqual(page);
    expect(paths(PullResponseSchema.safeParse({ ...page, hasMore: false, changes: [] }))).toEqual([]);
    expect(paths(PullResponseSchema.safeParse({ cursor: null, hasMore: false, changes: [], resetRequired: true }))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a reset with changes', { cursor: null, resetRequired: true }, 'resetRequired'],
    ['a reset with a cursor', { changes: [], hasMore: false, resetRequired: true }, 'resetRequired'],
    ['a page without a cursor', { cursor: null }, 'cursor'],
    ['an unknown kind', { changes: [{ kind: 'loan', id: 'x', data: {} }] }, 'changes.0.kind'],
    ['a record without data', { changes: [{ kind: 'case', id: 'c1' }] }, 'changes.0.data'],
    ['a tombstone without what it deletes', { changes: [{ kind: 'tombstone', id: 'c1', reason: 'deleted' }] }, 'changes.0.of'],
    ['a tombstone without a reason', { changes: [{ kind: 'tombstone', id: 'c1', of: 'case' }] }, 'changes.0.reason'],
    ['no resetRequired', { resetRequired: undefined }, 'resetRequired'],
    ['too many changes', { changes: Array.from({ length: 5001 }, (_, i) => ({ kind: 'case', id: `c${i}`, data: {} })) }, 'changes'],
  ])('refuses %s', (_name, patch, path) => {
    expect(paths(PullResponseSchema.safeParse({ ...page, ...patch }))).toEqual([path]);
  });
});

describe('SyncError', () => {
  it('accepts a known and a newer code, and refuses a malformed one', () => {
    expect(SyncErrorSchema.parse({ code: 'unsupported_protocol', message: 'update the app', minProtocolVersion: 2 })).toBeTruthy();
    expect(SyncErrorSchema.safeParse({ code: 'maintenance_window', message: '' }).success).toBe(true);
    expect(SyncErrorSchema.safeParse({ code: 'Bad Code', message: '' }).success).toBe(false);
  });
});
