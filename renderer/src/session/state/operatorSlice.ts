import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import type { Staff } from '../../../../shared/domain/staff';
import { DEMO_STAFF } from '../../../../shared/demo';

const OPERATOR_KEY = 'recovery-desk.operator';

/**
 * Who is working at this device; every change is stamped with them. On the real store it is the signed-in
 * user (sessionSlice sets it at sign-in). Only the demo store lets one be picked from the demo staff.
 */
export interface OperatorSlice {
  operator: Staff;
  staff: readonly Staff[];
  /** Demo store only; ignored on the real store. */
  setOperator: (id: string) => void;
  /** Back to the demo operator picked last (when the demo store opens). */
  useDemoOperator: () => void;
}

function rememberedOperator(): Staff {
  const id = globalThis.localStorage?.getItem(OPERATOR_KEY);
  return DEMO_STAFF.find((s) => s.id === id) ?? DEMO_STAFF[0]!;
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
  useDemoOperator: () => set({ operator: rememberedOperator() }),
});
