import { useEffect, useState } from 'react';
import { useAppStore } from '../../state/appStore';
import { casesWithFacts } from '../repository/customerRecords';

/** The cases the collector has learned something about (most recent first, at most `limit`); re-read after a sync or a write. */
export function useCasesWithFacts(limit = 30): string[] | null {
  const store = useAppStore((s) => s.store);
  const rows = useAppStore((s) => s.rows);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [ids, setIds] = useState<string[] | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void casesWithFacts(store.db, limit).then((list) => live && setIds(list));
    return () => {
      live = false;
    };
  }, [store, rows, synced, limit]);
  return ids;
}
