import { useEffect, useMemo, useState } from 'react';
import { inboxItems, type InboxItem } from '../../../../shared/approvals/inbox';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { todayIn } from '../../ui/format';
import { inboxRecords, type InboxRecords } from '../repository/inbox';

/** Branch days are counted in the bank's zone (docs/domain.md: Asia/Shanghai by default). */
const BRANCH_TIME_ZONE = 'Asia/Shanghai';

/**
 * The inbox's items for the signed-in supervisor's branch; null while loading. Re-read after each write this
 * device makes (the outbox changes) and after each sync (requests and decisions arrive).
 */
export function useInbox(): InboxItem[] | null {
  const store = useAppStore((s) => s.store);
  const operator = useAppStore((s) => s.operator);
  const outbox = useAppStore((s) => s.outbox);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [records, setRecords] = useState<InboxRecords | null>(null);
  useEffect(() => {
    if (!store) return;
    let live = true;
    void inboxRecords(store.db).then((r) => live && setRecords(r));
    return () => {
      live = false;
    };
  }, [store, outbox, synced]);
  return useMemo(
    () => (records ? inboxItems({ ...records, branchCode: operator.branchCode, today: todayIn(BRANCH_TIME_ZONE, clock.now()) }) : null),
    [records, operator.branchCode],
  );
}
