import { VisitSchema, type Visit } from '../../../../shared/fieldwork/records';
import { visits } from '../repository';
import { defineAction } from '../../store/runAction';
import { currentPack } from '../compliancePack';
import { refuseProhibitedWording } from './wordingGate';

/** 外访记录: what happened on a visit (two staff, who was met, the outcome, the photos attached). */
export const recordVisit = defineAction({
  name: 'recordVisit',
  input: VisitSchema,
  permission: 'plan_visit',
  caseIdOf: (visit) => visit.caseId,
  run: ({ db, actor }, visit): Promise<Visit> => {
    refuseProhibitedWording(currentPack(), visit.notes);
    return visits.recordVisit(db, actor, { ...visit, recordedAt: actor.now().toISOString() });
  },
});
