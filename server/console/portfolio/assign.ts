import type { FastifyInstance } from 'fastify';
import { planAssignment, type AssignMethod, type CollectorTotals } from '../../../shared/assignment/planner';
import { ASSIGN_MAX_CASES, AssignAnswerSchema, AssignBodySchema } from '../../../shared/portfolio/cases';
import { writeCase } from '../../changeLog/cases';
import { lockChanges } from '../../db/changeLogLock';
import type { Queryable } from '../../db/types';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { writeAssignment } from '../../import/reassign';
import { loadCases } from '../../import/store';
import { consoleAdmin } from '../authorize';
import type { ConsoleDeps } from '../deps';
import { allCases, casesById, whereOf, type FoundCase } from './caseQuery';
import { HOLDS_CASES } from './cases';

/**
 * 分案 from the console (docs/server.md, "Portfolio in the console"): one case, a selection or every case a
 * filter matches, to one collector (and so their branch), to a branch's pool, or spread over a branch's
 * collectors by shared/assignment's planner. Each move is written exactly as the CLI's reassign and a
 * device's assignCase are (writeAssignment / writeCase: the old scope gets a tombstone, the new one the case
 * and its history), and case_assignments records who moved it and why.
 */

const bad = (message: string) => new HttpError(400, 'bad_request', message);

interface Target {
  branchCode: string;
  branchName: string;
  officerId: string | null;
  officerName: string | null;
}

type Staff = { id: string; name: string; role: string; branch_code: string; branch_name: string };

async function staff(tx: Queryable, ids: readonly string[]): Promise<Map<string, Staff>> {
  const res = await tx.query<Staff>('SELECT u.id, u.name, u.role, u.branch_code, b.name AS branch_name FROM users u JOIN branches b ON b.code = u.branch_code WHERE u.id = ANY($1::text[])', [ids]);
  return new Map(res.rows.map((r) => [r.id, r]));
}

async function branchName(tx: Queryable, code: string, field: string): Promise<string> {
  const res = await tx.query<{ name: string }>('SELECT name FROM branches WHERE code = $1', [code]);
  if (!res.rows[0]) throw bad(`${field}: there is no branch ${code}`);
  return res.rows[0].name;
}

/** What each collector holds outside the selection: the "before" of the planner's totals. */
async function holdings(tx: Queryable, officerIds: readonly string[], selected: readonly string[]) {
  const res = await tx.query<{ officer_id: string; n: number; fen: string | number }>(
    `SELECT c.officer_id, count(*)::integer AS n,
            COALESCE(sum((SELECT sum((e->'amounts'->>'principalFen')::bigint + (e->'amounts'->>'interestFen')::bigint + (e->'amounts'->>'penaltyFen')::bigint
                 + (e->'amounts'->>'compoundFen')::bigint + (e->'amounts'->>'feesFen')::bigint) FROM jsonb_array_elements(c.data->'accounts') e)), 0) AS fen
       FROM cases c WHERE c.officer_id = ANY($1::text[]) AND NOT (c.id = ANY($2::text[])) AND c.status NOT IN ('settled', 'closed')
      GROUP BY c.officer_id`,
    [officerIds, selected],
  );
  return res.rows.map((r) => ({ officerId: r.officer_id, count: r.n, totalFen: Number(r.fen) }));
}

const plannable = (c: FoundCase) => ({ id: c.id, totalFen: c.totalFen, bucket: c.bucket, district: c.district, officerId: c.officerId });

export function assignRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  app.post(
    '/admin/portfolio/assign',
    {
      schema: routeSchema({ summary: 'Assign cases to a collector, a branch, or by rule over a branch’s collectors (or preview it)', tags: ['console', 'portfolio'], bearer: true, body: AssignBodySchema, answer: AssignAnswerSchema, errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req) => {
      const admin = consoleAdmin(req);
      const body = parseWith(AssignBodySchema, req.body, 'body');
      const nowIso = new Date(deps.now()).toISOString();
      return db.transaction(async (tx) => {
        await lockChanges(tx);
        let cases: FoundCase[];
        if (body.select.kind === 'cases') {
          const ids = [...new Set(body.select.caseIds)];
          cases = await casesById(tx, ids);
          const missing = ids.filter((id) => !cases.some((c) => c.id === id));
          if (missing.length > 0) throw bad(`body.select.caseIds: there is no case ${missing.slice(0, 5).join(', ')}`);
        } else {
          cases = await allCases(tx, whereOf(body.select.filter, null), ASSIGN_MAX_CASES);
          if (cases.length > ASSIGN_MAX_CASES) throw bad(`body.select.filter: more than ${ASSIGN_MAX_CASES} cases match; narrow the filter`);
          if (cases.length === 0) throw bad('body.select.filter: no case matches');
        }

        // Where each case goes, and the planner's totals for moves to collectors.
        const to = new Map<string, Target>();
        let totals: CollectorTotals[] = [];
        const t = body.to;
        if (t.kind === 'branch') {
          const name = await branchName(tx, t.branchCode, 'body.to.branchCode');
          for (const c of cases) to.set(c.id, { branchCode: t.branchCode, branchName: name, officerId: null, officerName: null });
        } else {
          let collectors: Staff[];
          let method: AssignMethod;
          if (t.kind === 'officer') {
            const found = (await staff(tx, [t.officerId])).get(t.officerId);
            if (!found || !(HOLDS_CASES as readonly string[]).includes(found.role)) throw bad(`body.to.officerId: ${t.officerId} is not a member of staff who holds cases`);
            collectors = [found];
            method = { kind: 'manual', officerId: found.id };
          } else {
            await branchName(tx, t.branchCode, 'body.to.branchCode');
            const ids = t.officerIds ?? (await tx.query<{ id: string }>(`SELECT id FROM users WHERE branch_code = $1 AND role = 'collector' ORDER BY id`, [t.branchCode])).rows.map((r) => r.id);
            if (ids.length === 0) throw bad(`body.to.branchCode: branch ${t.branchCode} has no collector`);
            const found = await staff(tx, ids);
            for (const id of ids) {
              const s = found.get(id);
              if (!s || s.branch_code !== t.branchCode || !(HOLDS_CASES as readonly string[]).includes(s.role)) throw bad(`body.to.officerIds: ${id} is not a collector of branch ${t.branchCode}`);
            }
            collectors = ids.map((id) => found.get(id)!);
            method = { kind: 'rule', rule: t.rule, within: t.within };
          }
          const byId = new Map(collectors.map((s) => [s.id, s]));
          // Whole books before and after: the target collectors' and those who give cases up.
          const from = cases.map((c) => c.officerId).filter((id): id is string => id !== null);
          const plan = planAssignment(cases.map(plannable), [...byId.keys()], method, await holdings(tx, [...new Set([...byId.keys(), ...from])], cases.map((c) => c.id)));
          totals = plan.totals;
          for (const c of cases) to.set(c.id, { branchCode: c.branchCode, branchName: c.branchName, officerId: c.officerId, officerName: c.officerName });
          for (const m of plan.moves) {
            const s = byId.get(m.officerId)!;
            to.set(m.caseId, { branchCode: s.branch_code, branchName: s.branch_name, officerId: s.id, officerName: s.name });
          }
        }

        const moves = cases
          .map((c) => ({ c, t: to.get(c.id)! }))
          .filter(({ c, t }) => c.branchCode !== t.branchCode || c.officerId !== t.officerId)
          .map(({ c, t }) => ({ caseId: c.id, caseNumber: c.caseNumber, fromBranchCode: c.branchCode, fromOfficerId: c.officerId, toBranchCode: t.branchCode, toOfficerId: t.officerId, target: t }));
        if (!body.preview && moves.length > 0) {
          const stored = await loadCases(tx, moves.map((m) => m.caseId));
          for (const m of moves) {
            const prev = stored.get(m.caseId)!;
            const t = m.target;
            if (t.officerId !== null) await writeAssignment(tx, prev, { id: t.officerId, name: t.officerName ?? t.officerId, branchCode: t.branchCode, branchName: t.branchName }, nowIso);
            else await writeCase(tx, prev, { ...prev.data, assignment: { branchCode: t.branchCode, branchName: t.branchName, officerId: null, officerName: null, assignedAt: nowIso }, updatedAt: nowIso }, nowIso);
          }
          // The trigger (migrations 8, 10) wrote each new assignment; it says who and why here.
          await tx.query(
            `UPDATE case_assignments a SET assigned_by = $4, reason = $5
               FROM unnest($1::text[], $2::text[], $3::text[]) AS m(case_id, branch_code, officer_id)
              WHERE a.case_id = m.case_id AND a.branch_code = m.branch_code AND COALESCE(a.officer_id, '') = COALESCE(m.officer_id, '') AND a.released_at IS NULL`,
            [moves.map((m) => m.caseId), moves.map((m) => m.toBranchCode), moves.map((m) => m.toOfficerId), admin.userId, body.reason],
          );
        }
        return { preview: body.preview, selected: cases.length, moved: moves.length, moves: moves.slice(0, 500).map(({ target: _t, ...m }) => m), totals };
      });
    },
  );
}
