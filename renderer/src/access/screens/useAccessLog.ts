import { useCallback } from 'react';
import { recordFileAccess } from '../actions';
import { useAppStore } from '../../state/appStore';

export type AccessLogResult = { ok: true } | { ok: false; message: string };

/** A file leaving the screen: an export or a print (a PDF saved counts as a print). */
export interface FileAccess {
  kind: 'export' | 'print';
  caseId?: string | null;
  detail: string;
}

/**
 * Records an access event (export, print, PDF save) as the current operator. Callers record FIRST and go on
 * only when it worked: personal data does not leave the device unlogged (access/actions/recordFileAccess.ts).
 */
export function useAccessLog(): (event: FileAccess) => Promise<AccessLogResult> {
  const act = useAppStore((s) => s.act);
  return useCallback(
    async (event) => {
      const result = await act(recordFileAccess, { kind: event.kind, caseId: event.caseId ?? null, detail: event.detail });
      return result.ok ? { ok: true } : { ok: false, message: result.error.message };
    },
    [act],
  );
}
