import type { Agency, AgencyBody, ExportField } from '../../../shared/outsourcing/agency';
import { newId } from '../../../shared/sync/ids';
import type { Db, Queryable } from '../../db/types';
import { HttpError } from '../../http/errors';
import { agencyListFor } from '../../../shared/outsourcing/published';
import { publishConfigIn } from '../config/store';

/** Agencies as head office keeps them (docs/server.md, "Outsourcing"), and the log of every change to them. */

interface AgencyRow {
  id: string;
  name: string;
  licence_number: string;
  contract_start: string | Date;
  contract_end: string | Date;
  commission_bps: number;
  branches: string[];
  export_fields: ExportField[];
  unmasked: ExportField[];
  status: Agency['status'];
  verify_contact: string;
  created_at: string | Date;
  updated_at: string | Date;
  active_cases: number;
}

/** A date column as YYYY-MM-DD whichever way the driver returns it (PGlite and pg differ). */
const dayOf = (d: string | Date): string => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : d.slice(0, 10));

const agencyOf = (r: AgencyRow): Agency => ({
  id: r.id,
  name: r.name,
  licenceNumber: r.licence_number,
  contractStart: dayOf(r.contract_start),
  contractEnd: dayOf(r.contract_end),
  commissionBps: r.commission_bps,
  branches: r.branches,
  exportFields: r.export_fields,
  unmasked: r.unmasked,
  status: r.status,
  verifyContact: r.verify_contact,
  createdAt: new Date(r.created_at).toISOString(),
  updatedAt: new Date(r.updated_at).toISOString(),
  activeCases: r.active_cases,
});

/** Agencies serving a branch (null: any) with an id (null: any); one literal query for both uses. */
async function selectAgencies(db: Queryable, branchCode: string | null, id: string | null): Promise<AgencyRow[]> {
  const res = await db.query<AgencyRow>(
    `SELECT a.id, a.name, a.licence_number, a.contract_start::text AS contract_start, a.contract_end::text AS contract_end, a.commission_bps,
       a.branches, a.export_fields, a.unmasked, a.status, a.verify_contact, a.created_at, a.updated_at,
       (SELECT count(*)::integer FROM agency_cases ac WHERE ac.agency_id = a.id AND ac.recalled_at IS NULL) AS active_cases
       FROM agencies a
      WHERE ($1::text IS NULL OR a.branches ? $1) AND ($2::text IS NULL OR a.id = $2)
      ORDER BY a.name, a.id`,
    [branchCode, id],
  );
  return res.rows;
}

/** Every agency, or (a supervisor) those serving `branchCode`. */
export async function listAgencies(db: Queryable, branchCode: string | null): Promise<Agency[]> {
  return (await selectAgencies(db, branchCode, null)).map(agencyOf);
}

/** One agency; 404 when there is none, and 403 other_branch for a supervisor whose branch it does not serve. */
export async function agencyById(db: Queryable, id: string, branchCode: string | null = null): Promise<Agency> {
  const row = (await selectAgencies(db, null, id))[0];
  if (!row) throw new HttpError(404, 'not_found', `there is no agency ${id}`);
  if (branchCode !== null && !row.branches.includes(branchCode)) throw new HttpError(403, 'other_branch', 'that agency does not serve your branch');
  return agencyOf(row);
}

/**
 * Publishes the next `agencyList` to each branch (shared/outsourcing/published.ts), in the transaction that
 * changed an agency: the branch's devices learn the agencies they may propose a case to, and those that stopped.
 */
async function publishAgencyLists(tx: Queryable, branches: readonly string[], actorId: string, at: Date): Promise<void> {
  const all = (await selectAgencies(tx, null, null)).map(agencyOf);
  for (const branch of [...branches].sort()) await publishConfigIn(tx, 'agencyList', branch, '', agencyListFor(all, branch), actorId, at.toISOString());
}

export async function recordChange(tx: Queryable, agencyId: string, actorId: string, kind: string, detail: Record<string, unknown>, at: Date): Promise<void> {
  await tx.query('INSERT INTO agency_changes (agency_id, actor_id, kind, detail, at) VALUES ($1, $2, $3, $4::jsonb, $5)', [agencyId, actorId, kind, JSON.stringify(detail), at.toISOString()]);
}

async function assertBranchesExist(tx: Queryable, codes: readonly string[]): Promise<void> {
  const res = await tx.query<{ code: string }>('SELECT code FROM branches WHERE code = ANY($1::text[])', [codes]);
  const missing = codes.filter((c) => !res.rows.some((r) => r.code === c));
  if (missing.length > 0) throw new HttpError(400, 'bad_request', `body.branches: there is no branch ${missing.join(', ')}`);
}

async function assertLicenceFree(tx: Queryable, licence: string, except: string | null): Promise<void> {
  const res = await tx.query('SELECT 1 FROM agencies WHERE licence_number = $1 AND id <> $2', [licence, except ?? '']);
  if ((res.rowCount ?? 0) > 0) throw new HttpError(409, 'licence_taken', `body.licenceNumber: another agency holds licence ${licence}`);
}

const columns = (b: AgencyBody) => [b.name, b.licenceNumber, b.contractStart, b.contractEnd, b.commissionBps, JSON.stringify(b.branches), JSON.stringify(b.exportFields), JSON.stringify(b.unmasked), b.status, b.verifyContact];

export async function createAgency(db: Db, body: AgencyBody, actorId: string, at: Date): Promise<Agency> {
  const id = newId();
  await db.transaction(async (tx) => {
    await assertBranchesExist(tx, body.branches);
    await assertLicenceFree(tx, body.licenceNumber, null);
    await tx.query(
      `INSERT INTO agencies (id, name, licence_number, contract_start, contract_end, commission_bps, branches, export_fields, unmasked, status, verify_contact, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10, $11, $12, $12)`,
      [id, ...columns(body), at.toISOString()],
    );
    await recordChange(tx, id, actorId, 'created', { ...body }, at);
    await publishAgencyLists(tx, body.branches, actorId, at);
  });
  return agencyById(db, id);
}

/** Replaces an agency's details; the change log keeps what it was and what it became. */
export async function updateAgency(db: Db, id: string, body: AgencyBody, actorId: string, at: Date): Promise<Agency> {
  const before = await agencyById(db, id);
  await db.transaction(async (tx) => {
    await assertBranchesExist(tx, body.branches);
    await assertLicenceFree(tx, body.licenceNumber, id);
    await tx.query(
      `UPDATE agencies SET name = $2, licence_number = $3, contract_start = $4, contract_end = $5, commission_bps = $6, branches = $7::jsonb, export_fields = $8::jsonb,
              unmasked = $9::jsonb, status = $10, verify_contact = $11, updated_at = $12 WHERE id = $1`,
      [id, ...columns(body), at.toISOString()],
    );
    const { id: _id, createdAt: _c, updatedAt: _u, activeCases: _a, ...was } = before;
    await recordChange(tx, id, actorId, 'edited', { from: was, to: body }, at);
    await publishAgencyLists(tx, [...new Set([...before.branches, ...body.branches])], actorId, at);
  });
  return agencyById(db, id);
}
