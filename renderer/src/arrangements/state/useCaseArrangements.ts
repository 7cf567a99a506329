import { useEffect, useState } from 'react';
import type { Arrangement } from '../../../../shared/records/arrangement';
import { useAppStore } from '../../state/appStore';
import { arrangementsOfCase } from '../repository/arrangements';

/**
 * The case's arrangements, newest first; null while loading. Re-read after any write on the case (the open
 * case's work is reloaded then) and after a sync (a decision may have arrived).
 */
export function useCaseArrangements(caseId: string): Arrangement[] | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<{ caseId: string; list: Arrangement[] } | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void arrangementsOfCase(store.db, caseId).then((list) => live && setLoaded({ caseId, list }));
    return () => {
      live = false;
    };
  }, [store, caseId, caseWork, synced]);
  return loaded && loaded.caseId === caseId ? loaded.list : null;
}
