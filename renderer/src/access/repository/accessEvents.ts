import { ACCESS_EVENT_KINDS, UNMASK_FIELDS } from '../../../../shared/sync/mutationArgs';
import { newId, type MutationArgs } from '../../../../shared/sync';
import type { AuditEntry } from '../../../../shared/audit';
import { accessEventArgs } from '../../../../shared/records/accessEvent';
import type { RecoveryDeskDb } from '../../store/database';
import { DeviceRepository } from '../../store/deviceRepository';
import { commitChange } from '../../store/unitOfWork';

export type AccessEventKind = (typeof ACCESS_EVENT_KINDS)[number];
export type UnmaskField = (typeof UNMASK_FIELDS)[number];
export { ACCESS_EVENT_KINDS, UNMASK_FIELDS };

/** What a caller says happened; the rest (id, time, device) is filled in here. */
export interface AccessEvent {
  kind: AccessEventKind;
  /** The account the event is about; null only for a failed sign-in whose name matches no account. */
  userId: string | null;
  caseId?: string | null;
  /** For an unmask: which kind of value, and the record revealed (phone, party or address id). */
  field?: UnmaskField | null;
  subjectId?: string | null;
  /** Required for unmask and override. */
  reason?: string | null;
  /** Free detail (what was exported and how many rows, which letter was printed). Never a password or token. */
  detail?: string | null;
  /** Defaults to now. */
  at?: Date;
}

export interface RecordAccessEventOptions {
  /** This installation; read from the store when not given. */
  deviceId?: string;
  /**
   * Who the audit entry and outbox envelope are stamped with. Defaults to the event's user. Head office
   * accepts a push only from the user the device is enrolled to, so a failed sign-in by someone else is
   * best stamped with the enrolled user and the name tried kept in the event itself.
   */
  actorUserId?: string;
}

/** Stamps a failed sign-in of an unknown name on the audit log and outbox under this placeholder. */
export const UNKNOWN_USER = 'unknown';

/**
 * Records an access event on this device: an audit entry (hash-chained like all others) and a
 * recordAccessEvent mutation in the outbox, in one transaction, so head office receives it on the next sync.
 * The args are validated before anything is written (a ZodError when, say, an unmask has no reason).
 */
export async function recordAccessEvent(db: RecoveryDeskDb, event: AccessEvent, options: RecordAccessEventOptions = {}): Promise<AuditEntry> {
  const deviceId = options.deviceId ?? (await new DeviceRepository(db).identity()).deviceId;
  const at = event.at ?? new Date();
  const args: MutationArgs<'recordAccessEvent'> = accessEventArgs(newId(), event, at);
  return commitChange(db, { userId: options.actorUserId ?? event.userId ?? UNKNOWN_USER, deviceId, now: () => at }, {
    tables: [],
    apply: async () => undefined,
    audit: {
      action: `access.${event.kind}`,
      entity: { kind: 'access_event', id: args.id },
      caseId: args.caseId,
      before: null,
      // The audit keeps the same facts as the mutation; values revealed are never stored, only which record.
      after: { field: args.field, subjectId: args.subjectId, reason: args.reason, detail: args.detail },
    },
    mutations: [{ name: 'recordAccessEvent', args }],
  });
}

/** The access events recorded on this device, newest first (the audit log is their local copy). */
export async function accessEventsOnDevice(db: RecoveryDeskDb, limit = 500): Promise<AuditEntry[]> {
  return db.audit.orderBy('seq').reverse().filter((e) => e.action.startsWith('access.')).limit(limit).toArray();
}
