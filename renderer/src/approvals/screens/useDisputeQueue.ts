import { useEffect, useMemo, useState } from 'react';
import { currentCalendar } from '../../config/configInForce';
import { disputeQueue, type DisputeQueueItem } from '../../../../shared/fieldwork/disputeQueue';
import type { Dispute } from '../../../../shared/records/dispute';
import { currentPack } from '../../fieldwork/compliancePack';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { selectReads } from '../../state/storeSlice';
import { todayIn } from '../../ui/format';

export const DISPUTE_TIME_ZONE = 'Asia/Shanghai';

/**
 * The branch's unresolved disputes and complaints as the supervisor's queue (shared/fieldwork/disputeQueue.ts),
 * read from the device; read again after any change to a case (an action reloads the case's work) or a sync.
 * Null while reading.
 */
export function useDisputeQueue(): DisputeQueueItem[] | null {
  const reads = useAppStore(selectReads);
  const rows = useAppStore((s) => s.rows);
  const operator = useAppStore((s) => s.operator);
  const changed = useAppStore((s) => s.caseWork);
  const [disputes, setDisputes] = useState<Dispute[] | null>(null);

  useEffect(() => {
    if (!reads) return;
    let live = true;
    void reads.work.unresolvedDisputes().then((ds) => live && setDisputes(ds));
    return () => {
      live = false;
    };
  }, [reads, rows, changed]);

  return useMemo(() => {
    if (!disputes) return null;
    const branch = rows.filter((r) => r.branchCode === operator.branchCode);
    return disputeQueue(disputes, branch, { pack: currentPack(), today: todayIn(DISPUTE_TIME_ZONE, clock.now()), timeZone: DISPUTE_TIME_ZONE, calendar: currentCalendar() });
  }, [disputes, rows, operator.branchCode]);
}
