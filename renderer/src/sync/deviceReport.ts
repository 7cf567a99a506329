import { AppVersionSchema, DEVICE_REPORT_HEADERS } from '../../../shared/people/api';
import type { RecoveryDeskDb } from '../store/database';

/**
 * What the device tells head office with each sync request, as two headers (docs/server.md, "People and
 * devices"): how many changes wait in its outbox, and its app version. The console's devices page shows them.
 */
export function deviceReportHeaders(db: RecoveryDeskDb, appVersion: string | undefined): () => Promise<Record<string, string>> {
  const version = AppVersionSchema.safeParse(appVersion);
  return async () => {
    const headers: Record<string, string> = {};
    if (version.success) headers[DEVICE_REPORT_HEADERS.appVersion] = version.data;
    const pending = await db.outbox.count().catch(() => null);
    if (pending !== null) headers[DEVICE_REPORT_HEADERS.pendingChanges] = String(pending);
    return headers;
  };
}
