import { useEffect, useState } from 'react';
import type { Arrangement } from '../../../../shared/records/arrangement';
import type { Attachment } from '../../../../shared/records/attachment';
import { useAppStore } from '../../state/appStore';
import { arrangementsOfCase, attachmentsOfCase } from '../repository/arrangements';

export interface CaseArrangements {
  caseId: string;
  /** Newest first. */
  arrangements: Arrangement[];
  /** What a proposal may cite as evidence. */
  attachments: Attachment[];
}

/**
 * The case's arrangements and attachments; null while loading. Re-read after any write on the case (the open
 * case's work is reloaded then) and after a sync (a decision may have arrived).
 */
export function useCaseArrangements(caseId: string): CaseArrangements | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<CaseArrangements | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void Promise.all([arrangementsOfCase(store.db, caseId), attachmentsOfCase(store.db, caseId)]).then(
      ([arrangements, attachments]) => live && setLoaded({ caseId, arrangements, attachments }),
    );
    return () => {
      live = false;
    };
  }, [store, caseId, caseWork, synced]);
  return loaded && loaded.caseId === caseId ? loaded : null;
}
