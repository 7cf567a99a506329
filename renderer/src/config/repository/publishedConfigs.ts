import { PublishedConfigSchema, type PublishedConfig } from '../../../../shared/publishedConfig';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * The published configuration a device holds (Dexie v10): every version pulled, so a reprint can use the
 * letterhead its letter was issued under. Written inside the pull page's transaction (sync/applyPage.ts).
 */

export type ConfigOutcome = { status: 'applied' } | { status: 'bad'; message: string };

/** A pulled 'config' change: checked with the shared schema, then kept. A bad one is reported, never thrown. */
export async function putPulledConfig(db: RecoveryDeskDb, data: unknown): Promise<ConfigOutcome> {
  const parsed = PublishedConfigSchema.safeParse(data);
  if (!parsed.success) return { status: 'bad', message: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  await db.publishedConfigs.put(parsed.data);
  return { status: 'applied' };
}

export async function readPublishedConfigs(db: RecoveryDeskDb): Promise<PublishedConfig[]> {
  return db.publishedConfigs.toArray();
}
