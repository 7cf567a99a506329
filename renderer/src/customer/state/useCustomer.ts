import { useEffect, useState } from 'react';
import type { RelatedParty } from '../../../../shared/records/customerFacts';
import type { CaseSegment } from '../../../../shared/segments/segmentCase';
import { graceDays } from '../../fieldwork/graceDays';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { segmentTableNow } from '../inForce';
import { caseSegmentOf } from '../repository/caseSegment';
import { relatedPartiesOfCase } from '../repository/customerRecords';

export interface CaseCustomer {
  caseId: string;
  segment: CaseSegment | null;
  parties: RelatedParty[];
  /** The table's version: null for the built-in one. */
  tablePublished: { version: number; scope: string } | null;
}

/**
 * The case's customer: segment (with the row that put it there), what was learned, and the people around them.
 * Re-read after any write on the case (its work is reloaded then) and after a sync. Null while loading.
 */
export function useCustomer(caseId: string): CaseCustomer | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<CaseCustomer | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    const table = segmentTableNow();
    void Promise.all([caseSegmentOf(store.db, caseId, table.value, clock.now(), graceDays()), relatedPartiesOfCase(store.db, caseId)]).then(
      ([segment, parties]) => live && setLoaded({ caseId, segment, parties, tablePublished: table.published }),
    );
    return () => {
      live = false;
    };
  }, [store, caseId, caseWork, synced]);
  return loaded && loaded.caseId === caseId ? loaded : null;
}
