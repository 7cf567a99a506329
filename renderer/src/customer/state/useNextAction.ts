import { useEffect, useState } from 'react';
import { graceDays } from '../../fieldwork/graceDays';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { segmentTableNow } from '../inForce';
import { nextActionOf, type CaseNextAction } from '../nextActionOf';
import { nextActionInputs } from '../repository/nextActionInputs';

/** The next best action of a case, worked out from the store; re-read after a write on the open case and after a sync. Null while loading. */
export function useNextAction(caseId: string): (CaseNextAction & { caseId: string }) | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<(CaseNextAction & { caseId: string }) | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    const now = clock.now();
    void nextActionInputs(store.db, caseId, segmentTableNow().value, now, graceDays()).then((inputs) => {
      if (live && inputs) setLoaded({ caseId, ...nextActionOf(inputs, now) });
    });
    return () => {
      live = false;
    };
  }, [store, caseId, caseWork, synced]);
  return loaded && loaded.caseId === caseId ? loaded : null;
}
