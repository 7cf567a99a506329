import { useEffect, useState } from 'react';
import type { LegalReferral } from '../../../../shared/records/legalReferral';
import type { LegalStepRecord } from '../../../../shared/records/legalStep';
import type { LegalBundleRecord } from '../../../../shared/records/legalBundle';
import { useAppStore } from '../../state/appStore';
import { bundlesOfCase, legalStepsOfCase, referralsOfCase } from '../repository/legal';

export interface CaseLegal {
  caseId: string;
  /** Newest first. */
  referrals: LegalReferral[];
  /** In the order recorded. */
  steps: LegalStepRecord[];
  /** Evidence bundles built on this device or pulled, newest first. */
  bundles: LegalBundleRecord[];
}

/** The case's referrals and legal steps; null while loading. Re-read after a write on the case and after a sync. */
export function useCaseLegal(caseId: string): CaseLegal | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<CaseLegal | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void Promise.all([referralsOfCase(store.db, caseId), legalStepsOfCase(store.db, caseId), bundlesOfCase(store.db, caseId)]).then(
      ([referrals, steps, bundles]) => live && setLoaded({ caseId, referrals, steps, bundles }),
    );
    return () => {
      live = false;
    };
  }, [store, caseId, caseWork, synced]);
  return loaded && loaded.caseId === caseId ? loaded : null;
}
