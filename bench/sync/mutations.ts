import { makeOutboxEntry, type OutboxEntry } from '../../shared/sync';
import { formatHlc } from '../../shared/sync/hlc';
import { newId } from '../../shared/sync/ids';

/** What a device knows about a case it pulled, enough to log a contact on it. */
export interface CaseRef {
  caseId: string;
  partyId: string;
  phoneId: string | null;
}

/** A pulled case (its data as head office sent it) as a CaseRef. */
export function caseRefOf(data: { id: string; parties: { id: string; role: string; phones: { id: string; retiredAt: string | null }[] }[] }): CaseRef {
  const borrower = data.parties.find((p) => p.role === 'borrower') ?? data.parties[0]!;
  return { caseId: data.id, partyId: borrower.id, phoneId: borrower.phones.find((p) => p.retiredAt === null)?.id ?? null };
}

/**
 * `count` contact records (recordActivity, the commonest mutation a collector makes), mutation ids from
 * `firstMutationId`, spread over the given cases: what a day of phoning leaves in the outbox.
 */
export function activityEntries(device: { deviceId: string; userId: string }, cases: readonly CaseRef[], firstMutationId: number, count: number, wallMs = Date.now()): OutboxEntry[] {
  const out: OutboxEntry[] = [];
  for (let i = 0; i < count; i++) {
    const c = cases[i % cases.length]!;
    const at = new Date(wallMs - (count - i) * 60_000).toISOString();
    out.push(
      makeOutboxEntry({
        mutationId: firstMutationId + i,
        name: 'recordActivity',
        args: {
          id: newId(),
          caseId: c.caseId,
          partyId: c.partyId,
          channel: 'phone',
          phoneId: c.phoneId,
          addressId: null,
          outcome: 'promise',
          notes: '本人接听，承诺月底前还款',
          nextAction: '回访确认',
          nextActionDate: '2026-12-01',
          at,
        },
        userId: device.userId,
        deviceId: device.deviceId,
        hlc: formatHlc({ wallMs: wallMs + i, counter: 0, deviceId: device.deviceId }),
        createdAt: at,
      }),
    );
  }
  return out;
}
