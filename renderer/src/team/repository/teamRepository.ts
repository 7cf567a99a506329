import type { TeamPeriod } from '../../../../shared/team/teamPeriod';
import type { RecoveryDeskDb } from '../../store/database';
import { readBranchDirectory, readRecentActivities, readTeamRecords, type DirectoryRead, type TeamActivity, type TeamPeriodRecords } from './teamReads';

export type { DirectoryRead, TeamActivity, TeamPeriodRecords };

/** What the team view (团队) reads, with the store bound. */
export class TeamRepository {
  constructor(private readonly db: RecoveryDeskDb) {}

  periodRecords(period: TeamPeriod, graceDays: number): Promise<TeamPeriodRecords> {
    return readTeamRecords(this.db, period, graceDays);
  }

  recentActivities(userId: string, period: TeamPeriod): Promise<TeamActivity[]> {
    return readRecentActivities(this.db, userId, period);
  }

  directory(): Promise<DirectoryRead> {
    return readBranchDirectory(this.db);
  }
}
