import { ConductExceptionSchema } from '../../../../shared/conduct/exceptions';
import { PulledRecordSchema } from '../../../../shared/sync/protocol';
import type { RecoveryDeskDb } from '../../store/database';

export type PulledExceptionOutcome = { status: 'applied' | 'unchanged' } | { status: 'bad'; message: string };

/**
 * A conduct exception pulled from head office (server/conduct/publish.ts), put as head office has it now: it
 * comes again when an override covers it or a supervisor reviews it, and the latest copy replaces the one here.
 * Call inside the pull page's transaction (the table is in pulledRecordTables).
 */
export async function putPulledException(db: RecoveryDeskDb, id: string, data: unknown): Promise<PulledExceptionOutcome> {
  const record = PulledRecordSchema.safeParse(data);
  if (!record.success) return { status: 'bad', message: record.error.issues[0]?.message ?? 'not a pulled record' };
  const x = ConductExceptionSchema.safeParse(record.data.args);
  if (!x.success) return { status: 'bad', message: x.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.')}: ${i.message}`).join('; ') };
  if (x.data.id !== id) return { status: 'bad', message: `the exception is ${x.data.id}, the change about ${id}` };
  const before = await db.conductExceptions.get(id);
  if (before && JSON.stringify(before) === JSON.stringify(x.data)) return { status: 'unchanged' };
  await db.conductExceptions.put(x.data);
  return { status: 'applied' };
}
