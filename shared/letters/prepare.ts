import { addWorkingDays, isLocalDate, wallClockOf } from '../calendar';
import { maskField } from '../compliance';
import type { Account, Address, Party } from '../domain/case';
import { toChineseCapitals } from '../domain/capitals';
import { formatFen } from '../domain/money';
import { letterAmounts } from './amounts';
import { arrangementText } from './inForce';
import type { LetterInput } from './input';
import { fill, formatLetterDate, joinList, joinShort, label, type LetterVars } from './render';
import { formatLetterNumber, formatVerificationCode, verificationCode } from './serial';
import { getTemplate, LETTER_LABELS, type LetterLabels, type LetterTemplate, type StatementKey } from './templates';
import type { LetterAmounts } from './types';

/**
 * Everything a letter says, resolved from the input once: the template and its filled paragraphs, the
 * recipient and address, the amounts, the deadline, the number and code. checkLetter judges this model and
 * buildLetter lays it out, so what is checked is exactly what is printed.
 */
export interface RenderedParagraph {
  statements: StatementKey[];
  text: string;
  emphasis: boolean;
  unfilled: string[];
}

export interface LetterModel {
  input: LetterInput;
  template: LetterTemplate | undefined;
  labels: LetterLabels;
  recipient: Party | undefined;
  borrower: Party | undefined;
  address: Address | undefined;
  addressText: string;
  accounts: Account[];
  amounts: LetterAmounts | null;
  deadline: string | null;
  /** Years the deadline was counted through that input.calendar has no holidays for (empty when all are known). */
  deadlineUncoveredYears: number[];
  number: string | null;
  numberError: string | null;
  verificationCode: string;
  vars: LetterVars;
  title: string;
  salutation: RenderedParagraph;
  paragraphs: RenderedParagraph[];
  closing: RenderedParagraph[];
  /** Every word the letter body prints (title, salutation, paragraphs, free text), for the wording check. */
  templateText: string;
}

const ADDRESS_PREFERENCE = ['mailing', 'home', 'registered', 'work', 'other'] as const;

/** The address to use: the one asked for if active, else the best active one by kind; undefined when none. */
export function activeAddress(party: Party, addressId?: string): Address | undefined {
  const active = party.addresses.filter((a) => a.retiredAt === null);
  if (addressId !== undefined) return active.find((a) => a.id === addressId);
  return [...active].sort((a, b) => ADDRESS_PREFERENCE.indexOf(a.kind) - ADDRESS_PREFERENCE.indexOf(b.kind))[0];
}

export function formatAddress(a: Address): string {
  const city = a.city === a.province ? '' : a.city;
  return `${a.province}${city}${a.district}${a.line}`;
}

function render(p: { statements: StatementKey[]; text: string; emphasis?: boolean }, vars: LetterVars): RenderedParagraph {
  const { text, unfilled } = fill(p.text, vars);
  return { statements: p.statements, text, emphasis: p.emphasis === true, unfilled };
}

export function prepareLetter(input: LetterInput): LetterModel {
  const lang = input.language;
  const labels = LETTER_LABELS[lang];
  const template = input.template ?? getTemplate(input.type, lang);
  const c = input.case;
  const recipient = c.parties.find((p) => p.id === input.partyId);
  const borrower = c.parties.find((p) => p.role === 'borrower');
  const address = recipient ? activeAddress(recipient, input.addressId) : undefined;
  const accounts = input.accountIds ? c.accounts.filter((a) => input.accountIds?.includes(a.id)) : c.accounts;
  const hasAmounts = template?.hasAmounts === true;
  const amounts = hasAmounts && isLocalDate(input.issueDate) ? letterAmounts(accounts, input.issueDate, input.payments ?? []) : null;

  let deadline: string | null = null;
  let deadlineUncoveredYears: number[] = [];
  if (template?.hasDeadline && isLocalDate(input.issueDate) && Number.isInteger(input.deadlineWorkingDays) && input.deadlineWorkingDays >= 0) {
    ({ date: deadline, uncoveredYears: deadlineUncoveredYears } = addWorkingDays(input.calendar, input.issueDate, input.deadlineWorkingDays));
  }

  let number: string | null = null;
  let numberError: string | null = null;
  if (input.type === 'field_receipt') {
    number = input.receipt?.number ?? null;
    if (!number) numberError = 'receipt_missing';
  } else {
    try {
      number = formatLetterNumber(input.serial);
    } catch (e) {
      numberError = e instanceof Error ? e.message : String(e);
    }
  }

  const totalFen = input.type === 'field_receipt' ? (input.receipt?.amountFen ?? 0) : input.type === 'plan_confirmation' ? (input.plan?.agreedTotalFen ?? 0) : (amounts?.totalFen ?? 0);
  const code =
    number && template
      ? verificationCode({
          number,
          caseId: c.id,
          partyId: input.partyId,
          totalFen,
          issueDate: input.issueDate,
          templateId: template.id,
          templateVersion: template.version,
        })
      : '';

  const date = (d: string | null | undefined): string => (d && isLocalDate(d) ? formatLetterDate(d, lang) : '');
  const products = [...new Set(accounts.map((a) => labels.products[a.product] ?? a.product))];
  const outstandingFen = input.plan?.outstandingFen;
  const vars: LetterVars = {
    recipientName: recipient?.name ?? '',
    recipientIdMasked: recipient ? maskField(input.pack, 'idNumber', 'export', recipient.idNumber) : '',
    borrowerName: borrower?.name ?? '',
    bankName: input.branch.name,
    branchAddress: input.branch.address,
    branchPostcode: input.branch.postcode,
    branchPhone: input.branch.phone,
    disputePhone: input.branch.disputePhone,
    repayChannels: joinList(input.branch.repayChannels.filter((s) => s.trim() !== ''), lang),
    products: joinShort(products, lang),
    contractNumbers: joinShort(accounts.map((a) => a.contractNumber), lang),
    asOfDate: date(amounts?.asOfDate ?? accounts.map((a) => a.snapshotDate).sort().at(-1)),
    issueDate: date(input.issueDate),
    deadline: date(deadline),
    deadlineDays: String(input.deadlineWorkingDays),
    totalFigures: amounts ? formatFen(amounts.totalFen) : '',
    totalCapitals: amounts ? toChineseCapitals(amounts.totalFen) : '',
    noticeCount: String(input.noticeCount),
    previousNotices: String(Math.max(0, input.noticeCount - 1)),
    number: number ?? '',
    code: code ? formatVerificationCode(code) : '',
    outstandingFigures: outstandingFen !== undefined ? formatFen(outstandingFen) : '',
    planTotalFigures: input.plan ? formatFen(input.plan.agreedTotalFen) : '',
    planTotalCapitals: input.plan ? toChineseCapitals(input.plan.agreedTotalFen) : '',
    planCount: input.plan ? String(input.plan.instalments.length) : '',
    waiverFigures: input.plan ? formatFen(input.plan.waiverFen) : '',
    arrangementInForce: input.inForce ? arrangementText(input.inForce, lang) : '',
    agencyName: input.agency?.name ?? '',
    agencyLicence: input.agency?.licenceNumber ?? '',
    agencyVerify: input.agency?.verifyContact ?? '',
    agencyUntil: date(input.agency?.contractEnd),
  };
  if (input.type === 'final_demand' && input.noticeCount <= 1) vars.previousNotices = '';

  const salutation = render({ statements: [], text: template?.salutation ?? '' }, vars);
  // A paragraph about something the case may not have is left out when it has none (TemplateParagraph.when).
  const printed = (p: { when?: string }) => p.when === undefined || (vars[p.when] ?? '').trim() !== '';
  const paragraphs = (template?.paragraphs ?? []).filter(printed).map((p) => render(p, vars));
  const closing = (template?.closing ?? []).filter(printed).map((p) => render(p, vars));
  const title = template?.title ?? '';
  const templateText = [title, salutation.text, ...paragraphs.map((p) => p.text), ...closing.map((p) => p.text)].join('\n');

  return {
    input,
    template,
    labels,
    recipient,
    borrower,
    address,
    addressText: address ? formatAddress(address) : '',
    accounts,
    amounts,
    deadline,
    deadlineUncoveredYears,
    number,
    numberError,
    verificationCode: code,
    vars,
    title,
    salutation,
    paragraphs,
    closing,
    templateText,
  };
}

/** A receipt's time as the payer reads it: local date and time in the case's zone. */
export function receiptTime(instant: string, timeZone: string, lang: 'zh-CN' | 'en'): string {
  const l = wallClockOf(instant, timeZone);
  return `${formatLetterDate(l.date, lang)} ${l.time}`;
}

export { label };
