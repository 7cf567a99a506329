import { useEffect, useState } from 'react';
import { graceDays } from '../../fieldwork/graceDays';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import type { CaseNext } from '../groupNextActions';
import { segmentTableNow } from '../inForce';
import { nextActionOf } from '../nextActionOf';
import { nextActionInputsOfCases } from '../repository/portfolioRecords';

/**
 * The next best action of each case asked for (My day: every open case of the collector), read from the store in
 * one pass over each table; worked out again after a sync or a write on a case. Null while loading.
 */
export function useNextActionsOf(ids: readonly string[]): CaseNext[] | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<{ key: string; list: CaseNext[] } | null>(null);
  const key = ids.join(' ');
  useEffect(() => {
    if (!store) return;
    let live = true;
    const now = clock.now();
    void nextActionInputsOfCases(store.db, key === '' ? [] : key.split(' '), segmentTableNow().value, now, graceDays()).then((inputs) => {
      if (live) setLoaded({ key, list: inputs.map((i) => ({ caseId: i.caseRecord.id, ...nextActionOf(i, now) })) });
    });
    return () => {
      live = false;
    };
  }, [store, key, caseWork, synced]);
  return loaded && loaded.key === key ? loaded.list : null;
}
