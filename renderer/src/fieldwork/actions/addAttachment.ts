import { z } from 'zod';
import type { Attachment } from '../../../../shared/fieldwork/records';
import { visits } from '../repository';
import { defineAction } from '../../store/runAction';

export const AddAttachmentInput = z.object({
  caseId: z.string().min(1),
  fileName: z.string().min(1),
  mimeType: z.string(),
  bytes: z.instanceof(Uint8Array),
  owner: z.object({ kind: z.enum(['visit', 'case']), id: z.string().min(1) }).nullable(),
});

/** 附件: a photo or scan taken on a visit, checked (size, type, content) and stored under its SHA-256. */
export const addAttachment = defineAction({
  name: 'addAttachment',
  input: AddAttachmentInput,
  permission: 'attach_evidence',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Attachment> => visits.addAttachment(db, actor, input),
});
