import { BranchDirectorySchema, type BranchDirectory } from '../../../../shared/team/directory';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * The branch directory head office sent at the last sync (docs/architecture.md, "Branch directory"), kept in
 * meta under this key. Other screens (the team view) read the same key and format.
 */
export const BRANCH_DIRECTORY_KEY = 'branchDirectory';

/** The last directory received, or null when none was, or what is stored no longer reads as one. */
export async function readBranchDirectory(db: RecoveryDeskDb): Promise<BranchDirectory | null> {
  const parsed = BranchDirectorySchema.safeParse((await db.meta.get(BRANCH_DIRECTORY_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

/** Replaces the kept directory; the caller has checked it against BranchDirectorySchema. */
export async function writeBranchDirectory(db: RecoveryDeskDb, directory: BranchDirectory): Promise<void> {
  await db.meta.put({ key: BRANCH_DIRECTORY_KEY, value: directory });
}
