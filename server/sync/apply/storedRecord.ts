/**
 * field_records: one row per record a device created or acted on, keyed by its kind (the mutation name) and
 * its id. The id is the record's client id for a new record, the corrected record's id for a correction
 * that happens once (a receipt is voided once, a plan decided once), and the entry's own id otherwise.
 */
export interface StoredRecord {
  kind: string;
  id: string;
  caseId: string | null;
  userId: string;
  deviceId: string;
  args: Record<string, unknown>;
  receivedAt: string;
}

/**
 * The field records of every kind stored under `id`, read once for an entry before anything of it was written
 * (push.ts, the record id check), so the entry's own duplicate check need not read them again (records.ts recordOf).
 */
export interface KnownRecords {
  id: string;
  records: readonly StoredRecord[];
}
