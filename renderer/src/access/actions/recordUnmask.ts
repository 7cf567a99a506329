import { z } from 'zod';
import { REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import { mayUnmask, UNMASKABLE_FIELDS } from '../../../../shared/domain/permissions';
import type { AuditEntry } from '../../../../shared/audit';
import { recordAccessEvent } from '../repository/accessEvents';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';

/** 查看完整信息: revealing a masked value is recorded (who, which record, why) before the value shows. */
export const recordUnmask = defineAction({
  name: 'recordUnmask',
  input: z.object({ caseId: z.string().min(1), field: z.enum(UNMASKABLE_FIELDS), subjectId: z.string().min(1), reason: z.string().trim().min(1).max(REASON_MAX_LENGTH) }),
  permission: 'unmask',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor, operator, device }, input): Promise<AuditEntry> => {
    const c = await db.cases.get(input.caseId);
    if (!c) throw new ActionRefused('fieldwork.error.no_case');
    assertPermitted(mayUnmask(operator, input.field, c.assignment), operator, 'unmask');
    return recordAccessEvent(db, { kind: 'unmask', userId: actor.userId, caseId: input.caseId, field: input.field, subjectId: input.subjectId, reason: input.reason, at: actor.now() }, { deviceId: device.deviceId });
  },
});
