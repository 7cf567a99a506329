import type { Case } from '../../../shared/domain/case';
import { arrangementInForce, type LetterInput, type LetterLanguage, type LetterType, type PaidSince } from '../../../shared/letters';
import { graceDays } from '../fieldwork/graceDays';
import { guarantorLetterAllowed } from '../../../shared/limitation';
import type { Dispute, Payment, PromiseToPay, Receipt, RepaymentPlan } from '../../../shared/fieldwork/records';
import { holdsOfCase } from '../../../shared/compliance/holds';
import type { RegisteredLetter } from './repository/register';
import { currentPack } from '../fieldwork/compliancePack';
import { caseDeadlines } from '../limitation/caseDeadlines';
import { currentCalendar, letterheadFor, templateFor } from '../config/configInForce';

export interface CaseLetterRecords {
  letters: readonly RegisteredLetter[];
  promises: readonly PromiseToPay[];
  payments: readonly Payment[];
  plans: readonly RepaymentPlan[];
  receipts: readonly Receipt[];
  /** The case's disputes and complaints: an open one holds letters as it holds every contact. */
  disputes?: readonly Dispute[];
}

/** What a final demand counts as the notices sent before it. */
const EARLIER_NOTICES: ReadonlySet<string> = new Set(['reminder', 'demand_notice', 'final_demand']);

/** Parties a letter of this type may go to. */
export function recipientsFor(c: Case, type: LetterType) {
  if (type === 'guarantor_demand') return c.parties.filter((p) => p.role === 'guarantor');
  if (type === 'field_receipt') return c.parties;
  return c.parties.filter((p) => p.role === 'borrower' || p.role === 'co_borrower');
}

const DAY = 86_400_000;

/** The case's payments as a letter deducts them: a voided receipt's payment no longer counts. */
export function paidOf(records: Pick<CaseLetterRecords, 'payments' | 'receipts'>): PaidSince[] {
  const receipts = new Map(records.receipts.map((r) => [r.id, r]));
  return records.payments.flatMap((p) => {
    const receipt = p.receiptId ? receipts.get(p.receiptId) : undefined;
    if (receipt?.voided) return [];
    return [{ paidOn: p.paidOn, source: p.source, reference: receipt?.number ?? p.reference ?? null, amountFen: p.amountFen }];
  });
}

/**
 * Everything a letter needs besides the template: the branch, the serial, how many notices went before,
 * recent letters for the frequency cap, and for a guarantor, whether the guarantee period still allows a demand.
 */
export function letterInputFor(args: {
  c: Case;
  type: LetterType;
  partyId: string;
  language: LetterLanguage;
  issueDate: string;
  now: Date;
  deviceCode: string;
  counter: number;
  records: CaseLetterRecords;
  receipt?: Receipt;
  plan?: RepaymentPlan;
  freeText?: string;
  copy?: boolean;
  /** Why the same letter goes again within the repeat interval (shared/letters/check.ts). */
  repeatReason?: string;
  /** A reprint: the letterhead version the letter was issued under (absent: the branch's current one). */
  letterheadVersion?: number;
  /** A reprint: the template version the letter printed (absent: the one in force). */
  templateVersion?: string;
}): LetterInput {
  const { c, type, partyId, records } = args;
  const sent = records.letters.filter((l) => l.partyId === partyId && l.type === type && !l.copy && !l.voided);
  const since = new Date(args.now.getTime() - 30 * DAY).toISOString();
  let guarantee: LetterInput['guarantee'];
  if (type === 'guarantor_demand') {
    const results = caseDeadlines(c, { ...records, letters: records.letters }, args.issueDate).guarantee.filter((g) => g.partyId === partyId);
    // The strictest account decides: one lapsed guarantee refuses the letter.
    const verdicts = results.map((g) => guarantorLetterAllowed(g, args.issueDate));
    const worst = verdicts.find((v) => !v.allowed) ?? verdicts.find((v) => v.code !== 'ok') ?? verdicts[0];
    if (worst) guarantee = { allowed: worst.allowed, code: worst.code, daysLeft: worst.daysLeft ?? 0 };
  }
  const template = templateFor(type, args.language, args.templateVersion);
  return {
    ...(template ? { template } : {}),
    type,
    language: args.language,
    case: c,
    partyId,
    issueDate: args.issueDate,
    branch: letterheadFor(c.assignment.branchCode, c.assignment.branchName, args.language, args.letterheadVersion),
    serial: { branchCode: c.assignment.branchCode, year: Number(args.issueDate.slice(0, 4)), deviceCode: args.deviceCode, counter: args.counter },
    // A final demand counts the notices before it of every kind (its text names how many); others their own kind.
    noticeCount: (type === 'final_demand' ? records.letters.filter((l) => l.partyId === partyId && EARLIER_NOTICES.has(l.type) && !l.copy && !l.voided).length : sent.length) + (args.copy ? 0 : 1),
    deadlineWorkingDays: 5,
    // The built-in calendar with the years head office published; a deadline beyond its years is warned about.
    calendar: currentCalendar(),
    pack: currentPack(),
    payments: paidOf(records),
    ...(args.plan ? { plan: args.plan } : {}),
    ...(args.receipt ? { receipt: args.receipt } : {}),
    ...(args.freeText ? { freeText: args.freeText } : {}),
    ...(args.copy ? { copy: true } : {}),
    ...(guarantee ? { guarantee } : {}),
    recentLettersToParty: sent.filter((l) => l.issuedAt >= since).length,
    lastSameLetterOn: sent.map((l) => l.issueDate).sort().at(-1) ?? null,
    ...(args.repeatReason ? { repeatReason: args.repeatReason } : {}),
    holds: holdsOfCase(c, records.disputes ?? []),
    now: args.now,
    inForce: arrangementInForce({ promises: records.promises, plans: records.plans, payments: livePayments(records), issueDate: args.issueDate, graceDays: graceDays(), timeZone: c.timeZone }),
  };
}

/** The case's payments, less those of voided receipts: what promises and plans are judged on. */
function livePayments(records: Pick<CaseLetterRecords, 'payments' | 'receipts'>): Payment[] {
  const voided = new Set(records.receipts.filter((r) => r.voided).map((r) => r.id));
  return records.payments.filter((p) => !p.receiptId || !voided.has(p.receiptId));
}
