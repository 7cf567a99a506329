import { isDeepStrictEqual } from 'node:util';
import type { Case } from '../../../shared/domain/case';
import type { OutboxEntry } from '../../../shared/sync';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import { PASSWORD, entry } from '../../server/harness';
import type { HeadOffice } from './headOffice';
import type { Rng } from './prng';

type Expected = { status: 'applied' } | { status: 'rejected'; code: string };
interface Attempt {
  what: string;
  entry: OutboxEntry | Record<string, unknown>;
  expect: Expected;
}
interface CaseRow {
  id: string;
  branch_code: string;
  officer_id: string | null;
  status: string;
  version: string;
  data: Case;
}

/**
 * A collector's device that does not play by the app's rules (issue 11): it builds its pushes by hand and,
 * among honest work on its own case, plants another branch's case id as a record id, then writes to that
 * case; writes to a case head office does not have; reuses another record's id for a new one; and sends
 * text PostgreSQL cannot store. Each attack is one push: head office must answer 200, apply exactly the
 * honest entries, refuse each other one with its code, and leave the other branch's cases as they were.
 */
export class Adversary {
  /** The cases assigned to this collector when it enrolled: the only ones its writes may land on. */
  readonly ownCaseIds: ReadonlySet<string>;
  private next = 1;
  attacks = 0;

  private constructor(
    readonly name: string,
    readonly userId: string,
    readonly branchCode: string,
    readonly deviceId: string,
    private readonly accessToken: string,
    private readonly ho: HeadOffice,
    ownCaseIds: string[],
  ) {
    this.ownCaseIds = new Set(ownCaseIds);
  }

  /** Enrols a device for a collector of `candidates` who has cases; null when none has. */
  static async enrol(ho: HeadOffice, rng: Rng, name: string, candidates: readonly string[]): Promise<Adversary | null> {
    const owners = (await ho.db.query<{ officer_id: string; branch_code: string; ids: string[] }>(
      `SELECT officer_id, min(branch_code) AS branch_code, array_agg(id ORDER BY id) AS ids FROM cases
        WHERE officer_id = ANY($1::text[]) GROUP BY officer_id ORDER BY officer_id`,
      [candidates],
    )).rows;
    if (owners.length === 0) return null;
    const who = rng.pick(owners);
    const deviceId = name.replace(/[^A-Za-z0-9_-]/g, '-');
    const res = await fetch(`${ho.url()}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: who.officer_id, password: PASSWORD, deviceId }),
    });
    const body = (await res.json()) as { accessToken: string };
    if (res.status !== 200) throw new Error(`sign-in of ${who.officer_id}: ${res.status} ${JSON.stringify(body)}`);
    return new Adversary(name, who.officer_id, who.branch_code, deviceId, body.accessToken, ho, who.ids);
  }

  /** One push of honest and hostile entries; the problems it found (none when head office held). */
  async attack(rng: Rng): Promise<string[]> {
    const problems: string[] = [];
    const all = (await this.ho.db.query<CaseRow>('SELECT id, branch_code, officer_id, status, version, data FROM cases ORDER BY id')).rows;
    const own = all.find((c) => c.id === rng.pick([...this.ownCaseIds]));
    const others = all.filter((c) => c.branch_code !== this.branchCode);
    if (!own || others.length === 0) return problems;
    const victim = rng.pick(others);
    const before = await this.snapshot(others.map((c) => c.id));
    const me = { deviceId: this.deviceId, userId: this.userId };
    const m = () => this.next++;
    const activityOn = (c: CaseRow, extra: Record<string, unknown> = {}) => {
      const party = c.data.parties[0]!;
      return entry('recordActivity', me, m(), { caseId: c.id, partyId: party.id, channel: 'visit', phoneId: null, addressId: party.addresses[0]?.id ?? 'no-address', ...extra });
    };
    const honest = activityOn(own);
    const plantedVisit = entry('recordVisit', me, m(), { caseId: own.id, addressId: own.data.parties[0]!.addresses[0]?.id ?? 'none' });
    // Made in the order they are sent: a push's mutation ids strictly increase.
    const spoilt = (args: Record<string, unknown>) => {
      const e = activityOn(own);
      return { ...e, args: { ...e.args, ...args } };
    };
    const attempts: Attempt[] = [
      { what: 'honest activity on its own case', entry: honest, expect: { status: 'applied' } },
      { what: `a visit whose id is ${victim.id}`, entry: { ...plantedVisit, args: { ...plantedVisit.args, id: victim.id } }, expect: { status: 'rejected', code: 'invalid' } },
      { what: `an activity on ${victim.id}`, entry: activityOn(victim), expect: { status: 'rejected', code: 'out_of_scope' } },
      {
        what: `a phone on ${victim.id}`,
        entry: entry('addPhone', me, m(), { caseId: victim.id, partyId: victim.data.parties[0]!.id, number: '13900000000' }),
        expect: { status: 'rejected', code: 'out_of_scope' },
      },
      {
        what: `${victim.id} on hold`,
        entry: entry('setCaseStatus', me, m(), { caseId: victim.id, from: victim.status as Case['status'], to: 'on_hold', holdReason: 'dispute' }),
        expect: { status: 'rejected', code: 'out_of_scope' },
      },
      { what: 'an activity on a case head office does not have', entry: activityOn({ ...own, id: `${own.id}-NOT-YET` }), expect: { status: 'rejected', code: 'unknown_case' } },
      { what: 'a planned visit under the honest activity’s id', entry: entry('planVisit', me, m(), { caseId: own.id, id: (honest.args as { id: string }).id, addressId: (plantedVisit.args as { addressId: string }).addressId }), expect: { status: 'rejected', code: 'invalid' } },
      { what: 'a NUL in the notes', entry: spoilt({ notes: '本人\u0000接听' }), expect: { status: 'rejected', code: 'invalid' } },
      { what: 'a lone surrogate in the next action', entry: spoilt({ nextAction: '回访\uD800' }), expect: { status: 'rejected', code: 'invalid' } },
      { what: 'honest activity after the bad ones', entry: activityOn(own), expect: { status: 'applied' } },
    ];
    this.attacks++;
    const res = await fetch(`${this.ho.url()}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.accessToken}` },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: this.deviceId, mutations: attempts.map((a) => a.entry) }),
    });
    const text = await res.text();
    if (res.status !== 200) return [`${this.name}: head office answered an adversarial push with ${res.status}: ${text.slice(0, 200)}`];
    const results = (JSON.parse(text) as { results: { status: string; reason?: { code: string } }[] }).results;
    attempts.forEach((a, i) => {
      const got = results[i];
      const ok = got && got.status === a.expect.status && (a.expect.status === 'applied' || got.reason?.code === a.expect.code);
      if (!ok) problems.push(`${this.name}: ${a.what}: expected ${a.expect.status}${'code' in a.expect ? ` ${a.expect.code}` : ''}, head office answered ${JSON.stringify(got)}`);
    });
    const after = await this.snapshot(others.map((c) => c.id));
    for (const [id, row] of before) if (!isDeepStrictEqual(after.get(id), row)) problems.push(`${this.name}: another branch's case ${id} changed during its push`);
    return problems;
  }

  private async snapshot(ids: string[]): Promise<Map<string, unknown>> {
    const rows = (await this.ho.db.query<{ id: string; status: string; version: string; data: unknown }>('SELECT id, status, version, data FROM cases WHERE id = ANY($1::text[])', [ids])).rows;
    const records = (await this.ho.db.query<{ case_id: string; n: number }>('SELECT case_id, count(*)::integer AS n FROM field_records WHERE case_id = ANY($1::text[]) GROUP BY case_id', [ids])).rows;
    const counts = new Map(records.map((r) => [r.case_id, r.n]));
    return new Map(rows.map((r) => [r.id, { status: r.status, version: String(r.version), data: JSON.stringify(r.data), records: counts.get(r.id) ?? 0 }]));
  }
}

/**
 * No other branch's case is ever changed by the adversary: every write head office took from its device is on
 * a case it was assigned, and no record of it lies on any other case.
 */
export async function checkNoCrossBranchWrites(ho: HeadOffice, adversary: Adversary | null): Promise<string[]> {
  if (!adversary) return [];
  const problems: string[] = [];
  const taken = (await ho.db.query<{ case_id: string | null; name: string | null; mutation_id: string }>(
    `SELECT case_id, name, mutation_id::text FROM mutations_applied WHERE device_id = $1 AND status <> 'rejected'
     UNION ALL
     SELECT case_id, kind, mutation_id::text FROM field_records WHERE device_id = $1`,
    [adversary.deviceId],
  )).rows;
  for (const t of taken) {
    if (t.case_id === null || !adversary.ownCaseIds.has(t.case_id)) problems.push(`${adversary.name}: head office took ${t.name} (mutation ${t.mutation_id}) on ${t.case_id}, not a case of ${adversary.userId}`);
  }
  return problems;
}
