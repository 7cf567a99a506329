import type { IncomingHttpHeaders } from 'node:http';
import { AppVersionSchema, DEVICE_REPORT_HEADERS, PendingChangesSchema } from '../../shared/people/api';
import type { Queryable } from '../db/types';

export interface DeviceReport {
  pendingChanges: number | null;
  appVersion: string | null;
}

/**
 * What the device reports with each push and pull (docs/server.md, "People and devices"): its pending changes
 * and its app version, as two headers. Only a report; a missing or malformed value is left out (stored as
 * unknown), never a reason to refuse the sync itself.
 */
export function readDeviceReport(headers: IncomingHttpHeaders): DeviceReport {
  const pending = PendingChangesSchema.safeParse(headers[DEVICE_REPORT_HEADERS.pendingChanges]);
  const version = AppVersionSchema.safeParse(headers[DEVICE_REPORT_HEADERS.appVersion]);
  return { pendingChanges: pending.success ? pending.data : null, appVersion: version.success ? version.data : null };
}

/**
 * Notes that head office served the device a push or a pull (devices.last_sync_at, read by the branch directory)
 * and keeps its latest report, in one statement: a value the device did not send keeps the one before.
 */
export async function recordSync(tx: Queryable, deviceId: string, at: Date, report: DeviceReport): Promise<void> {
  await tx.query(
    'UPDATE devices SET last_sync_at = $2, pending_changes = COALESCE($3, pending_changes), app_version = COALESCE($4, app_version) WHERE id = $1',
    [deviceId, at, report.pendingChanges, report.appVersion],
  );
}
