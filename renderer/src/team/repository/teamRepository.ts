import type { TeamPeriod } from '../../../../shared/team/teamPeriod';
import type { RecoveryDeskDb } from '../../store/database';
import { readBranchDirectory, readTeamRecords, type DirectoryRead, type TeamPeriodRecords } from './teamReads';

export type { DirectoryRead, TeamPeriodRecords };

/** What the team view (团队) reads, with the store bound. */
export class TeamRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  periodRecords(period: TeamPeriod, graceDays: number): Promise<TeamPeriodRecords> {
    return readTeamRecords(this.db, period, graceDays);
  }

  directory(): Promise<DirectoryRead> {
    return readBranchDirectory(this.db);
  }
}
