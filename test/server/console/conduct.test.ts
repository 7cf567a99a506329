import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { MutationArgsInput } from '../../../shared/sync';
import { importExtract } from '../../../server/import/apply';
import type { Db } from '../../../server/db/types';
import { caseToRows, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { call, entry, openDb, push, signIn, startHarness, type Harness } from '../harness';

/**
 * Head office re-checks pushed contacts (issue 17 §6): with its own clock when the device's is far off, with the
 * case's history from every device, and keeps what breaks a rule as a conduct exception the console lists.
 */
let db: Db;
let h: Harness;
const cases = demoCases(40, { seed: 'conduct-recheck' });
type Device = Awaited<ReturnType<typeof signIn>> & { next: number };
let officer: string;
let branch: string;
let targets: { caseId: string; partyId: string; phoneId: string }[] = [];

const at = (local: string) => `2026-11-23T${local}:00+08:00`;
const setClock = (local: string) => {
  h.clock.ms = Date.parse(at(local));
};

async function call1(d: Device, t: { caseId: string; partyId: string; phoneId: string }, claimed: string, args: Partial<MutationArgsInput<'recordActivity'>> = {}) {
  const e = entry('recordActivity', d, d.next++, { caseId: t.caseId, partyId: t.partyId, phoneId: t.phoneId, channel: 'phone', outcome: 'right_party_contact', notes: '本人接听', nextAction: null, nextActionDate: null, at: claimed, ...args });
  const res = await push(h, d, [e]);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.results[0].status).toBe('applied');
  return (e.args as { id: string }).id;
}

const exceptionsOf = async (recordId: string) =>
  (await db.query<{ rule_id: string; clock: string; skew_minutes: number; params: Record<string, unknown> }>('SELECT rule_id, clock, skew_minutes, params FROM conduct_exceptions WHERE record_id = $1', [recordId])).rows;

beforeAll(async () => {
  db = await openDb();
  h = await startHarness(db);
  await importExtract(db, extractOf(cases.flatMap(caseToRows)));
  // The officer with the most cases; party and phone ids as head office imported them.
  const officers = await db.query<{ officer_id: string; branch_code: string }>('SELECT officer_id, branch_code FROM cases WHERE officer_id IS NOT NULL GROUP BY officer_id, branch_code ORDER BY count(*) DESC, officer_id LIMIT 1');
  officer = officers.rows[0]!.officer_id;
  branch = officers.rows[0]!.branch_code;
  const rows = await db.query<{ id: string; data: Case }>('SELECT id, data FROM cases WHERE officer_id = $1 ORDER BY id', [officer]);
  targets = rows.rows.flatMap((r) => {
    const borrower = r.data.parties.find((p) => p.role === 'borrower' && p.phones.some((ph) => ph.retiredAt === null));
    const phone = borrower?.phones.find((ph) => ph.retiredAt === null);
    return borrower && phone ? [{ caseId: r.id, partyId: borrower.id, phoneId: phone.id }] : [];
  });
  expect(targets.length).toBeGreaterThanOrEqual(3);
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('head office re-checks pushed contacts', () => {
  let skewedId = '';
  let capId = '';

  it('a clean contact, made and pushed in hours, is not flagged', async () => {
    setClock('10:05');
    const d = { ...(await signIn(h, officer)), next: 1 };
    const id = await call1(d, targets[0]!, at('10:00'));
    expect(await exceptionsOf(id)).toEqual([]);
  });

  it('a contact pushed with a device clock twelve hours off that breaks the contact window is flagged on head office’s clock', async () => {
    // Really 23:30 in Shanghai; the device's clock says 11:30.
    setClock('23:30');
    const d = { ...(await signIn(h, officer)), next: 1 };
    skewedId = await call1(d, targets[1]!, at('11:30'));
    const found = await exceptionsOf(skewedId);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule_id: 'cn.window.contactHours', clock: 'head_office', skew_minutes: 720 });
    expect(found[0]!.params).toMatchObject({ localTime: '23:30', start: '08:00' });
    // Accepted all the same: the record is at head office.
    expect((await db.query('SELECT 1 FROM field_records WHERE id = $1', [skewedId])).rows).toHaveLength(1);
  });

  it('a frequency cap broken by two devices together is flagged on the call over it', async () => {
    setClock('15:00');
    const a = { ...(await signIn(h, officer)), next: 1 };
    const b = { ...(await signIn(h, officer)), next: 1 };
    const t = targets[2]!;
    const ids = [await call1(a, t, at('14:00')), await call1(b, t, at('14:10')), await call1(a, t, at('14:20'))];
    for (const id of ids) expect(await exceptionsOf(id)).toEqual([]);
    // Each device saw at most two connected calls today; head office sees three before this one (CN: 3 a day).
    capId = await call1(b, t, at('14:30'));
    const found = await exceptionsOf(capId);
    expect(found.map((f) => f.rule_id)).toEqual(['cn.cap.connectedPerDebtor']);
    expect(found[0]).toMatchObject({ clock: 'device' });
    expect(found[0]!.params).toMatchObject({ count: 3, limit: 3 });
  });

  it('the console lists them: an admin everywhere, the branch supervisor their branch, with a count per collector', async () => {
    const admin = await signIn(h, 'demo-admin');
    const res = await call(h, 'GET', '/admin/conduct-exceptions', { token: admin.accessToken });
    expect(res.status, res.text).toBe(200);
    const ids = res.body.exceptions.map((x: { recordId: string }) => x.recordId);
    expect(ids).toEqual(expect.arrayContaining([skewedId, capId]));
    expect(res.body.perCollector).toEqual([{ userId: officer, count: 2, byRule: { 'cn.window.contactHours': 1, 'cn.cap.connectedPerDebtor': 1 } }]);
    const byRule = await call(h, 'GET', '/admin/conduct-exceptions?ruleId=cn.window.contactHours', { token: admin.accessToken });
    expect(byRule.body.exceptions.map((x: { recordId: string }) => x.recordId)).toEqual([skewedId]);
    expect(byRule.body.exceptions[0]).toMatchObject({ clock: 'head_office', skewMinutes: 720, branchCode: branch, userId: officer });

    const supervisor = await signIn(h, `demo-supervisor-${branch}`);
    const own = await call(h, 'GET', '/admin/conduct-exceptions', { token: supervisor.accessToken });
    expect(own.status).toBe(200);
    expect(own.body.exceptions).toHaveLength(2);
    const other = branch === '310115' ? '110105' : '310115';
    const otherSupervisor = await signIn(h, `demo-supervisor-${other}`);
    const none = await call(h, 'GET', '/admin/conduct-exceptions', { token: otherSupervisor.accessToken });
    expect(none.body.exceptions).toEqual([]);
    const refused = await call(h, 'GET', `/admin/conduct-exceptions?branchCode=${branch}`, { token: otherSupervisor.accessToken });
    expect(refused.status).toBe(403);
  });

  it('filters by day found (head office’s day)', async () => {
    const admin = await signIn(h, 'demo-admin');
    const today = await call(h, 'GET', '/admin/conduct-exceptions?from=2026-11-23&to=2026-11-23', { token: admin.accessToken });
    expect(today.body.exceptions).toHaveLength(2);
    const before = await call(h, 'GET', '/admin/conduct-exceptions?to=2026-11-22', { token: admin.accessToken });
    expect(before.body.exceptions).toEqual([]);
  });
});

describe('a re-check that cannot run', () => {
  it('leaves the contact accepted and the push going (a case head office cannot read)', async () => {
    const t = targets[3] ?? targets[0]!;
    const before = await db.query<{ data: unknown }>('SELECT data FROM cases WHERE id = $1', [t.caseId]);
    await db.query(`UPDATE cases SET data = '{"unreadable": true}'::jsonb WHERE id = $1`, [t.caseId]);
    try {
      setClock('23:40');
      const d = { ...(await signIn(h, officer)), next: 1 };
      const id = await call1(d, t, at('23:35'));
      expect(await exceptionsOf(id)).toEqual([]);
    } finally {
      await db.query('UPDATE cases SET data = $2::jsonb WHERE id = $1', [t.caseId, JSON.stringify(before.rows[0]!.data)]);
    }
  });
});

describe('an override covers what it lets through', () => {
  it('a contact a rule leaves to a supervisor is flagged until the override for it arrives', async () => {
    const t = targets[4] ?? targets[0]!;
    // Held for a reason the CN pack leaves to a supervisor (cn.hold.other: override).
    await db.query(`UPDATE cases SET data = jsonb_set(jsonb_set(data, '{status}', '"on_hold"'), '{holdReason}', '"other"') WHERE id = $1`, [t.caseId]);
    setClock('10:35');
    const d = { ...(await signIn(h, officer)), next: 1 };
    const id = await call1(d, t, at('10:30'));
    expect((await exceptionsOf(id)).map((x) => x.rule_id)).toEqual(['cn.hold.other']);
    const override = entry('recordOverride', d, d.next++, {
      caseId: t.caseId, ruleIds: ['cn.hold.other'], supervisorId: `demo-supervisor-${branch}`, reason: '借款人主动来电要求沟通', subject: { kind: 'activity', id }, overriddenAt: at('10:30'),
    });
    const res = await push(h, d, [override]);
    expect(res.body.results[0].status, JSON.stringify(res.body)).toBe('applied');
    const covered = await db.query<{ overridden_by: string | null }>('SELECT overridden_by FROM conduct_exceptions WHERE record_id = $1', [id]);
    expect(covered.rows).toEqual([{ overridden_by: (override.args as { id: string }).id }]);
    const admin = await signIn(h, 'demo-admin');
    const listed = async (q: string) => (await call(h, 'GET', `/admin/conduct-exceptions?ruleId=cn.hold.other${q}`, { token: admin.accessToken })).body.exceptions;
    expect(await listed('')).toEqual([]);
    expect(await listed('&includeOverridden=true')).toEqual([expect.objectContaining({ recordId: id, overriddenBy: (override.args as { id: string }).id })]);
  });
});

describe('GET /admin/conduct-exceptions: who may, and bad input', () => {
  it('no token 401, a collector 403', async () => {
    expect((await call(h, 'GET', '/admin/conduct-exceptions')).status).toBe(401);
    const collector = await signIn(h, officer);
    const res = await call(h, 'GET', '/admin/conduct-exceptions', { token: collector.accessToken });
    expect(res.status).toBe(403);
  });

  it.each([
    ['from=2026-13-01', 'from'],
    ['to=yesterday', 'to'],
    ['from=2026-11-23&to=2026-11-01', 'to'],
    ['limit=0', 'limit'],
    ['clock=device', 'clock'],
  ])('?%s → 400 naming %s', async (query, field) => {
    const admin = await signIn(h, 'demo-admin');
    const res = await call(h, 'GET', `/admin/conduct-exceptions?${query}`, { token: admin.accessToken });
    expect(res.status).toBe(400);
    expect(res.text).toContain(field);
  });
});
