import type { StateCreator } from 'zustand';
import type { AppState } from './appState';
import { clock } from './clock';
import type { AuditEntry } from '../../../shared/audit';
import type { AuditChainVerdict } from '../../../shared/audit';
import type { ContactAttempt } from '../../../shared/compliance';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../shared/fieldwork/records';
import { activities, auditTrail, contacts, plans, promises, receipts, visits, type Actor } from '../db/fieldwork';
import type { DeviceIdentity } from '../db/deviceRepository';
import type { OutboxStats } from '../db/fieldwork/auditTrail';
import * as letterRegister from '../db/letters/register';
import type { RegisteredLetter } from '../db/letters/register';

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
}

/** A refused action, as a translation key and its parameters: the UI says what was wrong and why. */
export interface ActionError {
  key: string;
  params?: Record<string, string | number>;
}
export type ActionResult<T = void> = { ok: true; value: T } | { ok: false; error: ActionError };

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
  /** Runs a field-work write as the current operator on this device, then refreshes what it changed. */
  perform: <T>(caseId: string | null, write: (ctx: WriteContext) => Promise<T>) => Promise<ActionResult<T>>;
}

export interface WriteContext {
  db: NonNullable<AppState['store']>['db'];
  actor: Actor;
  device: DeviceIdentity;
  fieldwork: { activities: typeof activities; promises: typeof promises; plans: typeof plans; receipts: typeof receipts; visits: typeof visits; contacts: typeof contacts };
  letters: typeof letterRegister;
}

/** Errors the field-work layer throws carry a code; anything else is a bug, reported generically. */
export function toActionError(error: unknown): ActionError {
  const e = error as { code?: unknown; problems?: { code: string; params?: Record<string, string | number> }[]; name?: string; issues?: { message: string; path: (string | number)[] }[] };
  if (e?.problems?.[0]) return { key: `fieldwork.error.${e.problems[0].code}`, params: e.problems[0].params ?? {} };
  if (typeof e?.code === 'string') return { key: `fieldwork.error.${e.code}` };
  if (e?.name === 'ZodError' && e.issues?.[0]) return { key: 'fieldwork.error.invalid', params: { field: e.issues[0].path.join('.'), message: e.issues[0].message } };
  console.error(error);
  return { key: 'fieldwork.error.internal', params: { message: String((error as Error)?.message ?? error) } };
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
    const [acts, pp, pl, rc, vs, ds, audit, history, letters] = await Promise.all([
      activities.activitiesOfCase(db, caseId),
      promises.promisesAndPayments(db, caseId),
      plans.plansOfCase(db, caseId),
      receipts.receiptsOfCase(db, caseId),
      visits.visitsOfCase(db, caseId),
      contacts.disputesOfCase(db, caseId),
      auditTrail.auditOfCase(db, caseId),
      activities.contactHistory(db, caseId, clock.now()),
      letterRegister.lettersOfCase(db, caseId),
    ]);
    if (get().store !== store) return;
    set({ caseWork: { caseId, activities: acts, promises: pp.promises, payments: pp.payments, plans: pl, receipts: rc, visits: vs, disputes: ds, letters, audit, history } });
  },

  refreshOutbox: async () => {
    const store = get().store;
    if (store) set({ outbox: await auditTrail.outboxStats(store.db) });
  },

  verifyChain: async () => {
    const store = get().store;
    if (store) set({ chain: await auditTrail.verifyDeviceChain(store.db) });
  },

  perform: async (caseId, write) => {
    const store = get().store;
    const device = get().device ?? (store ? await store.device.identity() : null);
    if (!store || !device) return { ok: false, error: { key: 'fieldwork.error.noStore' } };
    const actor: Actor = { userId: get().operator.id, deviceId: device.deviceId, now: clock.now };
    try {
      const value = await write({ db: store.db, actor, device, fieldwork: { activities, promises, plans, receipts, visits, contacts }, letters: letterRegister });
      // Refresh only what the write touched: the case's work and its list row, not 100,000 rows.
      await Promise.all([caseId ? get().loadCaseWork(caseId) : Promise.resolve(), caseId ? get().refreshRow(caseId) : get().reloadRows(), get().refreshOutbox()]);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toActionError(error) };
    }
  },
});
