import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import type { Staff } from '../../../../shared/domain/staff';
import type { BranchDirectory } from '../../../../shared/team/directory';
import { DEMO_STAFF } from '../../../../shared/demo/staff';
import { readBranchDirectory } from '../../sync/repository/directory';

const OPERATOR_KEY = 'recovery-desk.operator';

/**
 * Who is working at this device; every change is stamped with them. On the real store it is the signed-in
 * user (sessionSlice sets it at sign-in). Only the demo store lets one be picked from the demo staff.
 * `staff` is who the screens can name and pick (a collector to assign a case to, a colleague on a visit): on
 * the real store, signed in, the branch directory head office sent at the last sync; the demo staff otherwise.
 */
export interface OperatorSlice {
  operator: Staff;
  staff: readonly Staff[];
  /** Demo store only; ignored on the real store. */
  setOperator: (id: string) => void;
  /** Back to the demo operator picked last (when the demo store opens). */
  useDemoOperator: () => void;
  /** Re-reads `staff`: after sign-in and after each sync (the directory may have changed). */
  refreshStaff: () => Promise<void>;
}

function rememberedOperator(): Staff {
  const id = globalThis.localStorage?.getItem(OPERATOR_KEY);
  return DEMO_STAFF.find((s) => s.id === id) ?? DEMO_STAFF[0]!;
}

/** The directory's members as staff, the signed-in user among them even if the directory predates them. */
export function staffOfDirectory(directory: BranchDirectory, user: Staff): Staff[] {
  const members = directory.members.map(({ id, name, role, branchCode }) => ({ id, name, role, branchCode }));
  return members.some((m) => m.id === user.id) ? members : [...members, user];
}

export const createOperatorSlice: StateCreator<AppState, [], [], OperatorSlice> = (set, get) => ({
  operator: rememberedOperator(),
  staff: DEMO_STAFF,
  setOperator: (id) => {
    if (get().source !== 'demo') return;
    const next = DEMO_STAFF.find((s) => s.id === id);
    if (!next) return;
    globalThis.localStorage?.setItem(OPERATOR_KEY, id);
    set({ operator: next });
  },
  useDemoOperator: () => set({ operator: rememberedOperator(), staff: DEMO_STAFF }),
  refreshStaff: async () => {
    const { store, session, source } = get();
    if (!store || source !== 'live' || !session) {
      set({ staff: DEMO_STAFF });
      return;
    }
    // Before the first directory arrives the list stays as it was: names already shown keep showing.
    const directory = await readBranchDirectory(store.db);
    if (directory && get().session?.user.id === session.user.id) set({ staff: staffOfDirectory(directory, session.user) });
  },
});
