import { z } from 'zod';
import type { AuditEntry } from '../../../../shared/audit';
import { recordAccessEvent } from '../repository/accessEvents';
import { defineAction } from '../../store/runAction';

/**
 * 导出 / 打印: a file with personal data leaving the screen (an export, a print, a PDF saved) is recorded
 * first; the caller goes on only when this succeeded. The user's own record: no permission beyond the one
 * that offered the button.
 */
export const recordFileAccess = defineAction({
  name: 'recordFileAccess',
  input: z.object({ kind: z.enum(['export', 'print']), caseId: z.string().min(1).nullable(), detail: z.string().trim().min(1).max(500) }),
  permission: null,
  quiet: true,
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor, device }, input): Promise<AuditEntry> =>
    recordAccessEvent(db, { kind: input.kind, userId: actor.userId, caseId: input.caseId, detail: input.detail, at: actor.now() }, { deviceId: device.deviceId }),
});
