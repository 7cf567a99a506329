import { z } from 'zod';
import { BundleIndexEntrySchema, LegalBundleRecordSchema, legalBundleArgs, type LegalBundleRecord } from '../../../../shared/records/legalBundle';
import { newId } from '../../../../shared/sync';
import { ActionRefused, defineAction } from '../../store/runAction';
import { commitChange } from '../../store/unitOfWork';
import { sha256Hex } from '../../../../shared/fieldwork/visits';

export const RecordLegalBundleInput = z.object({
  caseId: z.string().min(1),
  legalCaseId: z.string().min(1),
  pdf: z.instanceof(Uint8Array),
  documents: z.array(BundleIndexEntrySchema).min(1),
});

/**
 * 证据材料: keeps a bundle the worker rendered (letters/pdfClient.ts renderBundle). The PDF's bytes go beside
 * attachment and letter bytes (sealed at rest) under their SHA-256, so the sync's evidence step uploads them;
 * the record with its index goes to head office, which files the PDF with the case's evidence. Built by the
 * case's collector or a supervisor of its branch, for a legal case head office filed.
 */
export const recordLegalBundle = defineAction({
  name: 'recordLegalBundle',
  input: RecordLegalBundleInput,
  permission: 'refer_legal',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<LegalBundleRecord> => {
    const filing = await db.legalSteps.get(input.legalCaseId);
    if (!filing || filing.caseId !== input.caseId || filing.step.kind !== 'file') throw new ActionRefused('legalBundle.error.no_filing');
    const bundle = LegalBundleRecordSchema.parse({
      id: newId(), caseId: input.caseId, legalCaseId: input.legalCaseId, pdfSha256: sha256Hex(input.pdf), pdfBytes: input.pdf.byteLength,
      documents: input.documents, builtAt: actor.now().toISOString(), makerId: actor.userId,
    });
    await commitChange(db, actor, {
      tables: [db.legalBundles, db.attachmentBlobs],
      apply: async () => {
        await db.legalBundles.add(bundle);
        await db.attachmentBlobs.put({ id: bundle.pdfSha256, bytes: input.pdf });
      },
      audit: { action: 'legal.bundle', entity: { kind: 'legalBundle', id: bundle.id }, caseId: bundle.caseId, before: null, after: { ...bundle, documents: bundle.documents.length } },
      mutations: [{ name: 'recordLegalBundle', args: legalBundleArgs(bundle) }],
    });
    return bundle;
  },
});
