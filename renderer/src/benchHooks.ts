import { useAppStore } from './state/appStore';
import * as fieldwork from './fieldwork/repository';
import { casesByIds, workRecords } from './fieldwork/repository/myDayInputs';
import { computeMyDay, casesFor, deadlineCandidates } from './myDay/computeMyDay';
import { checkContact } from '../../shared/compliance';
import { currentPack } from './fieldwork/compliancePack';
import { logContact } from './fieldwork/actions';
import { clock } from './state/clock';
import { readTeamRecords } from './team/repository/teamReads';
import { teamFigures } from '../../shared/team/teamFigures';
import { teamPeriod } from '../../shared/team/teamPeriod';
import { membersFromStaff } from '../../shared/team/teamMembers';
import { graceDays } from './fieldwork/graceDays';

/**
 * Handles for bench/ (built only when VITE_BENCH=1, never in the app a user runs): the benchmark drives the
 * same repositories and rules the UI uses, inside the page, against the page's own IndexedDB.
 */
export function installBenchHooks(): void {
  (globalThis as unknown as { __recoveryDeskBench: unknown }).__recoveryDeskBench = {
    state: () => useAppStore.getState(),
    fieldwork,
    workRecords,
    casesByIds,
    computeMyDay,
    casesFor,
    deadlineCandidates,
    checkContact,
    currentPack,
    actions: { logContact },
    clock,
    team: { readTeamRecords, teamFigures, teamPeriod, membersFromStaff, graceDays: graceDays() },
  };
}
