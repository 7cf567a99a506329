import type { FastifyInstance } from 'fastify';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import type { Account } from '../../../shared/domain/case';
import { totalOfAmounts } from '../../../shared/domain/money';
import { splitPerCollector } from '../../../shared/kpi/split';
import {
  SetTargetAnswerSchema, SetTargetBodySchema, TargetPageAnswerSchema, TargetQuerySchema,
  type SetTargetAnswer, type TargetChange, type TargetFigures, type TargetPageAnswer, type TargetView,
} from '../../../shared/kpi/targetConsoleApi';
import { configInForce } from '../../../shared/publishedConfig';
import { SetTargetArgsSchema, targetInForce, type SetTargetArgs } from '../../../shared/records/target';
import { newId } from '../../../shared/sync';
import type { Queryable } from '../../db/types';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleAdmin, consoleReader } from '../authorize';
import { currentConfigs } from '../config/store';
import type { ConsoleDeps } from '../deps';
import { applyAsHeadOffice } from '../applyAsHeadOffice';

/**
 * 目标 in the console (issue 15 §4; docs/server.md "Targets from the console"): a branch's monthly target with its
 * split, the collectors it splits over, and every change head office audited (target_changes). A head-office
 * admin sets one as the same `setTarget` record a supervisor's device makes, through the same rule
 * (server/sync/apply/targets.ts), so the branch's devices pull it and the latest set is in force everywhere. A
 * supervisor reads their branch's, read-only like the rest of their console; they set targets on their device.
 */
export function targetRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  const tags = ['console', 'kpi'];

  app.get('/admin/kpi/targets', {
    schema: routeSchema({ summary: 'A branch’s monthly target in force, its collectors with their portfolio, and every change (who, when, before, after)', tags, bearer: true, querystring: TargetQuerySchema, answer: TargetPageAnswerSchema, errors: [401, 403, 404] }),
    preHandler: authenticate,
  }, async (req): Promise<TargetPageAnswer> => {
    const reader = consoleReader(req);
    const query = parseWith(TargetQuerySchema, req.query, 'query');
    if (query.branch !== undefined) assertBranchVisible(reader, query.branch);
    const listed = await db.query<{ code: string; name: string; collectors: number }>(
      `SELECT b.code, b.name, (SELECT count(*)::int FROM users u WHERE u.branch_code = b.code AND u.role = 'collector') AS collectors
         FROM branches b WHERE ($1::text IS NULL OR b.code = $1) ORDER BY b.code`,
      [reader.branchCode],
    );
    const branch = query.branch ?? (listed.rows.find((b) => b.collectors > 0) ?? listed.rows[0])?.code;
    if (branch === undefined || !listed.rows.some((b) => b.code === branch)) throw new HttpError(404, 'not_found', `there is no branch ${branch ?? ''}`);
    const branches = listed.rows.map(({ code, name }) => ({ code, name }));
    const { month } = query;
    const calendar = configInForce(await currentConfigs(db, 'calendar', branch), branch, CN_MAINLAND_CALENDAR).calendar;
    const names = await namesOf(db);
    const held = await targetsOf(db, branch, month);
    const inForce = targetInForce(held, branch, month);
    return {
      branches, branchCode: branch, month, calendar,
      collectors: await collectorsOf(db, branch),
      inForce: inForce && viewOf(inForce, names),
      changes: await changesOf(db, branch, month, names),
    };
  });

  app.post('/admin/kpi/targets', {
    schema: routeSchema({ summary: 'Set or change a branch’s monthly target and its split per collector (head-office admin); audited, pulled by the branch’s devices', tags, bearer: true, body: SetTargetBodySchema, answer: SetTargetAnswerSchema, errors: [400, 401, 403, 409] }),
    preHandler: authenticate,
  }, async (req): Promise<SetTargetAnswer> => {
    const admin = consoleAdmin(req);
    const body = parseWith(SetTargetBodySchema, req.body, 'body');
    let collectors = body.collectors;
    if (body.split === 'portfolio') {
      // The same split as the supervisor's device (renderer/src/kpi/actions/setTarget.ts): by each one's overdue balance now.
      const weights = new Map((await collectorsOf(db, body.branchCode)).map((c) => [c.id, c.portfolioFen]));
      collectors = splitPerCollector(body, body.collectors.map((c) => ({ officerId: c.officerId, weight: weights.get(c.officerId) ?? 0 })));
    }
    const now = deps.now();
    const args = parseWith(SetTargetArgsSchema, { id: newId({ msecs: now }), caseId: null, ...body, collectors, setAt: new Date(now).toISOString() }, 'body');
    await applyAsHeadOffice(db, admin, 'setTarget', args, now, 'target');
    const names = await namesOf(db);
    const inForce = targetInForce(await targetsOf(db, args.branchCode, args.month), args.branchCode, args.month);
    return { id: args.id, status: 'applied', target: viewOf({ ...args, setBy: admin.userId }, names), inForce: inForce?.id === args.id };
  });
}

type Held = SetTargetArgs & { setBy: string };

async function targetsOf(db: Queryable, branch: string, month: string): Promise<Held[]> {
  const res = await db.query<{ args: SetTargetArgs; user_id: string }>(
    `SELECT data->'args' AS args, user_id FROM field_records WHERE kind = 'setTarget' AND data->'args'->>'branchCode' = $1 AND data->'args'->>'month' = $2`,
    [branch, month],
  );
  return res.rows.map((r) => ({ ...r.args, setBy: r.user_id }));
}

async function namesOf(db: Queryable): Promise<Map<string, string>> {
  return new Map((await db.query<{ id: string; name: string }>('SELECT id, name FROM users')).rows.map((r) => [r.id, r.name]));
}

/** The branch's collectors, each with the overdue balance of the cases they hold now (shared/domain/money.ts totalOfAmounts). */
async function collectorsOf(db: Queryable, branch: string): Promise<TargetPageAnswer['collectors']> {
  const users = await db.query<{ id: string; name: string }>(`SELECT id, name FROM users WHERE branch_code = $1 AND role = 'collector' ORDER BY id`, [branch]);
  const held = await db.query<{ officer_id: string; accounts: Pick<Account, 'amounts'>[] }>(
    `SELECT officer_id, data->'accounts' AS accounts FROM cases WHERE branch_code = $1 AND officer_id IS NOT NULL`,
    [branch],
  );
  const fen = new Map<string, number>();
  for (const r of held.rows) fen.set(r.officer_id, (fen.get(r.officer_id) ?? 0) + r.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0));
  return users.rows.map((u) => ({ id: u.id, name: u.name, portfolioFen: fen.get(u.id) ?? 0 }));
}

const figuresOf = (t: Pick<SetTargetArgs, 'recoveredFen' | 'curedAccounts' | 'successRateBps'>): TargetFigures => ({ recoveredFen: t.recoveredFen, curedAccounts: t.curedAccounts, successRateBps: t.successRateBps });

function viewOf(t: Held, names: Map<string, string>): TargetView {
  return {
    ...figuresOf(t), id: t.id, branchCode: t.branchCode, month: t.month, split: t.split, collectors: t.collectors.map((c) => ({ ...c })),
    reason: t.reason, setAt: t.setAt, setBy: t.setBy, setByName: names.get(t.setBy) ?? null,
  };
}

async function changesOf(db: Queryable, branch: string, month: string, names: Map<string, string>): Promise<TargetChange[]> {
  const res = await db.query<{ target_id: string; received_at: Date | string; set_at: string; actor_id: string; device_id: string; before: SetTargetArgs | null; after: SetTargetArgs; took_effect: boolean }>(
    `SELECT target_id, received_at, set_at, actor_id, device_id, before, after, took_effect FROM target_changes WHERE branch_code = $1 AND month = $2 ORDER BY id DESC LIMIT 200`,
    [branch, month],
  );
  return res.rows.map((r) => ({
    targetId: r.target_id, receivedAt: new Date(r.received_at).toISOString(), setAt: r.set_at, actorId: r.actor_id, actorName: names.get(r.actor_id) ?? null,
    deviceId: r.device_id, reason: r.after.reason, before: r.before && figuresOf(r.before), after: figuresOf(r.after), tookEffect: r.took_effect,
  }));
}
