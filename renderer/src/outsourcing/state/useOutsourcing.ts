import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PublishedAgency } from '../../../../shared/outsourcing/published';
import type { OutsourcingHandover } from '../../../../shared/records/outsourcingHandover';
import type { OutsourcingProposal } from '../../../../shared/records/outsourcingProposal';
import { configNow, subscribeConfig } from '../../config/configInForce';
import { useAppStore } from '../../state/appStore';
import { handoversOfCase, proposalsAwaitingDecision, proposalsOfCase } from '../repository/outsourcing';

/** The agencies head office published to the user's branch (every status: old proposals still name theirs). */
export function usePublishedAgencies(): readonly PublishedAgency[] {
  return useSyncExternalStore(subscribeConfig, () => configNow().agencyList?.payload.agencies ?? NONE);
}
const NONE: readonly PublishedAgency[] = [];

/** The case's proposals, newest first; null while loading. Re-read after a write on the case and after a sync. */
export function useCaseProposals(caseId: string): OutsourcingProposal[] | null {
  const store = useAppStore((s) => s.store);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<{ caseId: string; list: OutsourcingProposal[] } | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void proposalsOfCase(store.db, caseId).then((list) => live && setLoaded({ caseId, list }));
    return () => {
      live = false;
    };
  }, [store, caseId, caseWork, synced]);
  return loaded && loaded.caseId === caseId ? loaded.list : null;
}

/** The case's handovers head office recorded (given to an agency, recalled); null while loading. Re-read after a sync. */
export function useCaseHandovers(caseId: string): OutsourcingHandover[] | null {
  const store = useAppStore((s) => s.store);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [loaded, setLoaded] = useState<{ caseId: string; list: OutsourcingHandover[] } | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void handoversOfCase(store.db, caseId).then((list) => live && setLoaded({ caseId, list }));
    return () => {
      live = false;
    };
  }, [store, caseId, synced]);
  return loaded && loaded.caseId === caseId ? loaded.list : null;
}

/** Proposals waiting for a supervisor on this device; `reload` after deciding one. */
export function useProposalInbox(): { list: OutsourcingProposal[] | null; reload: () => void } {
  const store = useAppStore((s) => s.store);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [list, setList] = useState<OutsourcingProposal[] | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void proposalsAwaitingDecision(store.db).then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, [store, synced, tick]);
  return { list, reload: () => setTick((n) => n + 1) };
}
