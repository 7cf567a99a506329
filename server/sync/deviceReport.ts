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

/** Keeps the latest report; a value the device did not send keeps the one before. */
export async function recordDeviceReport(tx: Queryable, deviceId: string, report: DeviceReport): Promise<void> {
  if (report.pendingChanges === null && report.appVersion === null) return;
  await tx.query('UPDATE devices SET pending_changes = COALESCE($2, pending_changes), app_version = COALESCE($3, app_version) WHERE id = $1', [deviceId, report.pendingChanges, report.appVersion]);
}
