import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import { clock } from '../../state/clock';
import type { AuditEntry } from '../../../../shared/audit';
import type { AuditChainVerdict } from '../../../../shared/audit';
import type { ContactAttempt } from '../../../../shared/compliance';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../../shared/fieldwork/records';
import type { z } from 'zod';
import { activities, auditTrail, contacts, overrides, plans, promises, receipts, visits } from '../repository';
import type { OverrideRequest } from '../../../../shared/records/overrideRequest';
import type { DeviceIdentity } from '../../store/deviceRepository';
import type { OutboxStats } from '../../store/auditTrail';
import * as letterRegister from '../../letters/repository/register';
import type { RegisteredLetter } from '../../letters/repository/register';
import { runAction, type ActionDefinition, type ActionError, type ActionResult } from '../../store/runAction';
import { ActionRefused, toActionError } from '../../i18n/actionError';

/** Everything recorded on the open case, newest first where it is a list of events. */
export interface CaseWork {
  caseId: string;
  activities: Activity[];
  promises: PromiseToPay[];
  payments: Payment[];
  plans: RepaymentPlan[];
  receipts: Receipt[];
  visits: Visit[];
  disputes: Dispute[];
  letters: RegisteredLetter[];
  audit: AuditEntry[];
  history: ContactAttempt[];
  /** Override requests of the case and their decisions, newest first (optional: a case work built without them has none). */
  overrideRequests?: OverrideRequest[];
}

/** Actions return their result as data (store/runAction.ts); the screens show `error.message` or re-translate `key`. */
export type { ActionError, ActionResult };

export interface FieldworkSlice {
  device: DeviceIdentity | null;
  caseWork: CaseWork | null;
  outbox: OutboxStats | null;
  chain: AuditChainVerdict | null;
  /** Fetches the device identity once the store is open. */
  loadDevice: () => Promise<void>;
  loadCaseWork: (caseId: string) => Promise<void>;
  refreshOutbox: () => Promise<void>;
  verifyChain: () => Promise<void>;
  /**
   * Runs one user operation (an action from <capability>/actions) as the current operator on this device,
   * then refreshes what it changed. Components call this; they never hold the database.
   */
  act: <S extends z.ZodType, O>(action: ActionDefinition<S, O>, input: z.input<S>) => Promise<ActionResult<O>>;
}

export const createFieldworkSlice: StateCreator<AppState, [], [], FieldworkSlice> = (set, get) => ({
  device: null,
  caseWork: null,
  outbox: null,
  chain: null,

  loadDevice: async () => {
    const store = get().store;
    if (!store) return;
    set({ device: await store.device.identity() });
    await get().refreshOutbox();
  },

  loadCaseWork: async (caseId) => {
    const store = get().store;
    if (!store) return;
    const db = store.db;
    const [acts, pp, pl, rc, vs, ds, audit, history, letters, overrideRequests] = await Promise.all([
      activities.activitiesOfCase(db, caseId),
      promises.promisesAndPayments(db, caseId),
      plans.plansOfCase(db, caseId),
      receipts.receiptsOfCase(db, caseId),
      visits.visitsOfCase(db, caseId),
      contacts.disputesOfCase(db, caseId),
      auditTrail.auditOfCase(db, caseId),
      activities.contactHistory(db, caseId, clock.now()),
      letterRegister.lettersOfCase(db, caseId),
      overrides.requestsOfCase(db, caseId),
    ]);
    if (get().store !== store) return;
    set({ caseWork: { caseId, activities: acts, promises: pp.promises, payments: pp.payments, plans: pl, receipts: rc, visits: vs, disputes: ds, letters, audit, history, overrideRequests } });
  },

  refreshOutbox: async () => {
    const store = get().store;
    if (store) set({ outbox: await auditTrail.outboxStats(store.db) });
  },

  verifyChain: async () => {
    const store = get().store;
    if (store) set({ chain: await auditTrail.verifyDeviceChain(store.db) });
  },

  act: async (action, input) => {
    const store = get().store;
    const device = get().device ?? (store ? await store.device.identity() : null);
    if (!store || !device) return { ok: false, error: toActionError(new ActionRefused('fieldwork.error.noStore')) };
    const operator = get().operator;
    const ctx = { db: store.db, actor: { userId: operator.id, deviceId: device.deviceId, now: clock.now }, operator, device };
    return runAction(ctx, action, input, async (caseId) => {
      // Refresh only what the action touched: the case's work and its list row, not 100,000 rows.
      if (get().store !== store) return;
      await Promise.all([caseId && !action.quiet ? get().loadCaseWork(caseId) : null, caseId && !action.quiet ? get().refreshRow(caseId) : null, get().refreshOutbox()]);
    });
  },
});
