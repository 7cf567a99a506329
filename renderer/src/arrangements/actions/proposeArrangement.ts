import { z } from 'zod';
import { ArrangementKindSchema, ArrangementTextSchema, type Arrangement } from '../../../../shared/records/arrangement';
import { ARRANGEMENT_MAX_EVIDENCE } from '../../../../shared/records/limits';
import { LocalDateSchema, Sha256HexSchema } from '../../../../shared/sync/primitives';
import { newId } from '../../../../shared/sync';
import { proposeArrangement as propose } from '../repository/arrangements';
import { defineAction } from '../../store/runAction';

export const ProposeArrangementInput = z.object({
  caseId: z.string().min(1),
  kind: ArrangementKindSchema,
  proposal: ArrangementTextSchema,
  reasons: ArrangementTextSchema,
  evidenceIds: z.array(Sha256HexSchema).max(ARRANGEMENT_MAX_EVIDENCE),
  decideBy: LocalDateSchema.nullable(),
});

/** 特殊客户处置方案: the collector proposes; it applies only once a supervisor who is not the maker approves it. */
export const proposeArrangement = defineAction({
  name: 'proposeArrangement',
  input: ProposeArrangementInput,
  permission: 'propose_plan',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Arrangement> =>
    propose(db, actor, {
      id: newId(),
      ...input,
      evidenceIds: [...new Set(input.evidenceIds)],
      proposedAt: actor.now().toISOString(),
      makerId: actor.userId,
      decision: { status: 'proposed', approverId: null, decidedAt: null, reason: null },
    }),
});
