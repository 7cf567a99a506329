import type { RecoveryDeskDb } from './database';
import { SavedViewSchema, type SavedView } from './savedView';

export class SavedViewRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  /** Views that no longer parse (e.g. written by a newer app) are skipped, not deleted. */
  async list(): Promise<SavedView[]> {
    const all = await this.db.savedViews.orderBy('name').toArray();
    return all.flatMap((v) => {
      const parsed = SavedViewSchema.safeParse(v);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async save(view: SavedView): Promise<SavedView> {
    const valid = SavedViewSchema.parse(view);
    await this.db.savedViews.put(valid);
    return valid;
  }

  remove(id: string): Promise<void> {
    return this.db.savedViews.delete(id);
  }
}
