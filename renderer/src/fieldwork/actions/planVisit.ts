import { VisitSchema, type Visit } from '../../../../shared/fieldwork/records';
import { visits } from '../repository';
import { defineAction } from '../../store/runAction';

/** 外访计划: a visit planned for a day, at an address, by two staff at least. */
export const planVisit = defineAction({
  name: 'planVisit',
  input: VisitSchema,
  permission: 'plan_visit',
  caseIdOf: (visit) => visit.caseId,
  run: ({ db, actor }, visit): Promise<Visit> => visits.planVisit(db, actor, visit),
});
