import { useCallback } from 'react';
import { recordAccessEvent, type AccessEvent } from '../../db/access/accessEvents';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';

export type AccessLogResult = { ok: true } | { ok: false; message: string };

/**
 * Records an access event (export, print, PDF save) as the current operator. Callers record FIRST and go on
 * only when it worked: personal data does not leave the device unlogged. Writes only the audit log and the
 * outbox, so no list reload follows (unlike perform).
 */
export function useAccessLog(): (event: Omit<AccessEvent, 'userId' | 'at'>) => Promise<AccessLogResult> {
  const store = useAppStore((s) => s.store);
  const operatorId = useAppStore((s) => s.operator.id);
  const refreshOutbox = useAppStore((s) => s.refreshOutbox);
  return useCallback(
    async (event) => {
      if (!store) return { ok: false, message: 'no store' };
      try {
        await recordAccessEvent(store.db, { ...event, userId: operatorId, at: clock.now() });
        void refreshOutbox();
        return { ok: true };
      } catch (error) {
        return { ok: false, message: String((error as Error)?.message ?? error) };
      }
    },
    [store, operatorId, refreshOutbox],
  );
}
