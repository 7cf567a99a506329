import type { BundleInput, BundleLetter, BundleReceipt } from '../../../../shared/legal/bundle';
import { letterUiMessages } from '../../i18n/modules/letters';
import { letterheadFor } from '../../config/configInForce';
import type { RecoveryDeskDb } from '../../store/database';
import { legalStepsOfCase } from '../repository/legal';

/** Why a bundle cannot be built from this device's records (translated as legalBundle.error.<code>). */
export class BundleUnavailable extends Error {
  constructor(readonly code: 'no_case' | 'no_filing') {
    super(code);
  }
}

/** The issuing bank's name as its letters print it; the branch's own name where no letterhead is held. */
function bankNameOf(code: string, name: string): string {
  try {
    return letterheadFor(code, name, 'zh-CN').name;
  } catch {
    return name;
  }
}

/**
 * What the evidence bundle of one legal case is made of, read from this device: the case (parties in full, for
 * the court), the filing (court, 案号, the claim at the filing date), every issued letter with its register
 * entry, delivery and signed 回执 (copies, voided letters and field receipts are not demands), and every receipt
 * not voided. The court file is in Chinese: letter types by their Chinese names. Pure reads, no clock:
 * `preparedOn` is given.
 */
export async function bundleInputOf(db: RecoveryDeskDb, caseId: string, legalCaseId: string, preparedOn: string): Promise<BundleInput> {
  const c = await db.cases.get(caseId);
  if (!c) throw new BundleUnavailable('no_case');
  const filing = (await legalStepsOfCase(db, caseId)).find((s) => s.id === legalCaseId && s.step.kind === 'file')?.step;
  if (filing?.kind !== 'file') throw new BundleUnavailable('no_filing');
  const [letters, receipts] = await Promise.all([db.letters.where('caseId').equals(caseId).toArray(), db.receipts.where('caseId').equals(caseId).toArray()]);
  const typeLabel = letterUiMessages['zh-CN'].letters.type;
  const bundleLetters = letters
    .filter((l) => !l.voided && !l.copy && l.type !== 'field_receipt')
    .map((l): BundleLetter => ({
      id: l.id,
      number: l.number,
      typeLabel: typeLabel[l.type],
      recipientName: l.recipientName,
      issueDate: l.issueDate,
      pdfSha256: l.pdfSha256,
      delivery: { method: l.delivery.method, trackingNumber: l.delivery.trackingNumber, status: l.delivery.status, at: l.delivery.at, evidence: l.delivery.evidence },
      acknowledgement: l.acknowledgement ? { signedOn: l.acknowledgement.signedOn, signerType: l.acknowledgement.signerType } : null,
    }));
  const bundleReceipts = receipts
    .filter((r) => r.voided === null)
    .map((r): BundleReceipt => ({ id: r.id, number: r.number, amountFen: r.amountFen, receivedAt: r.receivedAt, payerName: r.payerName }));
  return {
    caseRecord: { id: c.id, caseNumber: c.caseNumber, parties: c.parties, accounts: c.accounts },
    bankName: bankNameOf(c.assignment.branchCode, c.assignment.branchName),
    legalCase: { caseNumber: filing.caseNumber, forumName: filing.forumName, filedOn: filing.filedOn, claim: filing.claim },
    letters: bundleLetters,
    receipts: bundleReceipts,
    preparedOn,
  };
}
