import { verifyAuditChain, type AuditChainVerdict, type AuditEntry } from '../../../shared/audit';
import type { RecoveryDeskDb } from './database';

export function auditOfCase(db: RecoveryDeskDb, caseId: string): Promise<AuditEntry[]> {
  return db.audit.where('caseId').equals(caseId).sortBy('seq');
}

/** Verifies the whole device chain: a changed, removed or reordered entry shows. */
export async function verifyDeviceChain(db: RecoveryDeskDb): Promise<AuditChainVerdict> {
  return verifyAuditChain(await db.audit.orderBy('seq').toArray());
}

export interface OutboxStats {
  pending: number;
  oldestAt: string | null;
}

export async function outboxStats(db: RecoveryDeskDb): Promise<OutboxStats> {
  const pending = await db.outbox.count();
  const oldest = await db.outbox.orderBy('mutationId').first();
  return { pending, oldestAt: oldest?.createdAt ?? null };
}
