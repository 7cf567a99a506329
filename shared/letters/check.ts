import { checkWording, type Pack, type Source } from '../compliance';
import { checkHolds, holdsOfCase } from '../compliance/holds';
import { daysBetween } from '../calendar';
import { charCount, OVERRIDE_REASON_MIN_LENGTH } from '../records/limits';
import { amountMismatches } from './amounts';
import { codePointLabel, missingGlyphs } from './glyphs';
import type { LetterInput } from './input';
import { prepareLetter, type LetterModel } from './prepare';
import { DEMAND_TYPES, type LetterProblem, type LetterProblemCode, type Severity } from './types';

/**
 * Everything that stops a letter from being issued (severity block) or that the clerk should see first
 * (warn). Each problem carries an i18n code (letters.problem.<code>), its values, and, when a compliance-pack
 * rule fired, the rule id and its sources.
 */

type RuleLike = { id: string; sourceIds: string[]; action: 'block' | 'warn' | 'override' };

const sourcesOf = (pack: Pack, ids: readonly string[]): LetterProblem['sources'] =>
  ids.map((id) => pack.meta.sources.find((s) => s.id === id)).filter((s): s is Source => s !== undefined).map((s) => ({ id: s.id, title: s.title, article: s.article }));

/** An override needs a supervisor the letter flow does not have: it stops the letter like a block. */
const severityOf = (action: RuleLike['action']): Severity => (action === 'warn' ? 'warn' : 'block');

/**
 * The same letter type to the same party again within this many days is an exception (a batch run twice, a
 * clerk and a collector both sending): the bank's guard against duplicates, not a rule of law, so it is not a
 * pack rule. A reason of at least OVERRIDE_REASON_MIN_LENGTH characters lets it go with a warning.
 */
export const REPEAT_INTERVAL_DAYS = 7;

/** Default letter cap when the pack has no frequency rule for the letter channel: 3 per party in 30 days, warn. */
export const DEFAULT_LETTER_CAP = { limit: 3, days: 30, action: 'warn' as const };

const RECIPIENT_ROLES: Record<string, readonly string[]> = {
  reminder: ['borrower', 'co_borrower'],
  demand_notice: ['borrower', 'co_borrower'],
  final_demand: ['borrower', 'co_borrower'],
  plan_confirmation: ['borrower', 'co_borrower'],
  guarantor_demand: ['guarantor'],
  outsourcing_notice: ['borrower', 'co_borrower', 'guarantor'],
  field_receipt: ['borrower', 'co_borrower', 'guarantor', 'mortgagor'],
};

/**
 * Holds, judged as for any contact on the letter channel (shared/compliance/holds.ts, the pack's hold rules): an
 * open dispute or a death stops letters, whatever the case's status says. A receipt for money handed over is
 * not contact, so it still prints. Also run where a letter is registered (the issue actions).
 */
export function letterHoldProblems(input: Pick<LetterInput, 'type' | 'case' | 'holds' | 'now' | 'issueDate' | 'pack'>): LetterProblem[] {
  if (input.type === 'field_receipt') return [];
  const holds = [...(input.holds ?? holdsOfCase(input.case, []))];
  // A case held for a reason the pack has no name for still stops letters (the pack's `other` rule).
  if (input.case.status === 'on_hold' && (input.case.holdReason ?? 'other') === 'other') holds.push({ kind: 'other', since: input.case.updatedAt });
  const now = input.now ?? new Date(`${input.issueDate}T12:00:00Z`);
  return checkHolds(input.pack, { channel: 'letter', holds, timeZone: input.case.timeZone }, now).map((f) => ({
    code: 'hold',
    severity: severityOf(f.action),
    params: { reason: String(f.params.holdKind), rule: f.ruleId, ...(f.params.until ? { until: f.params.until } : {}) },
    ruleId: f.ruleId,
    sources: f.sources.map((x) => ({ id: x.id, title: x.title, article: x.article })),
  }));
}

export function checkLetter(input: LetterInput): LetterProblem[] {
  return checkModel(prepareLetter(input));
}

export function checkModel(m: LetterModel): LetterProblem[] {
  const problems: LetterProblem[] = [];
  const { input, template } = m;
  const pack = input.pack;
  const add = (code: LetterProblemCode, severity: Severity, params: LetterProblem['params'] = {}, rule?: RuleLike) =>
    problems.push({ code, severity, params, ...(rule ? { ruleId: rule.id, sources: sourcesOf(pack, rule.sourceIds) } : {}) });
  const missing = (field: string) => add('missing_field', 'block', { field });
  const blank = (s: string | undefined | null) => s === undefined || s === null || s.trim() === '';

  if (!template) {
    add('unknown_template', 'block', { type: input.type, language: input.language });
    return problems;
  }
  // No published letterhead for the branch: nothing else matters until head office publishes one.
  const missingHead = input.branch.letterheadMissing;
  if (missingHead) {
    add('letterhead_missing', 'block', { branch: `${input.branch.name}（${input.branch.code}）`, version: missingHead.version ? ` v${missingHead.version}` : '' });
    return problems;
  }
  if (!m.recipient) {
    add('unknown_party', 'block', { partyId: input.partyId });
    return problems;
  }
  const isReceipt = input.type === 'field_receipt';
  const isDemand = DEMAND_TYPES.includes(input.type);
  const letterRule = pack.letters.find((r) => r.letterType === input.type);

  // Who may receive it.
  if (!(RECIPIENT_ROLES[input.type] ?? []).includes(m.recipient.role)) add('recipient_role', 'block', { role: m.recipient.role, type: input.type });

  problems.push(...letterHoldProblems(input));

  // Required fields.
  if (blank(m.recipient.name)) missing('recipientName');
  if (!isReceipt) {
    if (!m.address) add('no_valid_address', 'block', { partyId: m.recipient.id });
    else {
      if (blank(m.address.line)) missing('address');
      if (!/^\d{6}$/.test(m.address.postcode)) missing('postcode');
    }
  }
  const b = input.branch;
  if (blank(b.name)) missing('bankName');
  if (blank(b.address)) missing('bankAddress');
  if (!/^\d{6}$/.test(b.postcode ?? '')) missing('bankPostcode');
  if (blank(b.phone)) missing('bankPhone');
  if (blank(b.disputePhone)) missing('disputePhone');
  if (b.repayChannels.filter((s) => s.trim() !== '').length === 0) missing('repayChannels');
  if (m.numberError) add(isReceipt ? 'receipt_missing' : 'invalid_serial', 'block', { reason: m.numberError });
  if (isDemand && (!Number.isInteger(input.noticeCount) || input.noticeCount < 1)) missing('noticeCount');

  if (template.hasAmounts) {
    if (m.accounts.length === 0) missing('accounts');
    for (const a of m.accounts) if (blank(a.contractNumber)) missing('contractNumber');
    if (!m.amounts) missing('amounts');
    else {
      if (blank(m.amounts.asOfDate)) missing('asOfDate');
      if (m.amounts.totalFen <= 0) add('no_amount', 'block');
      for (const x of amountMismatches(m.amounts)) add('amounts_mismatch', 'block', { where: x.where, expectedFen: x.expectedFen, actualFen: x.actualFen });
    }
  }

  // Deadline: present, and not shorter than the pack allows.
  if (template.hasDeadline) {
    if (!m.deadline || input.deadlineWorkingDays < 1) missing('deadline');
    const min = letterRule?.minDeadline;
    if (min && letterRule && input.deadlineWorkingDays < min.days) {
      add('deadline_too_short', severityOf(letterRule.action), { days: input.deadlineWorkingDays, minDays: min.days, dayKind: min.dayKind }, letterRule);
    }
    // Counted through a year without holiday data: the printed date may fall on a holiday or too early.
    if (m.deadline && m.deadlineUncoveredYears.length > 0) {
      const calendar = input.calendar;
      add('calendar_not_covered', 'warn', { deadline: m.deadline, years: m.deadlineUncoveredYears.join(', '), calendar: calendar.id, version: calendar.version });
    }
  }

  // Statements: the pack's list for this type when it has one, and the template's own.
  const required = new Set<string>([...template.requiredStatements, ...(letterRule?.requiredStatements ?? [])]);
  const all = [...m.paragraphs, ...m.closing];
  for (const key of required) {
    const ok = key === 'seal' ? template.sealArea : all.some((p) => (p.statements as string[]).includes(key) && p.text.trim() !== '');
    if (!ok) add('missing_statement', 'block', { statement: key }, letterRule);
  }
  if (letterRule?.acknowledgementRequired && !template.acknowledgement) add('missing_statement', 'block', { statement: 'acknowledgement' }, letterRule);
  const unfilled = new Set([m.salutation, ...all].flatMap((p) => p.unfilled));
  for (const name of unfilled) add('placeholder_unfilled', 'block', { placeholder: name });

  // Type-specific records.
  if (input.type === 'plan_confirmation') {
    if (!input.plan) add('plan_missing', 'block');
    else if (input.plan.caseId !== input.case.id) add('plan_missing', 'block', { reason: 'other_case' });
    else if (input.plan.approval.status === 'pending' || input.plan.approval.status === 'rejected') add('plan_not_approved', 'block', { status: input.plan.approval.status });
  }
  // An outsourcing notice names the agency the case went to: without it the letter says nothing true.
  if (input.type === 'outsourcing_notice' && !input.agency) missing('agency');
  if (isReceipt) {
    if (!input.receipt) add('receipt_missing', 'block');
    else if (input.receipt.voided) add('receipt_voided', 'warn', { reason: input.receipt.voided.reason });
  }

  // Guarantor: only within the guarantee period (the limitation engine's answer, passed in).
  if (input.type === 'guarantor_demand') {
    const g = input.guarantee;
    if (!g) add('guarantee_unknown', 'warn');
    else if (!g.allowed) add('guarantee_not_allowed', 'block', { reason: g.code, daysLeft: g.daysLeft });
    else if (g.code === 'close_to_lapse' || g.daysLeft <= 30) add('guarantee_close_to_lapse', 'warn', { daysLeft: g.daysLeft });
  }

  // How often: letters to this party in 30 days (the pack's cap for the letter channel, else the default).
  if (isDemand) {
    const capRule = pack.frequency.find((r) => r.kind === 'cap' && r.channels.includes('letter'));
    const limit = capRule && capRule.kind === 'cap' ? capRule.limit : DEFAULT_LETTER_CAP.limit;
    const recent = input.recentLettersToParty ?? 0;
    if (recent + 1 > limit) add('frequency_cap', capRule ? severityOf(capRule.action) : DEFAULT_LETTER_CAP.action, { count: recent, limit, days: DEFAULT_LETTER_CAP.days }, capRule);
  }

  // The same letter again too soon (a copy is a re-print, not a new letter).
  if (!isReceipt && input.copy !== true && input.lastSameLetterOn) {
    const since = daysBetween(input.lastSameLetterOn, input.issueDate);
    if (since < REPEAT_INTERVAL_DAYS) {
      const justified = charCount((input.repeatReason ?? '').trim()) >= OVERRIDE_REASON_MIN_LENGTH;
      add('repeat_within_interval', justified ? 'warn' : 'block', { lastOn: input.lastSameLetterOn, days: REPEAT_INTERVAL_DAYS });
    }
  }

  // Wording: the rendered template and the free text, each with the pack's rules.
  const texts: [string, string][] = [['template', m.templateText]];
  if (input.freeText && input.freeText.trim() !== '') texts.push(['free_text', input.freeText]);
  for (const [where, text] of texts) {
    for (const f of checkWording(pack, text)) {
      problems.push({ code: 'prohibited_wording', severity: severityOf(f.action), params: { phrase: f.phrase, category: f.category, where }, ruleId: f.ruleId, sources: f.sources.map((s) => ({ id: s.id, title: s.title, article: s.article })) });
    }
  }

  // Personal data: a letter may be opened by someone else; ID, phone and account numbers appear masked only.
  const body = [m.templateText, input.freeText ?? ''].join('\n');
  const compact = body.replace(/[\s-]/g, '');
  for (const party of input.case.parties) {
    const idRule = pack.personalData.find((r) => r.field === 'idNumber');
    if (compact.includes(party.idNumber)) add('unmasked_personal_data', 'block', { field: 'idNumber' }, idRule);
    const phoneRule = pack.personalData.find((r) => r.field === 'phone');
    for (const ph of party.phones) {
      const digits = ph.number.replace(/\D/g, '');
      if (digits.length >= 7 && compact.includes(digits)) add('unmasked_personal_data', 'block', { field: 'phone' }, phoneRule);
    }
  }
  const cardRule = pack.personalData.find((r) => r.field === 'card');
  for (const a of input.case.accounts) if (compact.includes(a.accountNumber)) add('unmasked_personal_data', 'block', { field: 'card' }, cardRule);
  if (/(?<!\d)\d{17}[\dXx](?!\d)/.test(input.freeText ?? '')) add('unmasked_personal_data', 'block', { field: 'idNumber', where: 'free_text' });

  // Glyphs: a name or address the font cannot draw prints as a box, i.e. a wrong name.
  const fields: [string, string][] = [
    ['recipientName', m.recipient.name],
    ['address', m.addressText],
    ['borrowerName', m.borrower?.name ?? ''],
    ['payerName', input.receipt?.payerName ?? ''],
    ['freeText', input.freeText ?? ''],
    ['bank', [b.name, b.address, ...b.repayChannels].join(' ')],
    ['text', m.templateText],
  ];
  const reported = new Set<string>();
  for (const [field, text] of fields) {
    const chars = missingGlyphs(text).filter((ch) => !reported.has(ch));
    if (chars.length === 0) continue;
    chars.forEach((ch) => reported.add(ch));
    add('missing_glyph', 'block', { field, chars: chars.join(''), codePoints: chars.map(codePointLabel).join(' ') });
  }

  const dedup = new Map<string, LetterProblem>();
  for (const p of problems) dedup.set(`${p.code}|${p.severity}|${JSON.stringify(p.params)}`, p);
  return [...dedup.values()];
}

export const blocks = (problems: readonly LetterProblem[]): boolean => problems.some((p) => p.severity === 'block');
