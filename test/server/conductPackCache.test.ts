import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { call, entry, openDb, push, signIn, startHarness, type Harness } from './harness';

/**
 * The re-check keeps a branch's rule pack across pushes (server/conduct/branchPack.ts), and must still judge each
 * push by what is published when it arrives: every publication, and a change of the branch's pack, is seen at the
 * next push, with no step of the publishing instance's own (another head-office instance publishes the same way).
 */
let db: Db;
let h: Harness;
let officer: string;
let branch: string;
let target: { caseId: string; partyId: string; phoneId: string };
const cases = demoCases(20, { seed: 'conduct-pack-cache' });

const at = (local: string) => `2026-11-23T${local}:00+08:00`;

/** One contact pushed at `local` (claimed and received then): the contact-window rules it broke at head office. */
async function contactAt(local: string): Promise<string[]> {
  h.clock.ms = Date.parse(at(local));
  const d = await signIn(h, officer);
  const e = entry('recordActivity', d, 1, { caseId: target.caseId, partyId: target.partyId, phoneId: target.phoneId, channel: 'phone', outcome: 'no_answer', notes: '', nextAction: null, nextActionDate: null, at: at(local) });
  const res = await push(h, d, [e]);
  expect(res.body.results[0].status, JSON.stringify(res.body)).toBe('applied');
  const found = await db.query<{ rule_id: string }>('SELECT rule_id FROM conduct_exceptions WHERE record_id = $1 ORDER BY rule_id', [(e.args as { id: string }).id]);
  // The same case is called all evening: its daily caps are not what this test is about.
  return found.rows.map((r) => r.rule_id).filter((id) => id.includes('.window.'));
}

const hours = (end: string) => ({ packId: 'cn-2026', contactWindows: [{ ruleId: 'cn.window.contactHours', start: '08:00', end }], caps: [] });
async function publishHours(end: string): Promise<void> {
  // Signed in at the test clock's time (the last contact's): a token from an hour before has expired.
  const admin = (await signIn(h, 'demo-admin')).accessToken;
  const res = await call(h, 'POST', '/admin/config/rulePackParams', { token: admin, body: { scope: branch, payload: hours(end) } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

beforeAll(async () => {
  db = await openDb();
  h = await startHarness(db);
  await importExtract(db, extractOf(cases.flatMap(caseToRows)));
  const rows = await db.query<{ id: string; data: Case; officer_id: string; branch_code: string }>(
    "SELECT id, data, officer_id, branch_code FROM cases WHERE officer_id IS NOT NULL AND branch_code = '310115' ORDER BY id",
  );
  const found = rows.rows.flatMap((r) => {
    const borrower = r.data.parties.find((p) => p.role === 'borrower' && p.phones.some((ph) => ph.retiredAt === null));
    const phone = borrower?.phones.find((ph) => ph.retiredAt === null);
    return borrower && phone ? [{ caseId: r.id, partyId: borrower.id, phoneId: phone.id, officer: r.officer_id, branch: r.branch_code }] : [];
  });
  expect(found.length).toBeGreaterThan(0);
  ({ officer, branch } = found[0]!);
  target = found[0]!;
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('the branch pack kept across pushes follows what is published', () => {
  it('judges each push by the newest publication and the branch’s pack as set', async () => {
    // The built-in pack: calls until 22:00.
    expect(await contactAt('20:30')).toEqual([]);
    await publishHours('20:00');
    expect(await contactAt('20:31')).toEqual(['cn.window.contactHours']);
    // A later publication, even one less strict than the one before, is the one in force.
    await publishHours('21:00');
    expect(await contactAt('20:32')).toEqual([]);
    expect(await contactAt('21:30')).toEqual(['cn.window.contactHours']);
    await publishHours('20:00');
    expect(await contactAt('20:33')).toEqual(['cn.window.contactHours']);
    // Another pack set for the branch: its own hours (UK, until 21:00), not the CN parameters published for it.
    await db.query(`UPDATE branches SET rule_pack = 'uk-fca' WHERE code = $1`, [branch]);
    try {
      expect(await contactAt('20:45')).toEqual([]);
    } finally {
      await db.query(`UPDATE branches SET rule_pack = 'cn-2026' WHERE code = $1`, [branch]);
    }
    expect(await contactAt('20:46')).toEqual(['cn.window.contactHours']);
  });
});
