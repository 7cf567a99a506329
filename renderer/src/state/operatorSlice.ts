import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';
import type { Staff } from '../../../shared/domain/staff';
import { DEMO_STAFF } from '../../../shared/demo';

const OPERATOR_KEY = 'recovery-desk.operator';

/**
 * Who is working at this device. Until sign-in against head office arrives (security issue), the
 * operator is chosen in Settings from the branch's staff; every change is stamped with them.
 */
export interface OperatorSlice {
  operator: Staff;
  staff: readonly Staff[];
  setOperator: (id: string) => void;
}

function rememberedOperator(): Staff {
  const id = globalThis.localStorage?.getItem(OPERATOR_KEY);
  return DEMO_STAFF.find((s) => s.id === id) ?? DEMO_STAFF[0]!;
}

export const createOperatorSlice: StateCreator<AppState, [], [], OperatorSlice> = (set) => ({
  operator: rememberedOperator(),
  staff: DEMO_STAFF,
  setOperator: (id) => {
    const next = DEMO_STAFF.find((s) => s.id === id);
    if (!next) return;
    globalThis.localStorage?.setItem(OPERATOR_KEY, id);
    set({ operator: next });
  },
});
