import type { FastifyRequest } from 'fastify';
import { principalOf } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import { forbidden } from '../http/errors';

/**
 * Who may use the console (docs/server.md, "The console"): a head-office admin reads and changes the whole
 * bank; a branch supervisor (the branch manager) reads their own branch only; anyone else is refused.
 */
export interface ConsoleReader {
  principal: Principal;
  /** null: every branch (head office); otherwise the one branch this reader may see. */
  branchCode: string | null;
}

/** For routes that only read: a head-office admin (every branch) or a supervisor (their branch). 403 otherwise. */
export function consoleReader(req: FastifyRequest): ConsoleReader {
  const principal = principalOf(req);
  if (principal.role === 'head_office_admin') return { principal, branchCode: null };
  if (principal.role === 'supervisor') return { principal, branchCode: principal.branchCode };
  throw forbidden('the console is for head office and branch supervisors', 'not_console_user');
}

/** For routes that change anything: head-office admins only (a branch supervisor's console is read-only). */
export function consoleAdmin(req: FastifyRequest): Principal {
  const principal = principalOf(req);
  if (principal.role !== 'head_office_admin') throw forbidden('only a head-office admin may change this', 'head_office_only');
  return principal;
}

/** A reader may see `branchCode` (their own branch, or any for head office); 403 otherwise. */
export function assertBranchVisible(reader: ConsoleReader, branchCode: string): void {
  if (reader.branchCode !== null && reader.branchCode !== branchCode) throw forbidden('that branch is not yours', 'other_branch');
}
