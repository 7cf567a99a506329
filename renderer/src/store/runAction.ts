import type { z } from 'zod';
import { permits, type Action as Permission, type CaseAssignment, type Verdict } from '../../../shared/domain/permissions';
import type { Staff } from '../../../shared/domain/staff';
import type { RecoveryDeskDb } from './database';
import type { DeviceIdentity } from './deviceRepository';
import type { Actor } from './unitOfWork';
import { ActionRefused, toActionError, type ActionError } from '../i18n/actionError';

export { ActionRefused, type ActionError };
export type ActionResult<T = void> = { ok: true; value: T } | { ok: false; error: ActionError };

/** Who acts, on which device and store: what the app state hands every action (components never hold it). */
export interface ActionContext {
  db: RecoveryDeskDb;
  /** Stamped on the records, the audit entry and the outbox envelope. */
  actor: Actor;
  /** Checked against the permissions table (shared/domain/permissions.ts). */
  operator: Pick<Staff, 'id' | 'role' | 'branchCode'>;
  device: DeviceIdentity;
}

/**
 * One user operation. `input` validates what the screen sends; `permission` is checked on the case the
 * input names (null: recorded for anyone signed in, like an access event); `run` writes everything the
 * operation implies, inside the one transaction runAction opens around it.
 */
export interface ActionDefinition<S extends z.ZodType, O> {
  name: string;
  input: S;
  permission: Permission | null;
  /** The case the operation is about: its assignment is what the permission is checked on, and what the UI refreshes. */
  caseIdOf: (input: z.output<S>) => string | null;
  run: (ctx: ActionContext, input: z.output<S>) => Promise<O>;
  /** Writes only the audit log and the outbox (an access event): nothing on screen to reload. */
  quiet?: boolean;
}

export function defineAction<S extends z.ZodType, O>(definition: ActionDefinition<S, O>): ActionDefinition<S, O> {
  return definition;
}

/** Refuses with the permissions table's reason (translated as permissions.refused.<refusal>). */
export function assertPermitted(verdict: Verdict, operator: ActionContext['operator'], permission: Permission): void {
  if (!verdict.ok) throw new ActionRefused(`permissions.refused.${verdict.refusal}`, { role: `staffRole.${operator.role}`, action: `permissions.action.${permission}` }, ['role', 'action']);
}

/**
 * Runs an action: validates the input, then in ONE IndexedDB transaction over the whole store checks the
 * permission on the case as stored, and writes the records, their audit entries and outbox mutations.
 * Anything thrown inside (a refused rule, a failed write, a crash half-way) rolls every write back, counters
 * included. The result is data: a refusal is `{ ok: false, error }`, never an exception.
 *
 * Nothing awaited inside may leave IndexedDB (Dexie would commit early): a PDF render happens before the
 * action (see letters/actions/issueLetter.ts).
 */
export async function runAction<S extends z.ZodType, O>(
  ctx: ActionContext,
  action: ActionDefinition<S, O>,
  raw: z.input<S>,
  /** Called once the transaction has committed, with the case it was about (the UI refreshes it). */
  committed?: (caseId: string | null) => Promise<void>,
): Promise<ActionResult<O>> {
  const parsed = action.input.safeParse(raw);
  if (!parsed.success) return { ok: false, error: toActionError(parsed.error) };
  const input = parsed.data;
  let value: O;
  try {
    value = await ctx.db.transaction('rw', ctx.db.tables, async () => {
      if (action.permission) {
        const caseId = action.caseIdOf(input);
        let target: CaseAssignment | undefined;
        if (caseId) {
          const c = await ctx.db.cases.get(caseId);
          if (!c) throw new ActionRefused('fieldwork.error.no_case');
          target = c.assignment;
        }
        assertPermitted(permits(ctx.operator, action.permission, target), ctx.operator, action.permission);
      }
      return action.run(ctx, input);
    });
  } catch (error) {
    return { ok: false, error: toActionError(error) };
  }
  try {
    await committed?.(action.caseIdOf(input));
  } catch (error) {
    // The operation is written; a screen that failed to refresh is not a failed operation.
    console.error(error);
  }
  return { ok: true, value };
}
