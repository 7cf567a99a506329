import { useEffect, useState } from 'react';
import type { ConductException } from '../../../../shared/conduct';
import { useAppStore } from '../../state/appStore';
import { readExceptions } from '../repository/conductReads';

/**
 * The conduct exceptions of the signed-in supervisor's branch on this device; null while reading. Read again after
 * each write this device makes (a review goes to the outbox) and after each sync (exceptions arrive, or come back
 * reviewed).
 */
export function useConductExceptions(): ConductException[] | null {
  const store = useAppStore((s) => s.store);
  const branchCode = useAppStore((s) => s.operator.branchCode);
  const outbox = useAppStore((s) => s.outbox);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [list, setList] = useState<ConductException[] | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void readExceptions(store.db, branchCode).then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, [store, branchCode, outbox, synced]);
  return list;
}
