import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { routeSchema } from '../http/openapi';
import { consoleReader } from './authorize';
import type { ConsoleDeps } from './deps';

/** Device ids a console browser enrols with (console/src/session/deviceId.ts): they never sync, by design. */
export const CONSOLE_DEVICE_ID_PATTERN = 'console-%';

/** A device that has not synced for this long holds work head office has not seen (docs/server.md). */
export const STALE_DEVICE_DAYS = 3;

const BranchOverviewSchema = z.object({
  code: z.string(),
  name: z.string(),
  rulePack: z.string(),
  openCases: z.number().int(),
  unassignedCases: z.number().int(),
  /** What the open cases owe, in fen (principal, interest, penalty, compound interest and fees). */
  openBalanceFen: z.number().int(),
  collectors: z.number().int(),
  devices: z.number().int(),
  /** Unrevoked laptops (console browsers not counted) whose last sync is older than STALE_DEVICE_DAYS, or that never synced. */
  staleDevices: z.number().int(),
});
export const OverviewAnswerSchema = z.object({ asOf: z.string(), staleDeviceDays: z.number().int(), branches: z.array(BranchOverviewSchema) });

const CLOSED = ['settled', 'closed'];

/** The first page a head-office manager sees: each branch's open portfolio, its staff and its silent laptops. */
export function overviewRoutes(app: FastifyInstance, { db, now, authenticate }: ConsoleDeps): void {
  const schema = routeSchema({ summary: 'Each visible branch: open cases and balance, unassigned cases, collectors, devices not synced lately', tags: ['console'], bearer: true, answer: OverviewAnswerSchema, errors: [401, 403] });
  app.get('/admin/overview', { schema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const staleBefore = new Date(now() - STALE_DEVICE_DAYS * 86_400_000);
    const rows = await db.query<Record<string, string | number | null>>(
      `SELECT b.code, b.name, b.rule_pack,
              (SELECT count(*) FROM cases c WHERE c.branch_code = b.code AND c.status <> ALL($2)) AS open_cases,
              (SELECT count(*) FROM cases c WHERE c.branch_code = b.code AND c.status <> ALL($2) AND c.officer_id IS NULL) AS unassigned_cases,
              (SELECT coalesce(sum((a->'amounts'->>'principalFen')::bigint + (a->'amounts'->>'interestFen')::bigint + (a->'amounts'->>'penaltyFen')::bigint
                                   + (a->'amounts'->>'compoundFen')::bigint + (a->'amounts'->>'feesFen')::bigint), 0)
                 FROM cases c, jsonb_array_elements(c.data->'accounts') a
                WHERE c.branch_code = b.code AND c.status <> ALL($2)) AS open_balance_fen,
              (SELECT count(*) FROM users u WHERE u.branch_code = b.code AND u.role = 'collector') AS collectors,
              (SELECT count(*) FROM devices d JOIN users u ON u.id = d.user_id WHERE u.branch_code = b.code AND d.revoked_at IS NULL AND d.id NOT LIKE $4) AS devices,
              (SELECT count(*) FROM devices d JOIN users u ON u.id = d.user_id
                WHERE u.branch_code = b.code AND d.revoked_at IS NULL AND d.id NOT LIKE $4 AND (d.last_sync_at IS NULL OR d.last_sync_at < $3)) AS stale_devices
         FROM branches b
        WHERE ($1::text IS NULL OR b.code = $1)
        ORDER BY b.code`,
      [reader.branchCode, CLOSED, staleBefore, CONSOLE_DEVICE_ID_PATTERN],
    );
    return {
      asOf: new Date(now()).toISOString(),
      staleDeviceDays: STALE_DEVICE_DAYS,
      branches: rows.rows.map((r) => ({
        code: String(r.code),
        name: String(r.name),
        rulePack: String(r.rule_pack),
        openCases: Number(r.open_cases),
        unassignedCases: Number(r.unassigned_cases),
        openBalanceFen: Number(r.open_balance_fen),
        collectors: Number(r.collectors),
        devices: Number(r.devices),
        staleDevices: Number(r.stale_devices),
      })),
    };
  });
}
