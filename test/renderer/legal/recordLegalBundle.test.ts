import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordLegalBundle } from '../../../renderer/src/legal/actions/recordLegalBundle';
import { bundleInputOf, BundleUnavailable } from '../../../renderer/src/legal/bundle/bundleInput';
import { issueLetter } from '../../../renderer/src/letters/actions';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Store } from '../../../renderer/src/store/openStore';
import { localEvidence } from '../../../renderer/src/sync/evidence/evidenceState';
import { sha256Hex } from '../../../shared/fieldwork/visits';
import { bundleDocuments } from '../../../shared/legal/bundle';
import { formatLetterNumber } from '../../../shared/letters/serial';
import type { LegalStepRecord } from '../../../shared/records/legalStep';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore } from '../store/fixture';

const c1 = makeCase(1, { officerId: collector.id });
let store: Store;
let ctx: ActionContext;

beforeEach(async () => {
  const opened = await openTestStore([c1]);
  store = opened.store;
  ctx = opened.contextFor(collector);
});
afterEach(() => closeTestStore(store));

const LC = '0192f0a0-0000-7000-8000-000000000001';
// The filing as head office sends it (recordLegalStep, pulled).
const filing: LegalStepRecord = {
  id: LC, caseId: c1.id, legalCaseId: LC, recordedAt: '2026-11-25T02:00:00Z', makerId: 'demo-admin',
  step: {
    kind: 'file', referralId: 'ref-1', proceeding: 'suit', forum: 'court', forumName: '上海市浦东新区人民法院', caseNumber: '（2026）沪0115民初88号', filedOn: '2026-11-25',
    parties: [{ partyId: c1.parties[0]!.id, role: 'defendant' }], claim: { principalFen: 1_000_000, interestFen: 20_000, penaltyFen: 0, feesFen: 0 }, costs: { courtFeeFen: 5_000, counselFeeFen: 0 },
  },
};
const letterPdf = new TextEncoder().encode('%PDF-1.7\n% a demand notice\n');
const bundlePdf = new TextEncoder().encode('%PDF-1.7\n% the evidence bundle\n');

async function issueOne() {
  const result = await runAction(ctx, issueLetter, {
    letter: {
      number: formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: ctx.device.deviceCode, counter: 1 }),
      type: 'demand_notice', templateId: 'cn.demand_notice', templateVersion: '1', caseId: c1.id, caseNumber: c1.caseNumber, partyId: c1.parties[0]!.id,
      recipientName: c1.parties[0]!.name, issueDate: '2026-11-01', deadline: '2026-11-16', totalFen: 100_000, verificationCode: 'ABCD-EFGH', noticeCount: 1,
      pdfSha256: sha256Hex(letterPdf), pdfBytes: letterPdf.byteLength, copy: false,
    },
    pdf: letterPdf,
  });
  if (!result.ok) throw new Error(result.error.message);
}

describe('the evidence bundle on the device', () => {
  it('is made of the filing, the case’s parties in full and each issued letter named by its PDF’s hash', async () => {
    await issueOne(); // before the filing: an open suit's litigation hold stops demand letters
    await store.db.legalSteps.put(filing);
    const input = await bundleInputOf(store.db, c1.id, LC, '2026-12-01');
    expect(input.legalCase).toEqual({ caseNumber: '（2026）沪0115民初88号', forumName: '上海市浦东新区人民法院', filedOn: '2026-11-25', claim: filing.step.kind === 'file' ? filing.step.claim : null });
    expect(input.caseRecord.parties[0]!.idNumber).toBe(c1.parties[0]!.idNumber);
    const docs = bundleDocuments(input);
    expect(docs.map((d) => d.kind)).toEqual(['contract_summary', 'statement', 'letter']);
    expect(docs[2]).toMatchObject({ title: `逾期贷款催收通知书 ${input.letters[0]!.number}`, sha256: sha256Hex(letterPdf), hashOf: 'file' });
  });

  it('is not built without the filing on this device', async () => {
    await expect(bundleInputOf(store.db, c1.id, LC, '2026-12-01')).rejects.toBeInstanceOf(BundleUnavailable);
  });

  it('keeps the PDF sealed under its hash for the evidence upload, and queues the record with its index', async () => {
    await store.db.legalSteps.put(filing);
    const documents = [{ seq: 1, kind: 'contract_summary' as const, title: '借款合同摘要', sha256: 'c'.repeat(64), hashOf: 'section' as const }];
    const result = await runAction(ctx, recordLegalBundle, { caseId: c1.id, legalCaseId: LC, pdf: bundlePdf, documents });
    expect(result).toMatchObject({ ok: true, value: { pdfSha256: sha256Hex(bundlePdf), pdfBytes: bundlePdf.byteLength, documents, makerId: collector.id } });
    expect((await store.db.attachmentBlobs.get(sha256Hex(bundlePdf)))?.bytes).toEqual(bundlePdf);
    expect(await localEvidence(store.db)).toEqual([expect.objectContaining({ sha256: sha256Hex(bundlePdf), kind: 'legal_bundle' })]);
    const queued = await store.db.outbox.toArray();
    expect(queued.map((e) => e.name)).toEqual(['recordLegalBundle']);
    expect(queued[0]!.args).toMatchObject({ legalCaseId: LC, pdfSha256: sha256Hex(bundlePdf), documents });
  });

  it('refuses a bundle for a legal case this device does not hold, writing nothing', async () => {
    const before = await footprint(store);
    const documents = [{ seq: 1, kind: 'statement' as const, title: '欠款明细', sha256: 'c'.repeat(64), hashOf: 'section' as const }];
    const result = await runAction(ctx, recordLegalBundle, { caseId: c1.id, legalCaseId: LC, pdf: bundlePdf, documents });
    expect(result).toMatchObject({ ok: false, error: { code: 'no_filing' } });
    expect(await footprint(store)).toEqual(before);
  });
});
