import type { RecoveryDeskDb } from './database';

/** Facts about the store itself: where its data came from and when. */
export interface StoreProvenance {
  kind: 'demo' | 'head_office';
  seed?: number;
  caseCount: number;
  loadedAt: string;
}

export class MetaRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  async provenance(): Promise<StoreProvenance | null> {
    const entry = await this.db.meta.get('provenance');
    return (entry?.value as StoreProvenance | undefined) ?? null;
  }

  async setProvenance(p: StoreProvenance): Promise<void> {
    await this.db.meta.put({ key: 'provenance', value: p });
  }
}
